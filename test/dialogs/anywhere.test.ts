import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../i18n/index.js';
import { Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { askedFact, askedQuestion } from '../support/intake-driver.js';

const menuChoices = (replies: Awaited<ReturnType<Chat['say']>>) =>
  cardsOf(replies)
    .flatMap(submitActions)
    .filter((action) => action.data?.['action'] === 'menu')
    .map((action) => action.data?.['choice']);

describe('welcome', () => {
  it('greets once with the menu, though Teams sends both installationUpdate and conversationUpdate', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const installed = await chat.installs();
    expect(textOf(installed)).toContain(messages.ui.welcome);
    expect(menuChoices(installed)).toEqual(['can-i-upgrade', 'why-no-upgrade-tab', 'walkthrough-auto', 'walkthrough-manual', 'triage']);
    expect(await chat.joins()).toEqual([]);
  });

  // Microsoft 365 Copilot Chat marks its turns with channelData.productContext "COPILOT": one line, no menu card.
  it.each([
    ['en-US', 'en', { productContext: 'COPILOT' }, 'welcomeInCopilot'],
    ['it-IT', 'it', { productContext: 'COPILOT' }, 'welcomeInCopilot'],
    ['en-US', 'en', { productContext: 'TEAMS' }, 'welcome'],
    ['en-US', 'en', undefined, 'welcome'],
  ] as const)('in %s with channelData %o greets with %s', async (locale, language, channelData, greeting) => {
    const chat = new Chat({ locale, channelId: 'msteams' });
    const replies = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'Admin' }], ...(channelData ? { channelData } : {}) });
    expect(textOf(replies)).toContain(messagesFor(language).ui[greeting]);
    expect(menuChoices(replies)).toEqual(greeting === 'welcome' ? ['can-i-upgrade', 'why-no-upgrade-tab', 'walkthrough-auto', 'walkthrough-manual', 'triage'] : []);
    if (greeting === 'welcomeInCopilot') expect(replies).toHaveLength(1);
  });

  it('says nothing when only the bot itself joined', async () => {
    const chat = new Chat();
    expect(await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } })).toEqual([]);
  });

  it.each([
    ['it-IT', 'it'],
    ['it', 'it'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
  ] as const)('locale %s is greeted in %s', async (locale, language) => {
    const chat = new Chat({ locale });
    expect(textOf(await chat.joins())).toContain(messagesFor(language).ui.welcome);
  });

  it.each(['hi', 'ciao', 'menu'])('"%s" shows the menu', async (text) => {
    expect(menuChoices(await new Chat().say(text))).toContain('can-i-upgrade');
  });

  it('something it does not understand gets a short answer and the menu', async () => {
    const replies = await new Chat().say('the weather is nice');
    expect(textOf(replies)).toContain(messagesFor('en').answers.notUnderstood);
    expect(menuChoices(replies)).toContain('can-i-upgrade');
  });
});

