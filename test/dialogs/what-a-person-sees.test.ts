import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { adminCenterLabel, SOURCES, type TenantFacts } from '../../domain/index.js';
import { messagesFor, planName, type Language } from '../../i18n/index.js';
import { Chat, buttonData, cardsOf, submitActions, textOf } from '../support/chat.js';
import { answerQuestions } from '../support/intake-driver.js';
import { CLEAR_E3 } from '../support/tenant-fixtures.js';

const LOCALE: Record<Language, string> = { en: 'en-US', it: 'it-IT' };

/** An admin with nothing in the way: Business Basic to Business Standard, bought by card on a MOSA account. */
const ALL_CLEAR: Partial<TenantFacts> = {
  ...CLEAR_E3,
  currentPlan: 'm365-business-basic',
  targetPlan: 'm365-business-standard',
  licensedUsers: 10,
  licensesPurchased: 10,
  licensesAssigned: 10,
};

/** The verdict for these facts, every question answered by clicking. */
async function verdict(chat: Chat, facts: Partial<TenantFacts>, language: Language, unknownIsFine = false): Promise<Partial<Activity>[]> {
  const first = await chat.click({ action: 'menu', choice: 'can-i-upgrade' });
  return (await answerQuestions(chat, first, facts, { mode: 'click', language, unknownIsFine })).replies;
}

const buttonTitles = (replies: Partial<Activity>[]) => cardsOf(replies).flatMap((card) => submitActions(card).map((action) => action.title));

describe.each(['en', 'it'] as const)('every verdict says where and from which source (%s)', (language) => {
  const messages = messagesFor(language);
  const { diagnosis } = messages.ui;

  it('an all-clear verdict names the admin-center place and its dated source', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    const text = textOf(await verdict(chat, ALL_CLEAR, language));
    expect(text).toContain(diagnosis.allClear);
    expect(text).toContain(diagnosis.placeTitle);
    expect(text).toContain(adminCenterLabel('view-upgrades', language));
    expect(text).toContain(`${diagnosis.sourcesTitle}\n[1] ${messages.sources['MSD-2024']}`);
    expect(messages.sources['MSD-2024']).toContain(SOURCES['MSD-2024'].date);
  });

  it('the what-if card has its place and sources, and no all-clear while answers are missing', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    // Only the plans known, every other answer "I don't know".
    await verdict(chat, { currentPlan: 'm365-business-basic', targetPlan: 'm365-business-standard' }, language, true);
    const whatIf = language === 'en' ? 'what if we had 250 users?' : 'e se avessimo 250 utenti?';
    const text = textOf(await chat.say(whatIf));
    expect(text).toContain(messages.intake.whatIf.notKept);
    expect(text).toContain(diagnosis.placeTitle);
    expect(text).toMatch(new RegExp(`${diagnosis.sourcesTitle}\\n\\[1\\] `));
    expect(text).not.toContain(diagnosis.allClear);
    expect(text).toContain(diagnosis.nothingKnownBlocks);
  });
});

/** The automatic walkthrough of the all-clear admin, on the step whose link can be greyed out (step 3 on MOSA). */
async function atViewUpgrades(chat: Chat, language: Language): Promise<Partial<Activity>[]> {
  const { buttons } = messagesFor(language).ui;
  await verdict(chat, ALL_CLEAR, language);
  let replies = await chat.click({ action: 'diagnosis', choice: 'start-walkthrough' });
  for (let step = 0; step < 2; step++) replies = await chat.click(buttonData(replies, buttons.done));
  return replies;
}

const stepTitle = (replies: Partial<Activity>[]) => cardsOf(replies).map((card) => card['fallbackText']);

describe.each([
  ['en', "it's greyed out"],
  ['en', 'the link is grayed out, I cannot click it'],
  ['it', 'è in grigio'],
  ['it', 'il collegamento è disattivato'],
  ['it', 'non riesco a cliccarlo'],
] as const)('a step that says "tell me if the link is greyed out" reads it (%s: "%s")', (language, typed) => {
  it('keeps the steps and asks what the admin center says', async () => {
    const messages = messagesFor(language);
    const chat = new Chat({ locale: LOCALE[language] });
    const step3 = await atViewUpgrades(chat, language);
    expect(textOf(step3)).toContain(messages.steps['view-upgrades'].title);
    const replies = await chat.say(typed);
    expect(textOf(replies)).toContain(messages.ui.walkthrough.linkUnavailable(3, 7));
    expect(textOf(replies)).toContain(messages.intake.pageSays.title);
    expect(textOf(replies)).not.toContain(messages.ui.walkthrough.useButtons);
    // A message picked: the verdict with what it states; the steps wait at step 3.
    const answer = await chat.click({ action: 'page-says', message: 'unpaid-balance' });
    expect(textOf(answer)).toContain(messages.reasons['unpaid-balance'].title);
    expect(textOf(await chat.say(language === 'en' ? 'resume' : 'riprendi'))).toContain(messages.ui.walkthrough.stepOfTotal(3, 7));
  });
});

