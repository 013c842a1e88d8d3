import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { comparablePlanNames } from '../../cards/index.js';
import type { PlanId, QuestionTopicId } from '../../domain/index.js';
import { messagesFor, planName, type Language, type Messages } from '../../i18n/index.js';
import { buttonData, Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { answerQuestions, askedQuestion } from '../support/intake-driver.js';
import { CLEAR_E3 } from '../support/tenant-fixtures.js';

const LOCALES: Record<Language, string> = { en: 'en-US', it: 'it-IT' };

/** What the bot should answer: a topic's card, a comparison's card, or a sentence saying why it cannot compare. */
type Expected =
  | { topic: QuestionTopicId }
  | { compare: [PlanId, PlanId] }
  | { refuses: 'same-plan' | 'unknown-plan' };

interface Asked {
  en: string;
  it: string;
  expected: Expected;
}

/**
 * Every question of issue 24, ten more from the research notes, and comparisons as admins type
 * them, some misspelt, in English and Italian.
 */
const QUESTIONS: Asked[] = [
  { en: "We're on an annual plan: can we downgrade mid-term?", it: 'Siamo su un piano annuale: possiamo fare il downgrade a metà periodo?', expected: { topic: 'mid-term-downgrade' } },
  { en: 'Is it 72 hours or 7 days to cancle?', it: 'Sono 72 ore o 7 giorni per annullare?', expected: { topic: 'cancel-window' } },
  { en: 'Can I undo the upgrade?', it: "Posso annullare l'aggiornamento?", expected: { topic: 'going-back' } },
  { en: 'Upgrade now or at renewal?', it: 'Aggiornare subito o al rinnovo?', expected: { topic: 'upgrade-timing' } },
  { en: 'Can I upgrade only some of my usres?', it: 'Posso aggiornare solo alcuni utenti?', expected: { topic: 'partial-upgrade' } },
  { en: 'Monthly or annual term: what changes?', it: 'Impegno mensile o annuale: cosa cambia?', expected: { topic: 'term-length' } },
  { en: 'E3 → E5 mid-term: how is it billed, does the end date change?', it: 'Da E3 a E5 a metà periodo: come viene fatturato, la data di scadenza cambia?', expected: { topic: 'mid-term-upgrade' } },
  { en: 'Which plans qualify for Microsoft 365 Copilot?', it: 'Quali piani sono idonei per Microsoft 365 Copilot?', expected: { topic: 'copilot' } },
  { en: 'How do I trun the trial into a paid plan?', it: 'Come faccio a convertire la prova in un piano a pagamento?', expected: { topic: 'trial-to-paid' } },
  { en: 'We renewed to Microsoft 365 E3 but users still have the old license', it: 'Abbiamo rinnovato a Microsoft 365 E3 ma gli utenti hanno ancora la vecchia licenza', expected: { topic: 'renewed-new-sku' } },
  { en: 'Our nonprofit grant ended: what now?', it: 'La nostra donazione non profit è finita: e adesso?', expected: { topic: 'nonprofit-grant' } },
  { en: 'can I remove licenses while upgrading?', it: "posso rimuovere licenze durante l'aggiornamento?", expected: { topic: 'remove-licenses' } },
  { en: 'will users lose mail during the change?', it: 'gli utenti perdono la posta durante il cmabio?', expected: { topic: 'users-impact' } },
  // Ten more, from the research notes (2026-12, section 3) and the pages read for this issue.
  { en: 'if we add seats mid-term can we remove them later?', it: 'se aggiungiamo licenze possiamo toglierle dopo?', expected: { topic: 'add-licenses-mid-term' } },
  { en: 'can we switch to monthly billing instead?', it: 'possiamo passare alla fatturazione mensile?', expected: { topic: 'billing-frequency' } },
  { en: 'how do I turn off auto-renew?', it: 'come disattivo il rinnovo automatico?', expected: { topic: 'stop-renewal' } },
  { en: 'what happens to our data after we cancel the old plan?', it: 'cosa succede ai dati dopo che annulliamo il vecchio piano?', expected: { topic: 'data-after-cancel' } },
  { en: 'can a different partner do the upgrade?', it: 'un altro partner può fare il cambio?', expected: { topic: 'other-partner' } },
  { en: 'what happens when the trial ends?', it: 'cosa succede quando la prova scade?', expected: { topic: 'trial-ends' } },
  { en: 'do we lose Teams if we move to E5?', it: 'perdiamo Teams se passiamo a E5?', expected: { topic: 'teams-suites' } },
  { en: 'we hit 300 users on Business Premium, what now?', it: 'abbiamo superato i 300 utenti su Business Premium, che facciamo?', expected: { topic: 'business-user-cap' } },
  { en: 'why are the buttons turned off? it says end of sale', it: 'il prodotto è a fine vendita, cosa posso fare?', expected: { topic: 'end-of-sale' } },
  { en: 'how do I swap licenses for hundreds of users at once?', it: 'come sostituisco le licenze di centinaia di utenti insieme?', expected: { topic: 'bulk-license-swap' } },
  { en: 'how do we move from Office 365 E3 to Business Premium?', it: 'come passiamo da Office 365 E3 a Business Premium?', expected: { topic: 'enterprise-to-business' } },
  // Comparisons, and what it says when it cannot compare.
  { en: 'What do I lose going from E3 to E1?', it: 'Cosa perdo passando da E3 a E1?', expected: { compare: ['o365-enterprise-e3', 'o365-enterprise-e1'] } },
  { en: 'Microsoft 365 E3 vs Microsoft 365 E5', it: 'Microsoft 365 E3 vs Microsoft 365 E5', expected: { compare: ['m365-e3', 'm365-e5'] } },
  { en: 'is Business Premium enough or do we need E3?', it: 'Business Premium basta o serve E3?', expected: { compare: ['m365-business-premium', 'o365-enterprise-e3'] } },
  { en: 'what do we gain going to E5 from E3?', it: 'cosa guadagniamo passando a E5 da E3?', expected: { compare: ['o365-enterprise-e3', 'o365-e5'] } },
  { en: 'E3 vs E3?', it: 'differenza tra E3 e E3?', expected: { refuses: 'same-plan' } },
  { en: 'what do I lose going from E3 to E9?', it: 'cosa perdo passando da E3 a E9?', expected: { refuses: 'unknown-plan' } },
];

/** What the admin reads that shows the question was answered as expected. */
function answerShows(language: Language, expected: Expected): string {
  const messages: Messages = messagesFor(language);
  if ('topic' in expected) return messages.answers.title(messages.answers.topics[expected.topic]);
  if ('compare' in expected) return messages.answers.comparison.heading(planName(messages, expected.compare[0]), planName(messages, expected.compare[1]));
  if (expected.refuses === 'same-plan') return messages.answers.comparison.samePlan(planName(messages, 'o365-enterprise-e3'));
  return messages.answers.comparison.canCompare(comparablePlanNames(language));
}

/** What the conversation knows about the tenant and where its walkthrough is, as stored. */
async function remembered(chat: Chat): Promise<unknown> {
  const key = 'test/conversations/conversation-1';
  const stored = (await chat.storage.read([key]))[key] as { conversationData?: { facts?: unknown; walkthrough?: { facts: unknown; stepIndex: number } } } | undefined;
  const data = stored?.conversationData;
  return { facts: data?.facts, walkthroughFacts: data?.walkthrough?.facts, stepIndex: data?.walkthrough?.stepIndex };
}

type Moment = 'at the start' | 'mid-intake' | 'at the verdict' | 'on a walkthrough step';

/** A conversation brought to the moment, and the line that says where the admin was (none at the start). */
async function bringTo(moment: Moment, language: Language): Promise<{ chat: Chat; backTo?: string; replies: Partial<Activity>[] }> {
  const messages = messagesFor(language);
  const chat = new Chat({ locale: LOCALES[language] });
  if (moment === 'at the start') return { chat, replies: [] };
  const start = await chat.say(language === 'en' ? 'Can I upgrade from Office 365 E3?' : 'Posso aggiornare da Office 365 E3?');
  if (moment === 'mid-intake') {
    return { chat, replies: start, backTo: messages.answers.backTo(messages.answers.pendingCard({ kind: 'questions', answered: 0 })) };
  }
  const { replies } = await answerQuestions(chat, start, CLEAR_E3, { mode: 'click', language });
  if (moment === 'at the verdict') return { chat, replies, backTo: messages.answers.backTo(messages.answers.pendingCard({ kind: 'diagnosis', path: 'upgrade-tab' })) };
  const step = await chat.click(buttonData(replies, messages.ui.buttons.startWalkthrough));
  return { chat, replies: step, backTo: messages.steps['open-your-products'].title };
}

const MOMENTS: Moment[] = ['at the start', 'mid-intake', 'at the verdict', 'on a walkthrough step'];

describe.each(['en', 'it'] as const)('the commercial questions, in %s', (language) => {

  it.each(MOMENTS)('%s: every question answered, the facts and the journey untouched', async (moment) => {
    const { chat, backTo } = await bringTo(moment, language);
    for (const question of QUESTIONS) {
      const text = question[language];
      const before = await remembered(chat);
      const replies = await chat.say(text);
      const read = textOf(replies);
      expect(read, text).toContain(answerShows(language, question.expected));
      if (backTo !== undefined) expect(read, text).toContain(backTo);
      // No question card, verdict or step card sent again: the admin goes on where they were.
      expect(askedQuestion(replies), text).toBeUndefined();
      expect(cardsOf(replies).flatMap(submitActions).filter((action) => action.data?.['action'] === 'step'), text).toEqual([]);
      expect(await remembered(chat), text).toEqual(before);
    }
  });
});

describe.each(['en', 'it'] as const)('after the questions, the journey goes on, in %s', (language) => {
  const messages = messagesFor(language);

  it('mid-walkthrough, "what do I lose going from E3 to E1?" is answered, and Done on the step card still moves to step 2', async () => {
    const { chat, replies: step } = await bringTo('on a walkthrough step', language);
    const answer = await chat.say(language === 'en' ? 'What do I lose going from E3 to E1?' : 'Cosa perdo passando da E3 a E1?');
    expect(textOf(answer)).toContain(messages.answers.comparison.heading(planName(messages, 'o365-enterprise-e3'), planName(messages, 'o365-enterprise-e1')));
    const next = await chat.click(buttonData(step, messages.ui.buttons.done));
    expect(textOf(next)).toContain(messages.ui.walkthrough.stepOfTotal(2, 7));
  });
});
