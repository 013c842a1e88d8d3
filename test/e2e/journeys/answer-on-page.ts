import { FACT_KEYS, FACTS, getPlan, upgradeTargets, type FactKey, type PlanId, type TenantFacts, type YesNoFact } from '../../../domain/index.js';
import { messagesFor, planName, type Language } from '../../../i18n/index.js';
import {
  clickCardButton,
  DEFAULT_WAIT_MS,
  fillCardInput,
  readChat,
  selectCardChoice,
  sendMessage,
  setCardToggle,
  waitForCard,
  waitForChat,
  type FoundCard,
  type PlaygroundPage,
} from '../index.js';

/** The fact a question card asks about alone, found by the catalog's question text; none on any other card. */
export function askedFactOf(card: Pick<FoundCard['snapshot'], 'text'>, language: Language): FactKey | undefined {
  const { facts } = messagesFor(language);
  return FACT_KEYS.find((fact) => card.text.startsWith(facts[fact].question));
}

/** A question card as the page shows it: one fact alone, the open choices together, or the yes/no checklist. */
export type QuestionOnPage =
  | { kind: 'fact'; fact: FactKey }
  | { kind: 'choices'; facts: FactKey[] }
  | { kind: 'checklist'; facts: YesNoFact[] };

const isYesNo = (fact: FactKey): fact is YesNoFact => FACTS[fact].kind === 'boolean';