describe.each(['en', 'it'] as const)('the step card in %s', (language) => {
  const messages = messagesFor(language);
  it('offers "It\'s greyed out" on the step that invites it, and the button does the same', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    const step3 = await atViewUpgrades(chat, language);
    const replies = await chat.click(buttonData(step3, messages.ui.buttons.greyedOut));
    expect(textOf(replies)).toContain(messages.intake.pageSays.title);
  });

  it('the step help points to what the card shows, not to a menu that is not on screen', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    const step3 = await atViewUpgrades(chat, language);
    const help = await chat.click(buttonData(step3, messages.ui.buttons.help));
    expect(textOf(help)).toContain(messages.ui.buttons.greyedOut);
    expect(textOf(help)).not.toContain(messages.ui.menu['why-no-upgrade-tab']);
    expect(cardsOf(help)).toEqual([]);
  });

  it('after Stop the step keeps no live buttons (Teams) and a Resume button brings it back', async () => {
    const chat = new Chat({ locale: LOCALE[language], channelId: 'msteams' });
    const step3 = await atViewUpgrades(chat, language);
    const stopped = await chat.click(buttonData(step3, messages.ui.buttons.stopForNow));
    const retired = chat.adapter.updates.at(-1);
    expect(retired && textOf([retired])).toContain(messages.ui.walkthrough.stepStopped);
    expect(retired && cardsOf([retired]).flatMap(submitActions)).toEqual([]);
    expect(buttonTitles(stopped)).toEqual([messages.ui.buttons.resume]);
    const resumed = await chat.click(buttonData(stopped, messages.ui.buttons.resume));
    expect(textOf(resumed)).toContain(messages.ui.walkthrough.stepOfTotal(3, 7));
  });

  it('today\'s steps carry no 2013/2020 notes and name a source only where it is new', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    const step3 = await atViewUpgrades(chat, language);
    expect(textOf(step3)).not.toContain(messages.notes['upgrade-tab-2020']);
    expect(textOf(step3)).not.toContain(messages.ui.walkthrough.source(messages.sources['MSD-2024']));
    expect(stepTitle(step3)).toEqual([messages.steps['view-upgrades'].title]);
  });
});

describe('the language follows what the user types', () => {
  it('an Italian sentence on an en-US channel gets Italian, and the choice is remembered', async () => {
    const it_ = messagesFor('it');
    const chat = new Chat({ locale: 'en-US' });
    const first = await chat.say('Siamo su Office 365 E3 con 300 utenti e vogliamo passare a E5');
    expect(textOf(first)).toContain(it_.facts.purchaseChannel.question);
    // A click carries no words: the remembered language answers it.
    const menu = await chat.say('menu');
    expect(textOf(menu)).toContain(it_.ui.menuTitle);
  });

  it('an English sentence on an it-IT channel gets English; a single word or a mixed sentence changes nothing', async () => {
    const en = messagesFor('en');
    const chat = new Chat({ locale: 'it-IT' });
    expect(textOf(await chat.say('ok'))).toContain(messagesFor('it').ui.menuTitle);
    expect(textOf(await chat.say('We are on E3 with 300 users and want E5'))).toContain(en.facts.purchaseChannel.question);
  });
});

/** The value the newest card's input holds before the agent touches it. */
function inputValue(replies: Partial<Activity>[], id: string): unknown {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element['id'] === id && typeof element['type'] === 'string' && element['type'].startsWith('Input.')) found = element['value'];
      Object.values(element).forEach(walk);
    }
  };
  walk(cardsOf(replies).at(-1));
  return found;
}

const AGENT_SENTENCE = {
  en: 'Customer Contoso Ltd, tenant contoso.com, ticket 4711: they are on Office 365 E3 with 350 users, bought through a partner',
  it: 'Cliente Rossi Srl, tenant rossi.it, ticket 4711: sono su Office 365 E3 con 350 utenti, acquistato tramite partner',
} as const;
const CUSTOMER = { en: 'Contoso Ltd', it: 'Rossi Srl' } as const;