describe('anywhere, in the middle of a question', () => {
  it('help answers and asks the same question again', async () => {
    const chat = new Chat();
    await chat.say('Can I upgrade from Enterprise E3?');
    const replies = await chat.say('help');
    expect(textOf(replies)).toContain(messagesFor('en').ui.help);
    expect(askedQuestion(replies)?.facts[0]).toBe('purchaseChannel');
  });

  it('"where was I" tells the progress and asks again', async () => {
    const chat = new Chat();
    await chat.say('Can I upgrade from Enterprise E3?');
    const replies = await chat.say('where was I?');
    expect(textOf(replies)).toContain(messagesFor('en').ui.whereWasI({ kind: 'questions', answered: 1, nextFact: 'purchaseChannel' }));
    expect(askedQuestion(replies)?.facts[0]).toBe('purchaseChannel');
  });

  it('"where was I" at the diagnosis and with nothing going on', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    await chat.say('We are on E3, bought through a partner');
    expect(textOf(await chat.say('where was I'))).toContain(messages.ui.whereWasI({ kind: 'diagnosis', path: 'contact-partner' }));
    await chat.say('cancel');
    expect(textOf(await chat.say('where was I'))).toContain(messages.ui.whereWasI({ kind: 'nothing' }));
  });

  it('cancel stops; start over also forgets the facts', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    await chat.say('Can I upgrade from Enterprise E3?');
    expect(textOf(await chat.say('cancel'))).toContain(messages.ui.cancelled);
    // The facts survive a cancel: the next journey does not ask the plan again.
    expect(askedQuestion(await chat.click({ action: 'menu', choice: 'can-i-upgrade' }))?.facts[0]).toBe('purchaseChannel');
    const restarted = await chat.say('start over');
    expect(textOf(restarted)).toContain(messages.ui.startedOver);
    expect(askedFact(await chat.click({ action: 'menu', choice: 'can-i-upgrade' }))).toBe('currentPlan');
  });

  it('a menu click in the middle of a question starts that journey', async () => {
    const chat = new Chat();
    await chat.say('Can I upgrade from Enterprise E3?');
    const replies = await chat.click({ action: 'menu', choice: 'triage' });
    expect(cardsOf(replies).flatMap(submitActions).map((action) => action.data?.['action'])).toContain('triage-form');
  });

  it('"italiano" switches the language at once, asks again in Italian, and is remembered', async () => {
    const italian = messagesFor('it');
    const chat = new Chat({ locale: 'en-US' });
    await chat.say('Can I upgrade from Enterprise E3?');
    const replies = await chat.say('italiano');
    expect(textOf(replies)).toContain(italian.ui.languageSwitched);
    expect(textOf(replies)).toContain(italian.facts.purchaseChannel.question);
    // Another conversation of the same user, still with an English locale: Italian.
    const later = chat.restarted({ conversationId: 'conversation-2' });
    expect(textOf(await later.joins())).toContain(italian.ui.welcome);
    const back = await later.say('english');
    expect(textOf(back)).toContain(messagesFor('en').ui.languageSwitched);
  });

  it('saves a user profile only once the user has chosen a language', async () => {
    const chat = new Chat({ locale: 'en-US', userId: 'user-without-choice' });
    const userKey = 'test/users/user-without-choice/';
    await chat.say('Can I upgrade from Enterprise E3?');
    expect(await chat.storage.read([userKey])).toEqual({});
    await chat.say('italiano');
    expect((await chat.storage.read([userKey]))[userKey]).toMatchObject({ userProfile: { language: 'it' } });
  });

  it('"my cases" in the middle of a question lists them and asks again', async () => {
    const chat = new Chat();
    await chat.say('Can I upgrade from Enterprise E3?');
    const replies = await chat.say('my cases');
    expect(textOf(replies)).toContain(messagesFor('en').desk.list.empty);
    expect(askedQuestion(replies)?.facts[0]).toBe('purchaseChannel');
  });

  it('in a team, a message that mentions the bot reads without the mention', async () => {
    const chat = new Chat();
    const replies = await chat.send({
      type: 'message',
      text: '<at>Upgrade Assistant</at> help',
      recipient: { id: 'bot', name: 'Upgrade Assistant' },
      entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Upgrade Assistant' }, text: '<at>Upgrade Assistant</at>' }],
    });
    expect(textOf(replies)).toContain(messagesFor('en').ui.help);
  });
});

/** Typed words it cannot read get one line under the card still on screen; the question still waits for its answer. */
async function expectOneLineAndStillAsked(chat: Chat, answer: Awaited<ReturnType<Chat['say']>>, explanation: string, fact: string) {
  expect(textOf(answer)).toContain(explanation);
  expect(cardsOf(answer)).toEqual([]);
  expect(textOf(await chat.say('where was I'))).toBeTruthy();
  expect(askedQuestion(await chat.say('help'))?.facts[0]).toBe(fact);
}

