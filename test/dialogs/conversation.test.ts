import { describe, expect, it } from 'vitest';
import { CURRENT_ADMIN_CENTER_MESSAGE_IDS, FACTS, type TenantFacts } from '../../domain/index.js';
import { messagesFor, type Language } from '../../i18n/index.js';
import { buttonData, Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { answerQuestions, askedFact, askedQuestion } from '../support/intake-driver.js';
import { CLEAR_E3 } from '../support/tenant-fixtures.js';

const LOCALES: Record<Language, string> = { en: 'en-US', it: 'it-IT' };

/** What each test types, in each language. */
const SAID = {
  en: {
    e4Admin: "I'm on Office 365 E4 with 120 users, we pay by invoice, I'm the global admin and we want Microsoft 365 E5",
    canI: 'Can I upgrade?',
    e3Start: "We're on Office 365 E3 with 120 users, bought by card",
    wantedWithUsers: 'Microsoft 365 E5, and we have 350 users now',
    trial: "it's a trial",
    pasted: 'The page says: You have more users than licenses.',
    whatIf: 'what if we had an add-on?',
    walk: 'walk me through it',
    checkAgain: 'check again',
    checkAgainWith: 'check again with 250 users and an add-on',
    yes: 'yes',
  },
  it: {
    e4Admin: 'Siamo su Office 365 E4 con 120 utenti, paghiamo con fattura, sono amministratore globale e vogliamo passare a Microsoft 365 E5',
    canI: 'Posso aggiornare il piano?',
    e3Start: 'Siamo su Office 365 E3 con 120 utenti, acquistato con carta di credito',
    wantedWithUsers: 'Microsoft 365 E5, e ora abbiamo 350 utenti',
    trial: 'è una versione di prova',
    pasted: 'Il messaggio dice: Si dispone di più utenti che licenze.',
    whatIf: 'e se avessimo un componente aggiuntivo?',
    walk: 'guidami passo passo',
    checkAgain: 'ricontrolla',
    checkAgainWith: 'ricontrolla con 250 utenti e un componente aggiuntivo',
    yes: 'sì',
  },
} as const;

const verdictButtons = (replies: Awaited<ReturnType<Chat['say']>>) =>
  cardsOf(replies)
    .flatMap(submitActions)
    .filter((action) => action.data?.['action'] === 'diagnosis')
    .map((action) => action.data?.['choice']);

/** E3 to Microsoft 365 E5, everything answered, nothing in the way: the verdict is on screen. */
async function atTheVerdict(language: Language): Promise<Chat> {
  const chat = new Chat({ locale: LOCALES[language] });
  const start = await chat.say(SAID[language].e3Start);
  const { replies } = await answerQuestions(chat, start, { ...CLEAR_E3, targetPlan: 'm365-e5', licensedUsers: 120 }, { mode: 'click', language });
  expect(verdictButtons(replies)).toContain('recheck');
  return chat;
}

describe.each(['en', 'it'] as const)('a conversation that asks little, in %s', (language) => {
  const messages = messagesFor(language);

  it('the E4 admin who says everything at once has the verdict after two more answers', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const first = await chat.say(SAID[language].e4Admin);
    // The plan, the wanted plan, the users, the purchase and the role were read: only the account and the checklist are left.
    expect(askedFact(first)).toBe('billingAccountType');
    expect(textOf(first)).toContain(messages.intake.questionsLeft(2));
    const run = await answerQuestions(chat, first, { ...CLEAR_E3, currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e5' }, { mode: 'click', language });
    expect(run.turns).toBe(2);
    expect(verdictButtons(run.replies)).toContain('start-walkthrough');
  });

  it('"Can I upgrade?" reaches the verdict within five answers, clicked or typed', async () => {
    for (const mode of ['click', 'type'] as const) {
      const chat = new Chat({ locale: LOCALES[language] });
      const run = await answerQuestions(chat, await chat.say(SAID[language].canI), CLEAR_E3, { mode, language });
      expect(run.turns, mode).toBeLessThanOrEqual(5);
      expect(textOf(run.replies)).toContain(messages.paths['upgrade-tab']);
    }
  });

  it('the open yes/no facts come as one checklist; "None of these" answers them all', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    await chat.say(SAID[language].e4Admin);
    const checklist = await chat.click({ action: 'answer', fact: 'billingAccountType', value: 'mosa' });
    const question = askedQuestion(checklist);
    expect(question?.form).toBe(true);
    expect(question?.facts.every((fact) => FACTS[fact].kind === 'boolean')).toBe(true);
    expect(question?.facts.length).toBeGreaterThan(5);
    expect(textOf(checklist)).toContain(messages.intake.checklist.statements.trial);
    const verdict = await chat.click(buttonData(checklist, messages.intake.checklist.none));
    expect(verdictButtons(verdict)).toContain('start-walkthrough');
  });

  it('a checklist answered by naming what applies: that is a yes, the rest a no, and it is said back', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    await chat.say(SAID[language].e4Admin);
    await chat.click({ action: 'answer', fact: 'billingAccountType', value: 'mosa' });
    const verdict = await chat.say(SAID[language].trial);
    expect(textOf(verdict)).toContain(messages.intake.noted([`${messages.facts.trial.label}: ${messages.ui.buttons.yes}`]).slice(0, -1));
    expect(textOf(verdict)).toContain(messages.intake.othersDoNotApply);
    expect(textOf(verdict)).toContain(messages.reasons['trial-subscription'].title);
  });

  it('"I am not sure" on the checklist leaves its facts unknown, and the verdict says what could change it', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    await chat.say(SAID[language].e4Admin);
    const checklist = await chat.click({ action: 'answer', fact: 'billingAccountType', value: 'mosa' });
    const verdict = await chat.click(buttonData(checklist, messages.intake.checklist.notSure));
    expect(textOf(verdict)).toContain(messages.facts.trial.label);
    expect(verdictButtons(verdict)).toContain('recheck');
  });

  it('a fact given out of turn is kept and said back', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const wanted = await chat.say(SAID[language].e3Start.replace(/ (with|con) 120 (users|utenti)/, ''));
    expect(askedFact(wanted)).toBe('targetPlan');
    const next = await chat.say(SAID[language].wantedWithUsers);
    expect(textOf(next)).toContain(`${messages.facts.licensedUsers.label}: 350`);
    expect(askedQuestion(next)?.facts).not.toContain('licensedUsers');
  });

  it('a fact that contradicts an earlier answer is asked about, not overwritten; either answer is kept as chosen', async () => {
    for (const keepNew of [true, false]) {
      const chat = new Chat({ locale: LOCALES[language] });
      await chat.say(SAID[language].e3Start);
      const conflict = await chat.say(SAID[language].wantedWithUsers);
      expect(textOf(conflict)).toContain(messages.intake.conflict.title);
      expect(textOf(conflict)).toContain(messages.intake.conflict.line(messages.facts.licensedUsers.label, '120', '350'));
      const after = await chat.click(buttonData(conflict, keepNew ? messages.intake.conflict.useNew : messages.intake.conflict.keepBefore));
      if (!keepNew) expect(textOf(after)).toContain(messages.intake.conflict.keptBefore);
      expect(textOf(await chat.say(language === 'en' ? 'where was I' : 'dove eravamo'))).toBeTruthy();
      const facts = (await chat.storage.read(['test/conversations/conversation-1/']))['test/conversations/conversation-1/'] as { conversationData?: { facts?: Partial<TenantFacts> } };
      expect(facts.conversationData?.facts?.licensedUsers).toBe(keepNew ? 350 : 120);
    }
  });

  it('"why can\'t I?" offers today\'s admin-center messages; one picked states its facts', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const page = await chat.click({ action: 'menu', choice: 'why-no-upgrade-tab' });
    expect(textOf(page)).toContain(messages.intake.pageSays.title);
    const offered = cardsOf(page).flatMap(submitActions).map((action) => action.data?.['message']);
    expect(offered).toEqual([...CURRENT_ADMIN_CENTER_MESSAGE_IDS]);
    const next = await chat.click({ action: 'page-says', message: 'has-add-on' });
    const run = await answerQuestions(chat, next, { ...CLEAR_E3, hasAddOn: true }, { mode: 'click', language });
    expect(run.asked).not.toContain('hasAddOn');
    expect(textOf(run.replies)).toContain(messages.reasons['add-on-present'].title);
  });

  it('a message pasted from the admin center is recognised and said so', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    await chat.click({ action: 'menu', choice: 'why-no-upgrade-tab' });
    const next = await chat.say(SAID[language].pasted);
    expect(textOf(next)).toContain(messages.intake.pageSays.recognised(messages.intake.pageSays.messages['more-users-than-licenses']));
    const run = await answerQuestions(chat, next, CLEAR_E3, { mode: 'click', language });
    expect(run.asked).not.toContain('moreUsersThanLicenses');
    expect(textOf(run.replies)).toContain(messages.reasons['license-conflict'].title);
  });

  it('a message pasted from the admin center as the first words is recognised and said so too', async () => {
    const chat = new Chat({ locale: LOCALES[language] });
    const first = await chat.say(SAID[language].pasted);
    expect(textOf(first)).toContain(messages.intake.pageSays.recognised(messages.intake.pageSays.messages['more-users-than-licenses']));
    const run = await answerQuestions(chat, first, CLEAR_E3, { mode: 'click', language });
    expect(run.asked).not.toContain('moreUsersThanLicenses');
    expect(textOf(run.replies)).toContain(messages.reasons['license-conflict'].title);
  });
});

