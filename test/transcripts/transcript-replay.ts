import { readFile } from 'node:fs/promises';
import {
  ConversationState,
  MemoryStorage,
  TranscriptLoggerMiddleware,
  UserState,
  type Activity,
  type ConversationReference,
  type TranscriptLogger,
} from 'botbuilder';
import { z } from 'zod';
import { CheckBackScheduler } from '../../bot/check-back/check-back-scheduler.js';
import { StorageCheckBackStore } from '../../bot/check-back/storage-check-back-store.js';
import { createLogger } from '../../bot/logger.js';
import { renderBlockersChart } from '../../bot/desk/blockers-chart.js';
import { CaseExportLinks } from '../../bot/desk/case-export.js';
import { MemoryCaseStore } from '../../bot/storage/index.js';
import { UpgradeAssistantBot } from '../../dialogs/index.js';
import { CHECK_BACK_AFTER_MINUTES } from '../../domain/index.js';
import { RecordingAdapter } from '../support/chat.js';

/**
 * Replays a Bot Framework `.transcript` (the JSON array of activities the Emulator saves and
 * `npm run record` writes) against a fresh Upgrade Assistant, and turns both conversations into
 * views of what matters to the user: the text, each card's type, visible text, inputs and submit
 * actions with their data. Ids, timestamps and dates are not compared; walkthrough ids, case ids
 * and activity ids are matched up (the replay's own ids stand in for the recorded ones, in the
 * order they first appear) so a later click or "case UA-…" reaches the replayed walkthrough or case.
 * A proactive turn (a check-back the host sent) is replayed by running a check-back round as the
 * host's scheduler would, by a clock an hour ahead.
 */

const channelAccountSchema = z.looseObject({ id: z.string(), name: z.string().optional(), role: z.string().optional() });

export const recordedActivitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  channelId: z.string().optional(),
  from: channelAccountSchema,
  recipient: channelAccountSchema.optional(),
  conversation: z.looseObject({ id: z.string() }).optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  replyToId: z.string().optional(),
  attachments: z.array(z.looseObject({ contentType: z.string(), content: z.unknown().optional() })).optional(),
});
export type RecordedActivity = z.infer<typeof recordedActivitySchema>;

export const transcriptSchema = z
  .array(recordedActivitySchema)
  .refine((activities) => activities.some(isFromUser), 'a transcript needs at least one activity from the user');

export async function loadTranscript(path: string): Promise<RecordedActivity[]> {
  return transcriptSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** One attachment as the user sees it. */
export interface AttachmentView {
  contentType: string;
  /** Adaptive Cards: every visible string, in document order (TextBlocks, facts, labels, choices). */
  texts?: string[];
  inputs?: { type: string; id: string; choices?: string[] }[];
  actions?: { type: string; title?: string; data?: unknown }[];
  /** Any other attachment, as sent. */
  content?: unknown;
}

export interface ReplyView {
  type: string;
  text?: string;
  attachments: AttachmentView[];
  suggestedActions?: { title?: string; value?: unknown }[];
}

export interface TurnView {
  /** What the user did: typed text, a click's data, or the activity type. */
  user: string;
  replies: ReplyView[];
}

export interface ReplayResult {
  recorded: TurnView[];
  replayed: TurnView[];
}

export interface ReplayOptions {
  /** SUPPORT_AGENT_IDS of the bot that recorded the conversation. */
  supportAgentIds?: readonly string[];
}

// Activities the bot sends that depend on timing or debugging, not on the conversation.
const IGNORED_BOT_TYPES = new Set(['typing', 'trace', 'event', 'delay']);
const CASE_ID = /\bUA-[2-9A-HJ-NP-Z]{6}\b/g;
// Typed by a user, a case id may come in lower case ("case ua-7k2m9p").
const TYPED_CASE_ID = /\bUA-[2-9A-HJ-NP-Z]{6}\b/gi;
const VOLATILE_KEYS = new Set(['walkthroughId', 'caseId']);
// Dates: the card's {{DATE(…)}} {{TIME(…)}} functions, and instants as i18n/format-date.ts writes
// them in the reader's locale and zone: "Nov 30, 2026, 03:13 AM UTC", "30 Nov 2026, 03:13 GMT+9",
// "30 nov 2026, 03:13 CET", and the time alone ("04:14 AM UTC", a check-back's hour).
const CARD_DATE_TIME = /\{\{(DATE|TIME)\([^)]*\)\}\}/g;
const TIME_AND_ZONE = String.raw`\d{1,2}:\d{2}(?:[\s\u202f][AP]M)? (?:UTC|GMT(?:[+-]\d{1,2}(?::\d{2})?)?|[A-Z]{2,5})\b`;
const TEXT_DATE_TIME = new RegExp(String.raw`\b(?:\p{L}{3,5}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,5}\.? \d{4}),? ${TIME_AND_ZONE}`, 'gu');
const TEXT_TIME = new RegExp(String.raw`\b${TIME_AND_ZONE}`, 'gu');