/** The facts whose words (a question, a statement) the card shows, in the card's order. */
function factsShown<Fact extends FactKey>(text: string, facts: readonly Fact[], words: (fact: Fact) => string): Fact[] {
  return facts
    .map((fact) => ({ fact, at: text.indexOf(words(fact)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ fact }) => fact);
}

/**
 * What a card asks, read as the admin reads it: the choices card and the checklist by their titles,
 * their facts by the questions and statements on them; a one-fact card by its question. A card with
 * no buttons asks nothing (in Teams an answered question card is shown answered, buttons gone).
 */
export function questionOnCard(card: Pick<FoundCard['snapshot'], 'text' | 'buttons'>, language: Language): QuestionOnPage | undefined {
  if (card.buttons.length === 0) return undefined;
  const messages = messagesFor(language);
  const { choices, checklist } = messages.intake;
  if (card.text.startsWith(choices.title)) {
    const asked = factsShown(card.text, FACT_KEYS.filter((fact) => FACTS[fact].kind === 'choice'), (fact) => messages.facts[fact].question);
    return { kind: 'choices', facts: asked };
  }
  if (card.text.startsWith(checklist.title)) {
    return { kind: 'checklist', facts: factsShown(card.text, FACT_KEYS.filter(isYesNo), (fact) => checklist.statements[fact]) };
  }
  const fact = askedFactOf(card, language);
  return fact ? { kind: 'fact', fact } : undefined;
}

/** The yes/no checklist, still open to answer (a card predicate for `waitForCard`). */
export function openChecklist(language: Language): (card: Pick<FoundCard['snapshot'], 'text' | 'buttons'>) => boolean {
  return (card) => questionOnCard(card, language)?.kind === 'checklist';
}

/** A question card once answered in Teams: its question (or the form's title) and the answers, nothing left to click. */
export function answeredCard(question: string): (card: Pick<FoundCard['snapshot'], 'text' | 'buttons'>) => boolean {
  return (card) => card.text.startsWith(question) && card.buttons.length === 0;
}

/** The facts a question asks. */
export function factsOf(question: QuestionOnPage): FactKey[] {
  return question.kind === 'fact' ? [question.fact] : [...question.facts];
}

/**
 * How a form is answered from a journey's facts: the choices it gives (the others left empty, as an
 * admin leaves what they don't know), or for a checklist every statement ticked or not, and
 * "None of these" when none applies. A checklist fact the journey does not give, or a choices card
 * none of whose facts it gives, fails: the journey did not expect the bot to need them.
 */
export function formAnswer(
  question: Exclude<QuestionOnPage, { kind: 'fact' }>,
  facts: Partial<TenantFacts>,
): { answered: FactKey[]; none: boolean } {
  const given = question.facts.filter((fact) => facts[fact] !== undefined);
  const missing = question.facts.filter((fact) => facts[fact] === undefined);
  if (question.kind === 'checklist' && missing.length > 0) throw new Error(`the checklist asked about ${missing.join(', ')}, which this journey does not give`);
  if (given.length === 0) throw new Error(`the bot asked about ${missing.join(', ')}, none of which this journey gives`);
  return { answered: given, none: question.kind === 'checklist' && given.every((fact) => facts[fact] === false) };
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

/** What answering the intake took: the facts answered, and how many answers (clicks or messages) were sent. */
export interface IntakeOnPage {
  asked: FactKey[];
  answers: number;
}

/** Answers one fact alone on its card, by clicking (or typing an older plan, as the card tells the admin). */
async function answerFactOnPage(session: PlaygroundPage, language: Language, fact: FactKey, facts: Partial<TenantFacts>): Promise<number> {
  const messages = messagesFor(language);
  const value = facts[fact];
  if (value === undefined) throw new Error(`the bot asked about ${fact}, which this journey does not give`);
  const label = messages.facts[fact].label;
  const { page } = session;
  switch (FACTS[fact].kind) {
    case 'plan':
      // The list shows today's plans: an older one is typed, as the card tells the admin.
      if (getPlan(value as PlanId).status === 'retired') return sendMessage(page, planName(messages, value as PlanId));
      await selectCardChoice(page, label, answerTitle(language, fact, value, facts));
      return clickCardButton(page, messages.ui.buttons.submit);
    case 'count':
      await fillCardInput(page, label, String(value));
      return clickCardButton(page, messages.ui.buttons.submit);
    default:
      return clickCardButton(page, answerTitle(language, fact, value));
  }
}

/** Answers the choices card or the checklist on the page: each given choice's radio, each true statement ticked, then Send (or None of these). */
async function answerFormOnPage(
  session: PlaygroundPage,
  language: Language,
  question: Exclude<QuestionOnPage, { kind: 'fact' }>,
  facts: Partial<TenantFacts>,
): Promise<{ answered: FactKey[]; before: number }> {
  const { intake, facts: factTexts } = messagesFor(language);
  const { answered, none } = formAnswer(question, facts);
  const title = question.kind === 'choices' ? intake.choices.title : intake.checklist.title;
  const { page } = session;
  const card = (await waitForCard(page, (shown) => shown.text.startsWith(title) && shown.buttons.length > 0)).locator;
  if (none) return { answered, before: await clickCardButton(page, intake.checklist.none, { card }) };
  for (const fact of answered) {
    if (question.kind === 'choices') await selectCardChoice(page, factTexts[fact].question, answerTitle(language, fact, facts[fact]), { card });
    else if (facts[fact] === true) await setCardToggle(page, intake.checklist.statements[fact as YesNoFact], true, { card });
  }
  const send = question.kind === 'choices' ? intake.choices.send : intake.checklist.send;
  return { answered, before: await clickCardButton(page, send, { card }) };
}

/**
 * Answers, by clicking in the Playground page as an admin would, every question card the bot
 * shows, from `facts`, until the newest card is no question: a fact alone on its card, the choices
 * card (what the journey does not give left empty), the checklist. A question the scenario cannot
 * answer fails: the journey did not expect the bot to need it.
 */
export async function answerQuestionsOnPage(
  session: PlaygroundPage,
  facts: Partial<TenantFacts>,
  { language = 'en', maxQuestions = 20 }: { language?: Language; maxQuestions?: number } = {},
): Promise<IntakeOnPage> {
  const asked: FactKey[] = [];
  for (let answers = 0; answers < maxQuestions; answers += 1) {
    const card = await newestCard(session);
    const question = card ? questionOnCard(card, language) : undefined;
    if (!question) return { asked, answers };
    let before: number;
    if (question.kind === 'fact') {
      before = await answerFactOnPage(session, language, question.fact, facts);
      asked.push(question.fact);
    } else {
      const form = await answerFormOnPage(session, language, question, facts);
      before = form.before;
      asked.push(...form.answered);
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