describe.each(['en', 'it'] as const)('agents start, find and open cases from anywhere (%s)', (language) => {
  const messages = messagesFor(language);
  const newCase = language === 'en' ? 'new case' : 'nuovo caso';

  it('"new case" after an admin verdict, and right after "menu", opens the form', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    await verdict(chat, ALL_CLEAR, language);
    const form = await chat.say(newCase);
    expect(textOf(form)).toContain(messages.desk.form.title);
    expect(textOf(form)).not.toContain(messages.ui.diagnosis.useButtons);

    const again = new Chat({ locale: LOCALE[language] });
    await verdict(again, ALL_CLEAR, language);
    await again.say('menu');
    expect(textOf(await again.say(newCase))).toContain(messages.desk.form.title);
  });

  it('a sentence naming a customer, tenant and ticket is an agent\'s: said so, the name read, the admin\'s facts untouched', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    await verdict(chat, ALL_CLEAR, language);
    const form = await chat.say(AGENT_SENTENCE[language]);
    expect(textOf(form)).toContain(messages.desk.form.readAsCase(CUSTOMER[language]));
    expect(inputValue(form, 'customer')).toBe(CUSTOMER[language]);
    expect(inputValue(form, 'ticket')).toBe('4711');
    // The admin's own answers are as they were: "check again" still knows Business Basic.
    await chat.say('cancel');
    const kept = await chat.click({ action: 'menu', choice: 'can-i-upgrade' });
    expect(textOf(kept)).toContain(messages.intake.keptFacts([]).split(':')[0]);
    expect(textOf(kept)).toContain(messages.planNames['m365-business-basic'] ?? 'Microsoft 365 Business Basic');
  });

  it('"find ticket 4711" and "case ua abc…" in any case, from the middle of an admin question', async () => {
    const chat = new Chat({ locale: LOCALE[language], userId: 'agent-7' });
    const form = await chat.say(AGENT_SENTENCE[language]);
    const saved = await chat.click(buttonData(form, messages.desk.form.saveButton));
    const caseId = /UA-[2-9A-HJ-NP-Z]{6}/.exec(textOf(saved))?.[0] ?? '';
    expect(caseId).not.toBe('');
    // In the middle of the admin journey:
    await chat.click({ action: 'menu', choice: 'can-i-upgrade' });
    const found = await chat.say(language === 'en' ? 'find ticket 4711' : 'cerca il ticket 4711');
    expect(textOf(found)).toContain(messages.desk.case.title(caseId));
    for (const typed of [`${language === 'en' ? 'case' : 'caso'} ${caseId.toLowerCase().replace('-', ' ')}`, `${language === 'en' ? 'case' : 'caso'} ${caseId.slice(3)}`]) {
      expect(textOf(await chat.say(typed))).toContain(messages.desk.case.title(caseId));
    }
  });
});

const PASTED = {
  en: 'it says: You have two or more plans for the same product',
  it: 'dice: Si dispone di due o più piani per lo stesso prodotto.',
} as const;

describe.each(['en', 'it'] as const)('a pasted admin-center message is explained at once, then the journey goes on (%s)', (language) => {
  const messages = messagesFor(language);
  const reason = messages.reasons['multiple-subscriptions-same-product'];

  it.each([
    ['at a question of the intake', language === 'en' ? 'Can I upgrade from Office 365 E3?' : 'Posso passare da Office 365 E3?'],
    ['as the first words', undefined],
  ])('%s', async (_where, first) => {
    const chat = new Chat({ locale: LOCALE[language] });
    if (first) await chat.say(first);
    const replies = await chat.say(first ? PASTED[language] : `Office 365 E3, ${PASTED[language]}`);
    const text = textOf(replies);
    expect(text).toContain(messages.intake.pageSays.recognised(messages.intake.pageSays.messages['two-plans-same-product']));
    expect(text).toContain(reason.meaning);
    expect(text).toContain(reason.remedy);
    expect(text).toContain(messages.sources['MSD-2024']);
    expect(text).not.toContain(messages.intake.noted([]).slice(0, 5));
    // The journey goes on: the next question follows the explanation.
    expect(submitActions(cardsOf(replies).at(-1) ?? { type: '', version: '' }).length).toBeGreaterThan(0);
  });

  it('on the "what does the admin center say?" card', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    await chat.click({ action: 'menu', choice: 'why-no-upgrade-tab' });
    const text = textOf(await chat.say(PASTED[language]));
    expect(text).toContain(reason.meaning);
    expect(text).toContain(reason.remedy);
  });
});