function isFromUser(activity: RecordedActivity): boolean {
  return activity.from.role !== 'bot';
}

function isReply(activity: RecordedActivity): boolean {
  return !isFromUser(activity) && !IGNORED_BOT_TYPES.has(activity.type);
}

/** Recorded volatile value → the replay's own, learned as they first appear. */
class IdMatcher {
  readonly #map = new Map<string, string>();

  learn(recorded: string | undefined, replayed: string | undefined): void {
    if (recorded === undefined || replayed === undefined || this.#map.has(recorded)) return;
    this.#map.set(recorded, replayed);
  }

  /** Recorded ids in any string or nested value, replaced by the replay's. */
  translate<T>(value: T): T {
    if (typeof value === 'string') {
      return (this.#map.get(value) ?? value.replace(TYPED_CASE_ID, (id) => this.#caseId(id))) as T;
    }
    if (Array.isArray(value)) return value.map((item) => this.translate(item)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.translate(item)])) as T;
    }
    return value;
  }

  #caseId(typed: string): string {
    const replayed = this.#map.get(typed.toUpperCase());
    if (replayed === undefined) return typed;
    return typed === typed.toUpperCase() ? replayed : replayed.toLowerCase();
  }

  /** Pairs the volatile values of a recorded reply with the replayed reply in the same place. */
  learnFrom(recorded: RecordedActivity, replayed: RecordedActivity): void {
    this.learn(recorded.id, replayed.id);
    const recordedValues = volatileValues(recorded);
    const replayedValues = volatileValues(replayed);
    recordedValues.forEach((value, index) => this.learn(value, replayedValues[index]));
  }
}

function volatileValues(activity: RecordedActivity): string[] {
  const found: string[] = [];
  const walk = (node: unknown, key?: string): void => {
    if (typeof node === 'string') {
      if (key !== undefined && VOLATILE_KEYS.has(key)) found.push(node);
      else found.push(...(node.match(CASE_ID) ?? []));
    } else if (Array.isArray(node)) node.forEach((item) => walk(item));
    else if (node && typeof node === 'object') Object.entries(node).forEach(([childKey, child]) => walk(child, childKey));
  };
  walk({ text: activity.text, attachments: activity.attachments });
  return found;
}

