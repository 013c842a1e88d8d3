import { z } from 'zod';
import { FACTS, type FactKey, type TenantFacts } from '../../../domain/index.js';
import { BOOLEAN_VALUES } from '../../../cards/index.js';
import { messagesFor, type Language } from '../../../i18n/index.js';
import { botMessageCount, readChat, sendMessageInLocale, type E2eSession } from '../index.js';
import type { UpgradeAssistantE2eBot } from '../upgrade-assistant-bot.js';
import { answerTitle, formAnswer, newestCard, questionOnCard, waitForReplyCard, type IntakeOnPage, type QuestionOnPage } from './answer-on-page.js';
import { journeyTranscript } from './journey-artifacts.js';

type Session = E2eSession<UpgradeAssistantE2eBot>;

const submitActionSchema = z.looseObject({ type: z.literal('Action.Submit'), title: z.string(), data: z.record(z.string(), z.unknown()).optional() });

/** Every Action.Submit in a card, wherever it sits (actions, ActionSets). */
function submitActionsIn(node: unknown): z.infer<typeof submitActionSchema>[] {
  if (Array.isArray(node)) return node.flatMap(submitActionsIn);
  if (!node || typeof node !== 'object') return [];
  const action = submitActionSchema.safeParse(node);
  const own = action.success ? [action.data] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => (key === 'data' ? [] : submitActionsIn(child)))];
}

/**
 * Clicks a card button with a locale the page cannot send. The page stamps every click en-US, so
 * the click goes through the Playground's custom-activity API instead, carrying exactly what the
 * page would: the button's `data` (read from the newest card the bot sent with that button, in the
 * recorded transcript) merged with the card's input values, as strings. The button must be on
 * screen in the newest card, or with `onOlderCard` in the newest card that still shows it (a card
 * above an answer given on the side). Returns the bot message count before the click, to pass as `after`.
 */
export async function clickInLocale(
  session: Session,
  title: string,
  { locale, inputs = {}, onOlderCard = false }: { locale: string; inputs?: Record<string, string>; onOlderCard?: boolean },
): Promise<number> {
  const shown = onOlderCard
    ? (await readChat(session.page)).botMessages.flatMap((message) => message.cards).filter((card) => card.buttons.includes(title)).at(-1)
    : await newestCard(session);
  if (!shown?.buttons.includes(title)) throw new Error(`the page shows no "${title}" button ${onOlderCard ? 'on any card' : 'on its newest card'}`);
  const transcript = await journeyTranscript(session);
  const sentCards = transcript
    .filter((activity) => activity.from?.role === 'bot' && activity.type === 'message')
    .flatMap((activity) => activity.attachments ?? []);
  const action = (onOlderCard ? sentCards : sentCards.slice(-1))
    .flatMap((card) => submitActionsIn(card.content).filter((candidate) => candidate.title === title))
    .at(-1);
  if (!action) throw new Error(`the bot sent no card with a "${title}" button`);
  const before = await botMessageCount(session.page);
  await sendMessageInLocale(session.playground, { value: { ...action.data, ...inputs }, locale });
  return before;
}

/** Types a message with a locale (through the custom-activity API); returns the count before it. */
export async function sayInLocale(session: Session, text: string, locale: string): Promise<number> {
  const before = await botMessageCount(session.page);
  await sendMessageInLocale(session.playground, { text, locale });
  return before;
}

/** The inputs a form's Send carries, as the page sends them: each given choice's value; every checklist toggle "true" or "false". */
function formInputs(question: Exclude<QuestionOnPage, { kind: 'fact' }>, answered: readonly FactKey[], facts: Partial<TenantFacts>): Record<string, string> {
  if (question.kind === 'checklist') return Object.fromEntries(question.facts.map((fact) => [fact, facts[fact] ? BOOLEAN_VALUES.yes : BOOLEAN_VALUES.no]));
  return Object.fromEntries(answered.map((fact) => [fact, String(facts[fact])]));
}

/**
 * Answers every question card the bot shows from `facts`, each click sent with `locale`, until
 * the newest card is no question: a fact alone, the choices card (what the journey does not give
 * left empty), the checklist ("None of these" when nothing applies). Returns the facts asked and
 * how many answers it took.
 */
export async function answerQuestionsInLocale(
  session: Session,
  facts: Partial<TenantFacts>,
  { language, locale, maxQuestions = 20 }: { language: Language; locale: string; maxQuestions?: number },
): Promise<IntakeOnPage> {
  const { ui, intake } = messagesFor(language);
  const asked: FactKey[] = [];
  for (let answers = 0; answers < maxQuestions; answers += 1) {
    const card = await newestCard(session);
    const question = card ? questionOnCard(card, language) : undefined;
    if (!question) return { asked, answers };
    let before: number;
    if (question.kind === 'fact') {
      const { fact } = question;
      const value = facts[fact];
      if (value === undefined) throw new Error(`the bot asked about ${fact}, which this journey does not give`);
      const kind = FACTS[fact].kind;
      before =
        kind === 'plan' || kind === 'count'
          ? await clickInLocale(session, ui.buttons.submit, { locale, inputs: { value: String(value) } })
          : await clickInLocale(session, answerTitle(language, fact, value), { locale });
      asked.push(fact);
    } else {
      const { answered, none } = formAnswer(question, facts);
      const send = question.kind === 'choices' ? intake.choices.send : intake.checklist.send;
      before = none
        ? await clickInLocale(session, intake.checklist.none, { locale })
        : await clickInLocale(session, send, { locale, inputs: formInputs(question, answered, facts) });
      asked.push(...answered);
    }
    await waitForReplyCard(session, before);
  }
  throw new Error(`still asking after ${maxQuestions} questions: ${asked.join(', ')}`);
}