describe('bad input gets a clear message, and the question waits', () => {
  const messages = messagesFor('en');

  it('an unknown plan, typed', async () => {
    const chat = new Chat();
    await chat.click({ action: 'menu', choice: 'can-i-upgrade' });
    await expectOneLineAndStillAsked(chat, await chat.say('banana'), messages.ui.reprompt.notAPlan, 'currentPlan');
  });

  it.each([
    ['a plan id that does not exist', 'currentPlan', { value: { action: 'answer', fact: 'currentPlan', value: 'o365-enterprise-e9' } }, messages.ui.invalidSubmit],
    ['a submit with a missing field', 'currentPlan', { value: { action: 'answer' } }, messages.ui.invalidSubmit],
    ['a value that is not an object', 'currentPlan', { value: 'click' }, messages.ui.invalidSubmit],
    ['an old card for another question', 'currentPlan', { value: { action: 'answer', fact: 'trial', value: 'true' } }, messages.ui.staleCard],
  ] as const)('%s', async (_name, fact, input, explanation) => {
    const chat = new Chat();
    await chat.click({ action: 'menu', choice: 'can-i-upgrade' });
    // A click that is not an answer to this card: the card again, since the one clicked may not be it.
    const replies = await chat.click(input.value as Record<string, unknown>);
    expect(textOf(replies)).toContain(explanation);
    expect(askedFact(replies)).toBe(fact);
  });

  it.each([
    ['licensedUsers', 'lots', messages.ui.reprompt.notANumber],
    ['licensedUsers', '-5', messages.ui.reprompt.negativeNumber],
    ['purchaseChannel', 'by carrier pigeon', messages.intake.choices.pickOne],
  ] as const)('%s answered "%s"', async (fact, text, explanation) => {
    const chat = new Chat();
    let replies = await chat.say('Can I upgrade from Business Standard?');
    if (fact === 'licensedUsers') {
      replies = await chat.say('credit card');
      replies = await chat.say('Business Premium');
    }
    expect(askedQuestion(replies)?.facts[0]).toBe(fact);
    await expectOneLineAndStillAsked(chat, await chat.say(text), explanation, fact);
  });

  it.each(['maybe', 'yes'])('a checklist answered "%s" names none of its facts: which ones?', async (text) => {
    const chat = new Chat();
    const replies = await chat.say('Can I upgrade from Small Business Premium? MOSA account, credit card, to Enterprise E3, 10 users');
    expect(askedQuestion(replies)).toMatchObject({ form: true, facts: expect.arrayContaining(['customDomain', 'trial']) });
    await expectOneLineAndStillAsked(chat, await chat.say(text), messages.intake.checklist.whichOnes, 'customDomain');
  });

  it('a checklist answered only with a no keeps the rest open; a yes/no alone answered with neither is asked again', async () => {
    const chat = new Chat();
    await chat.say(
      'Small Business Premium to Enterprise E3, by card, 10 users, MOSA, not a trial, no add-ons, no credit check pending, no plan change running, ' +
        'no unpaid balance, no duplicate subscriptions, no service issues, provisioning complete, not a nonprofit, no more users than licenses, the billing account is active',
    );
    const replies = await chat.say('no custom domain');
    expect(askedFact(replies)).toBe('notCurrentlyEligible');
    await expectOneLineAndStillAsked(chat, await chat.say('maybe'), messages.ui.reprompt.notYesNo, 'notCurrentlyEligible');
  });
});

describe('the diagnosis card is the question', () => {
  it('a language switch at the diagnosis redraws the card in the new language', async () => {
    const italian = messagesFor('it');
    const chat = new Chat();
    await chat.say('We are on E3, bought through a partner');
    const replies = await chat.say('italiano');
    expect(textOf(replies)).toContain(italian.reasons['purchased-through-partner'].title);
    expect(cardsOf(replies).flatMap(submitActions).map((action) => action.data?.['choice'])).toEqual(['recheck', 'start-over']);
  });
});