function withoutDates(text: string): string {
  return text
    .replace(CARD_DATE_TIME, (_match, kind: string) => `<${kind.toLowerCase()}>`)
    .replace(TEXT_DATE_TIME, '<date-time>')
    .replace(TEXT_TIME, '<time>');
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const looseObject = z.record(z.string(), z.unknown());

function adaptiveCardView(content: unknown): AttachmentView {
  const texts: string[] = [];
  const inputs: NonNullable<AttachmentView['inputs']> = [];
  const actions: NonNullable<AttachmentView['actions']> = [];
  const titled = z.array(z.looseObject({ title: z.string(), value: z.string() }));
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    const element = looseObject.safeParse(node);
    if (!element.success) return;
    const { type, text, title, label, placeholder, id, choices, facts, data } = element.data;
    const kind = typeof type === 'string' ? type : '';
    if (kind.startsWith('Action.')) {
      actions.push({ type: kind, ...(typeof title === 'string' ? { title } : {}), ...(data === undefined ? {} : { data }) });
    } else if (kind.startsWith('Input.')) {
      const options = titled.safeParse(choices);
      inputs.push({ type: kind, id: String(id), ...(options.success ? { choices: options.data.map((choice) => choice.value) } : {}) });
      for (const visible of [label, placeholder, title]) if (typeof visible === 'string') texts.push(withoutDates(visible));
      if (options.success) texts.push(...options.data.map((choice) => choice.title));
    } else if (kind === 'FactSet') {
      const rows = titled.safeParse(facts);
      if (rows.success) for (const row of rows.data) texts.push(withoutDates(row.title), withoutDates(row.value));
    } else if (typeof text === 'string') {
      texts.push(withoutDates(text));
    }
    // Inputs and facts are read above; everything else may hold more elements (ShowCard's card, containers).
    if (kind.startsWith('Input.') || kind === 'FactSet') return;
    for (const [key, child] of Object.entries(element.data)) if (key !== 'data' && typeof child === 'object') walk(child);
  };
  walk(content);
  return { contentType: ADAPTIVE_CARD, texts, inputs, actions };
}

function replyView(activity: RecordedActivity): ReplyView {
  const suggested = z
    .looseObject({ actions: z.array(z.looseObject({ title: z.string().optional(), value: z.unknown().optional() })) })
    .safeParse((activity as Record<string, unknown>)['suggestedActions']);
  return {
    type: activity.type,
    ...(activity.text ? { text: withoutDates(activity.text) } : {}),
    attachments: (activity.attachments ?? []).map((attachment) =>
      attachment.contentType === ADAPTIVE_CARD ? adaptiveCardView(attachment.content) : { contentType: attachment.contentType, content: attachment.content },
    ),
    ...(suggested.success ? { suggestedActions: suggested.data.actions.map(({ title, value }) => ({ title, value })) } : {}),
  };
}

function describeUserTurn(activity: RecordedActivity): string {
  if (activity.type !== 'message') return activity.type;
  if (activity.value !== undefined) return `clicked ${JSON.stringify(activity.value)}`;
  return `said ${JSON.stringify(activity.text ?? '')}`;
}

/** A turn of the transcript: one of the user's activities, or a proactive turn (user undefined), with the bot's replies. */
export interface RecordedTurn {
  user: RecordedActivity | undefined;
  replies: RecordedActivity[];
}

/**
 * Splits a transcript into the user's activities, each with the bot's replies that followed it. A
 * proactive turn (a check-back sent by the host) starts with no activity of the user's: botbuilder's
 * TranscriptLoggerMiddleware leaves out the continue-conversation event that starts it, so its
 * replies are told apart by their `replyToId`, which names that unlogged event and no activity of
 * the user's.
 */
export function turnsOf(activities: readonly RecordedActivity[]): RecordedTurn[] {
  const userIds = new Set(activities.filter(isFromUser).flatMap((activity) => (activity.id ? [activity.id] : [])));
  const turns: RecordedTurn[] = [];
  let proactiveReplyTo: string | undefined;
  for (const activity of activities) {
    if (isFromUser(activity)) {
      turns.push({ user: activity, replies: [] });
      proactiveReplyTo = undefined;
    } else if (isReply(activity)) {
      // A transcript whose user activities carry no ids cannot tell; its turns stay as they are.
      const proactive = userIds.size > 0 && activity.replyToId !== undefined && !userIds.has(activity.replyToId);
      if (proactive && activity.replyToId !== proactiveReplyTo) turns.push({ user: undefined, replies: [] });
      proactiveReplyTo = proactive ? activity.replyToId : undefined;
      turns.at(-1)?.replies.push(activity);
    }
  }
  return turns;
}