describe.each(['en', 'it'] as const)('"start over" during a saved walkthrough asks first (%s)', (language) => {
  const messages = messagesFor(language);
  const startOver = language === 'en' ? 'start over' : 'ricomincia';

  it('keeping the steps changes nothing; confirming forgets them', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    const step3 = await atViewUpgrades(chat, language);
    const asked = await chat.say(startOver);
    expect(textOf(asked)).toContain(messages.ui.confirmStartOver(3, 7));
    expect(textOf(asked)).not.toContain(messages.ui.startedOver);
    const kept = await chat.click(buttonData(asked, messages.ui.buttons.keepSteps));
    expect(textOf(kept)).toContain(messages.ui.keptWalkthrough);
    // The step on screen still answers.
    expect(textOf(await chat.click(buttonData(step3, messages.ui.buttons.done)))).toContain(messages.ui.walkthrough.stepOfTotal(4, 7));

    const again = await chat.say(startOver);
    const forgotten = await chat.click(buttonData(again, messages.ui.buttons.startOverYes));
    expect(textOf(forgotten)).toContain(messages.ui.startedOver);
    expect(textOf(await chat.say(language === 'en' ? 'resume' : 'riprendi'))).toContain(messages.ui.nothingToResume);
  });
});

describe.each(['en', 'it'] as const)('answers that cannot be used get a way forward (%s)', (language) => {
  const messages = messagesFor(language);

  it('"-5 users" is told a count cannot be below zero, not to pick an answer', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    await chat.say(language === 'en' ? 'Can I upgrade from Office 365 E3?' : 'Posso passare da Office 365 E3?');
    const text = textOf(await chat.say(language === 'en' ? '-5 users' : '-5 utenti'));
    expect(text).toContain(messages.ui.reprompt.negativeNumber);
    expect(text).not.toContain(messages.intake.choices.pickOne);
  });

  it('"no idea" for the current plan says where to find it and how to go on', async () => {
    const chat = new Chat({ locale: LOCALE[language] });
    await chat.click({ action: 'menu', choice: 'can-i-upgrade' });
    const text = textOf(await chat.say(language === 'en' ? 'no idea' : 'non ne ho idea'));
    expect(text).toContain(messages.ui.diagnosis.needPlan);
    expect(messages.ui.diagnosis.needPlan).toContain(adminCenterLabel('billing-your-products', language));
    // Typed later, the plan starts the check.
    expect(textOf(await chat.say(language === 'en' ? "we're on Business Standard" : 'siamo su Business Standard'))).not.toContain(messages.answers.notUnderstood);
  });
});

describe.each(['en', 'it'] as const)('the choices card that says answers may be left empty (%s)', (language) => {
  it('takes an empty Send and goes on, asking nothing of it again', async () => {
    const messages = messagesFor(language);
    const chat = new Chat({ locale: LOCALE[language] });
    const card = await chat.say(language === 'en' ? 'Can I upgrade from Office 365 E3 to E5?' : 'Posso passare da Office 365 E3 a E5?');
    expect(textOf(card)).toContain(messages.intake.choices.title);
    const next = await chat.click(buttonData(card, messages.intake.choices.send));
    expect(textOf(next)).not.toContain(messages.intake.choices.pickOne);
    expect(textOf(next)).not.toContain(messages.intake.choices.title);
  });
});

describe.each(['en', 'it'] as const)('facts read from a first sentence are said back, assumptions in one line (%s)', (language) => {
  it('"E3" and "E5" alone: taken as the Office 365 plans, and it says how to change that', async () => {
    const messages = messagesFor(language);
    const chat = new Chat({ locale: LOCALE[language] });
    const text = textOf(await chat.say(language === 'en' ? 'we have E3 and want E5' : 'abbiamo E3 e vogliamo E5'));
    const name = (plan: Parameters<typeof planName>[1]) => planName(messages, plan);
    expect(text).toContain(messages.intake.assumedPlan('E3', name('o365-enterprise-e3'), name('m365-e3')));
    expect(text).toContain(messages.intake.assumedPlan('E5', name('o365-e5'), name('m365-e5')));
    expect(text).toContain(`${messages.facts.currentPlan.label}: ${name('o365-enterprise-e3')}`);
    // Easy to change: the other plan typed is asked about, not ignored.
    expect(textOf(await chat.say(language === 'en' ? "it's Microsoft 365 E3" : 'è Microsoft 365 E3'))).toContain(name('m365-e3'));
  });
});