describe.each(['en', 'it'] as const)('after the verdict, typed follow-ups, in %s', (language) => {
  const messages = messagesFor(language);

  it('"what if …?" answers on the side with a card that moves nothing; the verdict stays', async () => {
    const chat = await atTheVerdict(language);
    const whatIf = await chat.say(SAID[language].whatIf);
    expect(textOf(whatIf)).toContain(messages.intake.whatIf.supposing([`${messages.facts.hasAddOn.label}: ${messages.ui.buttons.yes}`]));
    expect(textOf(whatIf)).toContain(messages.reasons['add-on-present'].title);
    expect(verdictButtons(whatIf)).toEqual([]);
    expect(cardsOf(whatIf)).toHaveLength(1);
    // Nothing was kept: the walkthrough still starts from the real answers.
    const steps = await chat.say(SAID[language].walk);
    expect(cardsOf(steps).flatMap(submitActions).some((action) => action.data?.['action'] === 'step')).toBe(true);
  });

  it('"check again" with nothing that could have changed says so, without the card again', async () => {
    const chat = await atTheVerdict(language);
    const again = await chat.say(SAID[language].checkAgain);
    expect(textOf(again)).toContain(messages.intake.nothingToRecheck);
    expect(cardsOf(again)).toEqual([]);
  });

  it('"check again with …" keeps the new facts and shows the new verdict', async () => {
    const chat = await atTheVerdict(language);
    const updated = await chat.say(SAID[language].checkAgainWith);
    expect(textOf(updated)).toContain(messages.intake.updated([`${messages.facts.licensedUsers.label}: 250`, `${messages.facts.hasAddOn.label}: ${messages.ui.buttons.yes}`]));
    expect(textOf(updated)).toContain(messages.reasons['add-on-present'].title);
    // Check again now names the fact it asks again.
    const recheck = await chat.click(buttonData(updated, messages.ui.buttons.checkAgain));
    expect(textOf(recheck)).toContain(messages.intake.recheckAsks([messages.facts.hasAddOn.label]));
    expect(askedFact(recheck)).toBe('hasAddOn');
  });
});