/** How the report names a proactive turn. */
const PROACTIVE_TURN = 'proactive: the check-backs due an hour later';

/** Collects what the TranscriptLoggerMiddleware logs, as the recorder does, but in memory. */
class ReplayLog implements TranscriptLogger {
  readonly activities: RecordedActivity[] = [];
  logActivity(activity: Partial<Activity>): void {
    const entry = JSON.parse(JSON.stringify(activity)) as Record<string, unknown>;
    const from = channelAccountSchema.safeParse(entry['from']);
    // The same rule as the recorder: what the middleware did not mark as the user's is the bot's.
    entry['from'] = { ...(from.success ? from.data : { id: 'bot' }), role: from.success && from.data.role ? from.data.role : 'bot' };
    this.activities.push(recordedActivitySchema.parse(entry));
  }
}

// Fields the recording channel stamped that a replay must not reuse.
const CHANNEL_STAMPS = ['id', 'timestamp', 'localTimestamp', 'rawTimestamp', 'callerId'] as const;

// Export links name the host; the replay has none, and no one follows its links.
const REPLAY_HOST_URL = 'http://replay.invalid';

export async function replayTranscript(activities: readonly RecordedActivity[], options: ReplayOptions = {}): Promise<ReplayResult> {
  const storage = new MemoryStorage();
  const caseStore = new MemoryCaseStore();
  const exportLinks = new CaseExportLinks({ storage, cases: caseStore, leadIds: options.supportAgentIds ?? [], fallbackUrl: REPLAY_HOST_URL });
  const checkBacks = new StorageCheckBackStore(storage);
  // Built as the host builds it (bot/upgrade-assistant.ts), so check-backs are offered and leads get their chart.
  const bot = new UpgradeAssistantBot({
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    caseStore,
    supportAgentIds: [...(options.supportAgentIds ?? [])],
    checkBacks,
    leadServices: {
      chart: async (week, lang) => renderBlockersChart(week, lang),
      exportLink: (leadId, lang) => exportLinks.issue(leadId, lang),
    },
  });
  const log = new ReplayLog();
  const adapter = new RecordingAdapter((context) => bot.run(context));
  adapter.use(new TranscriptLoggerMiddleware(log));
  // A proactive turn is replayed as the host makes one: a check-back round, here as at an hour after now.
  const scheduler = new CheckBackScheduler({
    store: checkBacks,
    logger: createLogger({ level: 'silent' }),
    now: () => new Date(Date.now() + (CHECK_BACK_AFTER_MINUTES + 1) * 60_000),
    deliver: (checkBack) =>
      adapter.continueConversationTurn(checkBack.address as Partial<ConversationReference>, (context) => bot.sendCheckBack(context, checkBack)),
  });

  const ids = new IdMatcher();
  const recorded: TurnView[] = [];
  const replayed: TurnView[] = [];
  for (const turn of turnsOf(activities)) {
    const start = log.activities.length;
    if (turn.user) {
      const input: Record<string, unknown> = ids.translate({ ...turn.user });
      for (const stamp of CHANNEL_STAMPS) delete input[stamp];
      await adapter.processActivity(input as Partial<Activity>);
    } else {
      await scheduler.runOnce();
    }
    const replies = log.activities.slice(start).filter(isReply);
    turn.replies.forEach((reply, index) => {
      const replayedReply = replies[index];
      if (replayedReply) ids.learnFrom(reply, replayedReply);
    });
    const user = turn.user ? describeUserTurn(turn.user) : PROACTIVE_TURN;
    recorded.push({ user, replies: turn.replies.map((reply) => ids.translate(replyView(reply))) });
    replayed.push({ user, replies: replies.map(replyView) });
  }
  return { recorded, replayed };
}
