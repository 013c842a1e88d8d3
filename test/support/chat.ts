import {
  ActivityEventNames,
  ActivityTypes,
  MemoryStorage,
  TestAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type Storage,
} from 'botbuilder';
import { botbuilderPieces } from '../../bot/botbuilder-internals/index.js';
import { loadConfig } from '../../bot/config.js';
import { UpgradeAssistantBot, type TenantCheckSettings } from '../../dialogs/index.js';
import { MemoryCaseStore } from '../../bot/storage/memory-case-store.js';
import { StorageCheckBackStore } from '../../bot/check-back/storage-check-back-store.js';
import type { CaseStore } from '../../domain/index.js';

/** A card the bot sent: its JSON, for finding buttons and inputs the way a user would. */
export interface SentCard {
  type: string;
  version: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

/** TestAdapter keeps updates inside its queue; a test wants to see them as they happen. */
export class RecordingAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];
  /**
   * A proactive turn as CloudAdapter's continueConversationAsync runs one (TestAdapter has none): the conversation reference applied to a
   * continue-conversation event, through the middleware, replies queued like any other turn's.
   */
  async continueConversationTurn(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>) {
    this.updates.push(activity);
    return super.updateActivity(context, activity);
  }
}

export interface ChatOptions {
  storage?: Storage;
  caseStore?: CaseStore;
  locale?: string;
  channelId?: string;
  userId?: string;
  userName?: string;
  conversationId?: string;
  supportAgentIds?: string[];
  tenantCheck?: TenantCheckSettings;
}

/**
 * One user talking to a real UpgradeAssistantBot through botbuilder's TestAdapter: each call is a
 * turn and returns the bot's replies to it. A new Chat over the same storage is a restarted bot.
 */
export class Chat {
  readonly adapter: RecordingAdapter;
  readonly storage: Storage;
  readonly caseStore: CaseStore;
  readonly bot: UpgradeAssistantBot;
  locale: string;
  private readonly from: { id: string; name: string };
  private readonly conversationId: string;
  private readonly channelId: string;

  constructor(options: ChatOptions = {}) {
    this.storage = options.storage ?? new MemoryStorage();
    this.caseStore = options.caseStore ?? new MemoryCaseStore();
    this.locale = options.locale ?? 'en-US';
    this.from = { id: options.userId ?? 'user-1', name: options.userName ?? 'Alex Admin' };
    this.conversationId = options.conversationId ?? 'conversation-1';
    this.channelId = options.channelId ?? 'test';
    // The state classes the host runs with (BOTBUILDER_PATH picks tuned or stock), so dialog tests see what production does.
    const { conversationState, userState } = botbuilderPieces(loadConfig({ BOTBUILDER_PATH: process.env['BOTBUILDER_PATH'] }).BOTBUILDER_PATH).states(this.storage);
    const bot = new UpgradeAssistantBot({
      conversationState,
      userState,
      caseStore: this.caseStore,
      supportAgentIds: options.supportAgentIds ?? [],
      checkBacks: new StorageCheckBackStore(this.storage),
      ...(options.tenantCheck ? { tenantCheck: options.tenantCheck } : {}),
    });
    this.bot = bot;
    this.adapter = new RecordingAdapter((context) => bot.run(context));
  }

  /** Same storage, same user, same conversation, a fresh bot: what a restart looks like. */
  restarted(overrides: ChatOptions = {}): Chat {
    return new Chat({
      storage: this.storage,
      caseStore: this.caseStore,
      locale: this.locale,
      channelId: this.channelId,
      userId: this.from.id,
      userName: this.from.name,
      conversationId: this.conversationId,
      ...overrides,
    });
  }

  async say(text: string): Promise<Partial<Activity>[]> {
    return this.send({ type: 'message', text });
  }

  /** A card button: Action.Submit arrives as a message with value and no text. */
  async click(data: Record<string, unknown>): Promise<Partial<Activity>[]> {
    return this.send({ type: 'message', value: data });
  }

  async joins(): Promise<Partial<Activity>[]> {
    return this.send({ type: 'conversationUpdate', membersAdded: [{ id: this.from.id, name: this.from.name }] });
  }

  async installs(): Promise<Partial<Activity>[]> {
    return this.send({ type: 'installationUpdate', action: 'add' });
  }

  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    await this.adapter.processActivity({
      locale: this.locale,
      channelId: this.channelId,
      from: this.from,
      conversation: { id: this.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      ...activity,
    });
    return this.adapter.activeQueue.splice(0).filter((reply) => reply.type === 'message');
  }
}

export function cardsOf(replies: Partial<Activity>[]): SentCard[] {
  return replies.flatMap((reply) =>
    (reply.attachments ?? [])
      .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((attachment) => attachment.content as SentCard),
  );
}

/** Every piece of text a user would read in these replies: message text, the cards' TextBlocks, titles, input labels. */
export function textOf(replies: Partial<Activity>[]): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if ((element['type'] === 'TextBlock' || element['type'] === 'TextRun') && typeof element['text'] === 'string') parts.push(element['text']);
      if (typeof element['title'] === 'string') parts.push(element['title']);
      if (typeof element['label'] === 'string') parts.push(element['label']);
      if (typeof element['value'] === 'string' && element['type'] === 'Fact') parts.push(element['value']);
      for (const [key, child] of Object.entries(element)) if (key !== 'data') walk(child);
    }
  };
  for (const reply of replies) {
    if (reply.text) parts.push(reply.text);
    walk(reply.attachments?.map((attachment) => attachment.content));
  }
  return parts.join('\n');
}

interface SubmitAction {
  type: 'Action.Submit';
  title?: string;
  data?: Record<string, unknown>;
}

/** All Action.Submit buttons in a card, wherever they sit (actions, ActionSets, selectActions). */
export function submitActions(card: SentCard): SubmitAction[] {
  const found: SubmitAction[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element['type'] === 'Action.Submit') found.push(element as unknown as SubmitAction);
      for (const [key, child] of Object.entries(element)) if (key !== 'data') walk(child);
    }
  };
  walk(card);
  return found;
}

/** The values a card's inputs hold before the user touches them, as a client sends them with a submit. */
function prefilledInputs(card: SentCard): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      const isInput = typeof element['type'] === 'string' && element['type'].startsWith('Input.');
      if (isInput && typeof element['id'] === 'string' && element['value'] !== undefined) values[element['id']] = element['value'];
      for (const [key, child] of Object.entries(element)) if (key !== 'data') walk(child);
    }
  };
  walk(card);
  return values;
}

/**
 * The data a user sends by clicking the button with this title: the button's data, what the card's
 * inputs already hold, and any input values the user typed (`inputs`).
 */
export function buttonData(replies: Partial<Activity>[], title: string | RegExp, inputs: Record<string, unknown> = {}): Record<string, unknown> {
  const matches = (candidate?: string) => candidate !== undefined && (typeof title === 'string' ? candidate === title : title.test(candidate));
  for (const card of cardsOf(replies).reverse()) {
    const action = submitActions(card).find((candidate) => matches(candidate.title));
    if (action) return { ...prefilledInputs(card), ...(action.data ?? {}), ...inputs };
  }
  const titles = cardsOf(replies).flatMap((card) => submitActions(card).map((action) => action.title));
  throw new Error(`no button "${String(title)}" among: ${titles.join(', ')}`);
}
