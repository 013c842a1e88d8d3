import { describe, expect, it } from 'vitest';
import { QUESTIONS, type QuestionTopicId } from '../../domain/index.js';
import { messagesFor, type Language } from '../../i18n/index.js';
import { buttonData, Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { answerQuestions, askedQuestion } from '../support/intake-driver.js';
import { CLEAR_E3 } from '../support/tenant-fixtures.js';

const LOCALES: Record<Language, string> = { en: 'en-US', it: 'it-IT' };

/** The questions admins type, one a topic the dialogs are tested with, in each language. */
const ASKED: Record<Language, Partial<Record<QuestionTopicId, string>>> = {
  en: {
    'how-long': 'How long does the upgrade take?',
    'users-impact': 'Will my users lose email during the change?',
    'credit-check': 'Will a credit check be required?',
    'going-back': 'Can I go back to my old plan afterwards?',
    'where-is-upgrade-tab': 'Where is the Upgrade tab?',
  },
  it: {
    'how-long': 'Quanto tempo ci vuole per il cambio di piano?',
    'users-impact': 'Gli utenti perderanno la posta durante il cambio?',
    'credit-check': 'Servirà una verifica del credito?',
    'going-back': 'Posso tornare al piano di prima dopo?',
    'where-is-upgrade-tab': 'Dov’è la scheda Aggiornamento?',
  },
};

function asked(language: Language, topic: QuestionTopicId): string {
  const text = ASKED[language][topic];
  if (!text) throw new Error(`no ${language} wording for ${topic}`);
  return text;
}

const cardTitles = (replies: Awaited<ReturnType<Chat['say']>>) => cardsOf(replies).map((card) => card.fallbackText);

describe.each(['en', 'it'] as const)('questions answered anywhere, in %s', (language) => {
  const messages = messagesFor(language);
  const answerTitle = (topic: QuestionTopicId) => messages.answers.title(messages.answers.topics[topic]);

  it.each(['how-long', 'users-impact', 'credit-check', 'going-back'] as const)('at the menu, %s: the answer with its sources, and nothing else', async (topic) => {
    const chat = new Chat({ locale: LOCALES[language] });
    const replies = await chat.say(asked(language, topic));
    expect(cardTitles(replies)).toEqual([answerTitle(topic)]);
    expect(textOf(replies)).toContain(messages.answers.answers[topic]);
    for (const source of QUESTIONS[topic].sources) expect(textOf(replies)).toContain(messages.sources[source]);
  });

  it('in the middle of the checklist: the answer, one line on where we were, and the checklist still waits', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    await chat.say(language === 'en' ? "I'm on Office 365 E3 with 120 users, bought by card, global admin, MOSA, we want Microsoft 365 E5" : 'Siamo su Office 365 E3 con 120 utenti, acquistato con carta, sono amministratore globale, account MOSA, vogliamo Microsoft 365 E5');
    const answer = await chat.say(asked(language, 'how-long'));
    expect(cardTitles(answer)).toEqual([answerTitle('how-long')]);
    expect(textOf(answer)).toContain(messages.answers.backTo(messages.answers.pendingCard({ kind: 'questions', answered: 0 })));
    const verdict = await chat.say(language === 'en' ? 'none of these' : 'nessuna di queste');
    expect(textOf(verdict)).toContain(messages.paths['upgrade-tab']);
  });

  it('at the verdict: the answer, and the verdict card is not sent again', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const start = await chat.say(language === 'en' ? 'Can I upgrade from Office 365 E3?' : 'Posso aggiornare da Office 365 E3?');
    await answerQuestions(chat, start, CLEAR_E3, { mode: 'click', language });
    const answer = await chat.say(asked(language, 'going-back'));
    expect(cardTitles(answer)).toEqual([answerTitle('going-back')]);
    expect(textOf(answer)).toContain(messages.answers.backTo(messages.answers.pendingCard({ kind: 'diagnosis', path: 'upgrade-tab' })));
    const steps = await chat.say(language === 'en' ? 'walk me through it' : 'guidami passo passo');
    expect(cardsOf(steps).flatMap(submitActions).some((action) => action.data?.['action'] === 'step')).toBe(true);
  });

  it('at the verdict, going back to a plan named in the question: the answer, and no fact changes', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const start = await chat.say(language === 'en' ? 'Can I upgrade from Office 365 E3?' : 'Posso aggiornare da Office 365 E3?');
    await answerQuestions(chat, start, CLEAR_E3, { mode: 'click', language });
    const answer = await chat.say(language === 'en' ? 'can we go back to E3 later?' : 'possiamo tornare a E3 dopo?');
    expect(cardTitles(answer)).toEqual([answerTitle('going-back')]);
    expect(textOf(answer)).not.toContain(messages.facts.targetPlan.label);
    expect(textOf(answer)).toContain(messages.answers.backTo(messages.answers.pendingCard({ kind: 'diagnosis', path: 'upgrade-tab' })));
  });

  it('on a step: the answer, and the step card is not sent again; Done still moves on', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const start = await chat.say(language === 'en' ? 'Can I upgrade from Office 365 E3?' : 'Posso aggiornare da Office 365 E3?');
    const { replies } = await answerQuestions(chat, start, CLEAR_E3, { mode: 'click', language });
    const first = await chat.click(buttonData(replies, messages.ui.buttons.startWalkthrough));
    const answer = await chat.say(asked(language, 'users-impact'));
    expect(cardTitles(answer)).toEqual([answerTitle('users-impact')]);
    expect(textOf(answer)).toContain(messages.steps['open-your-products'].title);
    const second = await chat.click(buttonData(first, messages.ui.buttons.done));
    expect(textOf(second)).toContain(messages.ui.walkthrough.stepOfTotal(2, 7));
  });

  it('"where is the Upgrade tab?" once the plan is known: today\'s answer alone, not the nine 2020 steps after it', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    await chat.say(language === 'en' ? "We're on Office 365 E3" : 'Siamo su Office 365 E3');
    const answer = await chat.say(asked(language, 'where-is-upgrade-tab'));
    expect(cardTitles(answer)).toEqual([answerTitle('where-is-upgrade-tab')]);
  });

  it('a question that states facts: the answer, and the facts are kept for the journey and said back', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const answer = await chat.say(language === 'en' ? "We're on Office 365 E3 with 300 users. How long does the upgrade take?" : 'Siamo su Office 365 E3 con 300 utenti. Quanto tempo ci vuole per il cambio di piano?');
    expect(cardTitles(answer)).toEqual([answerTitle('how-long')]);
    expect(textOf(answer)).toContain(`${messages.facts.licensedUsers.label}: 300`);
    const journey = await chat.click({ action: 'menu', choice: 'can-i-upgrade' });
    expect(askedQuestion(journey)?.facts).not.toContain('currentPlan');
  });

  it('a request for a journey that names a topic starts the journey', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const replies = await chat.say(language === 'en' ? 'Can I upgrade if I have an add-on?' : 'Posso aggiornare il piano se ho un componente aggiuntivo?');
    expect(cardTitles(replies)).not.toContain(answerTitle('add-ons'));
    expect(askedQuestion(replies)?.facts[0]).toBe('currentPlan');
  });

  it('what it cannot read at the menu gets an honest answer and what it can do', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const replies = await chat.say(language === 'en' ? 'the weather is nice today' : 'oggi il tempo è bello');
    expect(textOf(replies)).toContain(messages.answers.notUnderstood);
    expect(cardsOf(replies).flatMap(submitActions).some((action) => action.data?.['action'] === 'menu')).toBe(true);
  });
});
