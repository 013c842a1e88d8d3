import { diagnose, FACT_KEYS, type FactKey, type TenantFacts } from '../../domain/index.js';
import { messagesFor } from '../../i18n/index.js';
import { messageActivity, MESSAGES_PATH, type Conversation } from './activities.js';
import { ExpectedRepliesSchema, strayReplies, submitsOf, wordsOf, type Reply } from './bot-replies.js';
import type { HttpClient } from './http-client.js';
import { submittedValue } from './random-facts.js';

/** Far more than any intake asks (17 facts): a loop past this is a bot that keeps asking. */
const MAX_TURNS = 25;

export interface TurnRecord {
  status: number;
  ms: number;
}

export interface JourneyOutcome {
  conversationId: string;
  turns: TurnRecord[];
  /** The facts the bot asked for, in order. */
  asked: FactKey[];
  /** Empty when the journey ended with the right diagnosis and every reply was in order. */
  failures: string[];
  /** The replies to the last turn (the diagnosis card when all went well). */
  lastReplies: Reply[];
}

export interface TurnResult {
  status: number;
  ms: number;
  replies: Reply[];
  failures: string[];
}

/** One turn over HTTP with expectReplies: the replies, and anything wrong with them. */
export async function sendTurn(client: HttpClient, conversation: Conversation, content: { text?: string; value?: unknown }): Promise<TurnResult> {
  const activity = messageActivity(conversation, content);
  const response = await client.post(MESSAGES_PATH, activity);
  if (response.status !== 200) return { status: response.status, ms: response.ms, replies: [], failures: [`HTTP ${response.status}`] };
  const parsed = ExpectedRepliesSchema.safeParse(response.body);
  if (!parsed.success) return { status: response.status, ms: response.ms, replies: [], failures: ['the body is not { activities: [...] }'] };
  const stray = strayReplies(parsed.data.activities, conversation.id, String(activity['id']));
  const failures = stray.length > 0 ? [`${stray.length} replies addressed elsewhere`] : [];
  return { status: response.status, ms: response.ms, replies: parsed.data.activities, failures };
}

/** Whether the diagnosis the bot showed is the one the domain gives for the facts it was told. */
export function diagnosisProblems(replies: readonly Reply[], told: TenantFacts, whole: TenantFacts, language: 'en' | 'it' = 'en'): string[] {
  const messages = messagesFor(language);
  const expected = diagnose(told);
  const words = wordsOf(replies);
  const problems: string[] = [];
  if (diagnose(whole).path !== expected.path) problems.push(`asked too little: ${expected.path} from the answers, ${diagnose(whole).path} from every fact`);
  if (!words.includes(messages.paths[expected.path])) problems.push(`expected path ${expected.path}`);
  for (const reason of expected.reasons) {
    if (!words.includes(messages.reasons[reason.id].title)) problems.push(`missing reason ${reason.id}`);
  }
  return problems;
}

/**
 * What an admin clicks to answer the question among these card buttons, from `facts`: the one
 * fact's button (or its input), or the form of several facts (the account's choices, the yes/no
 * checklist) filled and sent. Undefined when no question is asked.
 */
export function answerFor(submits: readonly Record<string, unknown>[], facts: TenantFacts): { asked: FactKey[]; value: Record<string, unknown> } | undefined {
  const form = submits.find((submit) => submit['action'] === 'facts' && submit['choice'] === 'send');
  const formFacts = Array.isArray(form?.['asked']) ? FACT_KEYS.filter((key) => (form['asked'] as unknown[]).includes(key)) : [];
  if (form && formFacts.length > 0) {
    return { asked: formFacts, value: { ...form, ...Object.fromEntries(formFacts.map((fact) => [fact, submittedValue(facts, fact)])) } };
  }
  const fact = FACT_KEYS.find((key) => key === submits.find((submit) => submit['action'] === 'answer')?.['fact']);
  return fact ? { asked: [fact], value: { action: 'answer', fact, value: submittedValue(facts, fact) } } : undefined;
}

/**
 * The real "can I upgrade?" journey: ask, then answer every question the bot's cards ask
 * (the fact comes from the card, so the driver follows the dialog), until the diagnosis card.
 */
export async function runJourney(client: HttpClient, conversation: Conversation, facts: TenantFacts): Promise<JourneyOutcome> {
  const turns: TurnRecord[] = [];
  const asked: FactKey[] = [];
  const told: Partial<TenantFacts> = {};
  let content: { text?: string; value?: unknown } = { text: 'Can I upgrade?' };
  let lastReplies: Reply[] = [];
  const finish = (failures: string[]): JourneyOutcome => ({ conversationId: conversation.id, turns, asked, failures, lastReplies });

  while (turns.length < MAX_TURNS) {
    const turn = await sendTurn(client, conversation, content);
    turns.push({ status: turn.status, ms: turn.ms });
    lastReplies = turn.replies;
    if (turn.failures.length > 0) return finish(turn.failures);
    const submits = submitsOf(turn.replies);
    if (submits.some((submit) => submit.action === 'diagnosis')) {
      return finish(diagnosisProblems(turn.replies, { ...told, currentPlan: facts.currentPlan } as TenantFacts, facts));
    }
    const answer = answerFor(submits, facts);
    if (!answer) return finish([`turn ${turns.length}: neither a question nor a diagnosis: ${wordsOf(turn.replies).slice(0, 200)}`]);
    asked.push(...answer.asked);
    for (const fact of answer.asked) Object.assign(told, { [fact]: facts[fact] });
    content = { value: answer.value };
  }
  return finish([`no diagnosis after ${MAX_TURNS} turns`]);
}