describe.each(['en', 'it'] as const)('on a step, typed follow-ups, in %s', (language) => {
  const messages = messagesFor(language);

  async function onAStep(): Promise<Chat> {
    const chat = await atTheVerdict(language);
    const steps = await chat.say(SAID[language].walk);
    expect(cardsOf(steps).flatMap(submitActions).some((action) => action.data?.['action'] === 'step')).toBe(true);
    return chat;
  }

  it('what the step cannot read gets one line, not the step card again; a what-if gets its card', async () => {
    const chat = await onAStep();
    const unread = await chat.say(language === 'en' ? 'blah blah' : 'bla bla');
    expect(textOf(unread)).toContain(messages.ui.walkthrough.useButtons);
    expect(cardsOf(unread)).toEqual([]);
    const whatIf = await chat.say(SAID[language].whatIf);
    expect(textOf(whatIf)).toContain(messages.reasons['add-on-present'].title);
    expect(cardsOf(whatIf)).toHaveLength(1);
  });

  it('"check again with …" leaves the steps (kept for resume) for a new verdict with the new facts', async () => {
    const chat = await onAStep();
    const verdict = await chat.say(SAID[language].checkAgainWith);
    expect(textOf(verdict)).toContain(messages.intake.updated([`${messages.facts.licensedUsers.label}: 250`, `${messages.facts.hasAddOn.label}: ${messages.ui.buttons.yes}`]));
    expect(verdictButtons(verdict)).toContain('recheck');
    expect(textOf(verdict)).toContain(messages.reasons['add-on-present'].title);
    const resumed = await chat.say(language === 'en' ? 'resume' : 'riprendi');
    expect(cardsOf(resumed).flatMap(submitActions).some((action) => action.data?.['action'] === 'step')).toBe(true);
  });
});

describe('cards that read like a conversation', () => {
  it('in Teams, an answered question card shows the answer, with nothing left to click', async () => {
    const messages = messagesFor('en');
    const chat = new Chat({ channelId: 'msteams' });
    const plan = await chat.say('Can I upgrade?');
    const planCardId = plan.find((reply) => reply.attachments?.length)?.id;
    await chat.click({ action: 'answer', fact: 'currentPlan', value: 'o365-enterprise-e3' });
    const update = chat.adapter.updates.find((activity) => activity.id === planCardId);
    expect(update).toBeDefined();
    expect(textOf([update!])).toContain(messages.facts.currentPlan.question);
    expect(JSON.stringify(cardsOf([update!]))).toContain('Office 365 Enterprise E3');
    expect(cardsOf([update!]).flatMap(submitActions)).toEqual([]);
  });

  it('elsewhere, no card is updated', async () => {
    const chat = new Chat({ channelId: 'webchat' });
    await chat.say('Can I upgrade?');
    await chat.click({ action: 'answer', fact: 'currentPlan', value: 'o365-enterprise-e3' });
    expect(chat.adapter.updates).toEqual([]);
  });

  it('an old question card clicked again is refused with a short note, and the current question stays', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    await chat.say('Can I upgrade?');
    await chat.click({ action: 'answer', fact: 'currentPlan', value: 'o365-enterprise-e3' });
    const stale = await chat.click({ action: 'answer', fact: 'currentPlan', value: 'o365-enterprise-e1' });
    expect(textOf(stale)).toContain(messages.ui.staleCard);
    expect(askedQuestion(stale)?.facts).toContain('purchaseChannel');
  });
});
