import { FACT_KEYS, FACTS, getPlan, upgradeTargets, type FactKey, type PlanId, type TenantFacts } from '../../../domain/index.js';
import { messagesFor, planName, type Language } from '../../../i18n/index.js';
import {
  clickCardButton,
  DEFAULT_WAIT_MS,
  fillCardInput,
  readChat,
  selectCardChoice,
  sendMessage,
  waitForChat,
  type FoundCard,
  type PlaygroundPage,
} from '../index.js';

/** The fact a question card asks about, found by the catalog's question text; none on any other card. */
export function askedFactOf(card: Pick<FoundCard['snapshot'], 'text'>, language: Language): FactKey | undefined {
  const { facts } = messagesFor(language);
  return FACT_KEYS.find((fact) => card.text.startsWith(facts[fact].question));
}

/** The newest card in the chat, if the newest bot messages carry one. */
export async function newestCard(session: PlaygroundPage): Promise<{ index: number; text: string; buttons: string[] } | undefined> {
  const chat = await readChat(session.page);
  for (const message of [...chat.botMessages].reverse()) {
    const card = message.cards.at(-1);
    if (card) return { index: message.index, ...card };
  }
  return undefined;
}

/**
 * The label a button or a choice shows for this answer, in the card's language. The wanted-plan
 * list marks the plans the admin center offers automatically from the current plan, when that is known.
 */
export function answerTitle(
  language: Language,
  fact: FactKey,
  value: TenantFacts[FactKey],
  { currentPlan }: { currentPlan?: PlanId } = {},
): string {
  const messages = messagesFor(language);
  const spec = FACTS[fact];
  if (spec.kind === 'boolean') return value ? messages.ui.buttons.yes : messages.ui.buttons.no;
  if (spec.kind === 'plan') {
    const name = planName(messages, value as PlanId);
    const offered = fact === 'targetPlan' && currentPlan !== undefined && upgradeTargets(currentPlan).includes(value as PlanId);
    return offered ? `${name} ${messages.ui.automaticTargetMark}` : name;
  }
  if (fact === 'adminRole' || fact === 'purchaseChannel' || fact === 'billingAccountType') {
    const labels: Record<string, string> = messages.choices[fact];
    const label = labels[String(value)];
    if (label) return label;
  }
  return String(value);
}

/**
 * Answers, by clicking in the Playground page as an admin would, every question card the bot
 * shows, from `facts`, until the newest card is no question. A question about a fact the scenario
 * does not give fails: the journey did not expect the bot to need it. Returns the facts asked.
 */
export async function answerQuestionsOnPage(
  session: PlaygroundPage,
  facts: Partial<TenantFacts>,
  { language = 'en', maxQuestions = 20 }: { language?: Language; maxQuestions?: number } = {},
): Promise<FactKey[]> {
  const messages = messagesFor(language);
  const asked: FactKey[] = [];
  for (let question = 0; question < maxQuestions; question += 1) {
    const card = await newestCard(session);
    const fact = card ? askedFactOf(card, language) : undefined;
    if (!card || !fact) return asked;
    const value = facts[fact];
    if (value === undefined) throw new Error(`the bot asked about ${fact}, which this journey does not give`);
    asked.push(fact);
    const label = messages.facts[fact].label;
    const { page } = session;
    let before: number;
    switch (FACTS[fact].kind) {
      case 'plan':
        // The list shows today's plans: an older one is typed, as the card tells the admin.
        if (getPlan(value as PlanId).status === 'retired') {
          before = await sendMessage(page, planName(messages, value as PlanId));
          break;
        }
        await selectCardChoice(page, label, answerTitle(language, fact, value, facts));
        before = await clickCardButton(page, messages.ui.buttons.submit);
        break;
      case 'count':
        await fillCardInput(page, label, String(value));
        before = await clickCardButton(page, messages.ui.buttons.submit);
        break;
      default:
        before = await clickCardButton(page, answerTitle(language, fact, value));
    }
    await waitForReplyCard(session, before);
  }
  throw new Error(`still asking after ${maxQuestions} questions: ${asked.join(', ')}`);
}

/**
 * A turn's replies arrive one by one, and every turn of this bot ends with a card (the next
 * question, the diagnosis, a step, the menu): waits for a card among the messages from `after` on.
 */
export async function waitForReplyCard(session: PlaygroundPage, after: number): Promise<void> {
  await waitForChat(
    session.page,
    (chat) => (chat.botMessages.some((message) => message.index >= after && message.cards.length > 0) ? true : undefined),
    { timeoutMs: DEFAULT_WAIT_MS, describe: `a card from bot message #${after} on` },
  );
}
