import { describe, expect, it } from 'vitest';
import type { FactKey, ReasonId, TenantFacts, UpgradePath } from '../../domain/index.js';
import { LANGUAGES, messagesFor, type Language } from '../../i18n/index.js';
import { buttonData, Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { answerQuestions, askedFact, type AnswerMode } from '../support/intake-driver.js';
import { tenant } from '../support/tenant-fixtures.js';

const LOCALES: Record<Language, string> = { en: 'en-US', it: 'it-IT' };

interface Scenario {
  name: string;
  facts: Partial<TenantFacts>;
  path: UpgradePath;
  reasons: ReasonId[];
  /** Facts the bot must never ask for this tenant. */
  neverAsked?: FactKey[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'bought through a partner: answered as soon as that is known',
    facts: { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner' },
    path: 'contact-partner',
    reasons: ['purchased-through-partner'],
  },
  {
    name: 'E3 to E5 with nothing in the way',
    facts: tenant({ licensedUsers: 120, licensesPurchased: 120, licensesAssigned: 110 }),
    path: 'upgrade-tab',
    reasons: [],
    neverAsked: ['legacySmallBusiness', 'customDomain'],
  },
  {
    name: 'Small Business Premium with a custom domain',
    facts: tenant({ currentPlan: 'o365-small-business-premium', targetPlan: 'o365-enterprise-e3', licensedUsers: 12, customDomain: true }),
    path: 'manual',
    reasons: ['custom-domain-small-business'],
  },
  {
    // Once nothing could make the switch manual, the bot stops asking: the credit check is never asked.
    name: 'E1 on trial: fix first, then the Upgrade tab',
    facts: tenant({
      currentPlan: 'o365-enterprise-e1',
      purchaseChannel: 'direct-invoice',
      targetPlan: 'o365-enterprise-e3',
      adminRole: 'billing-admin',
      trial: true,
      creditCheckPending: true,
    }),
    path: 'resolve-then-upgrade-tab',
    reasons: ['trial-subscription'],
  },
  {
    // The term is asked last: with fewer services it changes what the answer says about the renewal.
    name: 'E3 to E1 has fewer data-related services: a manual change',
    facts: { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'direct-card', targetPlan: 'o365-enterprise-e1', commitmentTerm: 'annual' },
    path: 'manual',
    reasons: ['target-fewer-services'],
    neverAsked: ['legacySmallBusiness', 'licensedUsers'],
  },
  {
    name: 'Business Standard to Business Premium with 350 users: over the cap',
    facts: { currentPlan: 'm365-business-standard', purchaseChannel: 'direct-card', targetPlan: 'm365-business-premium', licensedUsers: 350 },
    path: 'manual',
    reasons: ['business-plan-user-cap'],
    neverAsked: ['legacySmallBusiness', 'billingAccountType'],
  },
  {
    name: 'a license conflict on an MCA account is not MOSA\'s blocker',
    // On MCA the admin is also asked about a scheduled change and an Extended Service Term (MCA-only blockers).
    facts: tenant({ licensesPurchased: 100, licensesAssigned: 105, billingAccountType: 'mca', adminRole: 'billing-account-role', scheduledChange: false, extendedServiceTerm: false }),
    path: 'upgrade-tab',
    reasons: [],
  },
];

function expectDiagnosis(language: Language, text: string, scenario: Pick<Scenario, 'path' | 'reasons'>) {
  const messages = messagesFor(language);
  expect(text).toContain(messages.paths[scenario.path]);
  for (const reason of scenario.reasons) {
    expect(text).toContain(messages.reasons[reason].title);
    expect(text).toContain(messages.reasons[reason].remedy);
  }
}

const MODES: AnswerMode[] = ['click', 'type'];

describe.each(LANGUAGES)('intake and diagnosis in %s', (language) => {
  const messages = messagesFor(language);

  describe.each(MODES)('answers %sed', (mode) => {
    it.each(SCENARIOS)('$name', async (scenario) => {
      const chat = new Chat({ locale: LOCALES[language] });
      const menu = await chat.joins();
      const start = await chat.click(buttonData(menu, messages.ui.menu['can-i-upgrade']));
      const { replies, asked } = await answerQuestions(chat, start, scenario.facts, { mode, language });

      expectDiagnosis(language, textOf(replies), scenario);
      expect(new Set(asked).size).toBe(asked.length);
      for (const fact of scenario.neverAsked ?? []) expect(asked).not.toContain(fact);
      // The diagnosis offers the next step as buttons.
      const choices = cardsOf(replies).flatMap(submitActions).map((action) => action.data?.['choice']);
      expect(choices).toContain('recheck');
    });
  });
});

describe('facts given in free text are not asked again', () => {
  it.each([
    ['en', "We're on E3 with 350 users, bought through a partner"],
    ['it', 'Siamo su E3 con 350 utenti, acquistato tramite partner'],
  ] as const)('%s: a partner purchase is answered at once, no question asked', async (language, sentence) => {
    const chat = new Chat({ locale: LOCALES[language] });
    const replies = await chat.say(sentence);
    expect(askedFact(replies)).toBeUndefined();
    expectDiagnosis(language, textOf(replies), { path: 'contact-partner', reasons: ['purchased-through-partner'] });
  });

  it('plans and users from the sentence; only the purchase channel is asked, then the answer', async () => {
    const chat = new Chat();
    const first = await chat.say("We're on Microsoft 365 Business Standard with 350 users, can we go to Business Premium?");
    expect(askedFact(first)).toBe('purchaseChannel');
    const { replies, asked } = await answerQuestions(chat, first, { purchaseChannel: 'direct-card' }, { mode: 'type', language: 'en' });
    expect(asked).toEqual(['purchaseChannel']);
    expectDiagnosis('en', textOf(replies), { path: 'manual', reasons: ['business-plan-user-cap'] });
  });

  it('an answer that carries more facts fills them too', async () => {
    const chat = new Chat();
    await chat.click({ action: 'menu', choice: 'why-no-upgrade-tab' });
    const first = await chat.click({ action: 'page-says', message: 'different-problem' });
    expect(askedFact(first)).toBe('currentPlan');
    const second = await chat.say('Small Business Premium, with a custom domain');
    expect(askedFact(second)).toBe('purchaseChannel');
    const third = await chat.say('credit card');
    expectDiagnosis('en', textOf(third), { path: 'manual', reasons: ['custom-domain-small-business'] });
  });

  it('"I don\'t know" moves on and the fact is not asked twice', async () => {
    const chat = new Chat();
    const { asked, replies } = await answerQuestions(
      chat,
      await chat.say('Can I upgrade from Enterprise E1? We pay by credit card'),
      {},
      { mode: 'click', language: 'en', unknownIsFine: true },
    );
    expect(new Set(asked).size).toBe(asked.length);
    expect(cardsOf(replies).flatMap(submitActions).map((action) => action.data?.['action'])).toContain('diagnosis');
  });
});

describe('after the diagnosis', () => {
  it('"Check again" asks afresh only the facts behind the blockers that can be fixed', async () => {
    const chat = new Chat();
    const scenario = SCENARIOS.find((candidate) => candidate.path === 'resolve-then-upgrade-tab');
    if (!scenario) throw new Error('scenario missing');
    const start = await chat.click({ action: 'menu', choice: 'can-i-upgrade' });
    const first = await answerQuestions(chat, start, scenario.facts, { mode: 'click', language: 'en' });
    expect(first.asked).toContain('trial');
    const recheck = await chat.click(buttonData(first.replies, messagesFor('en').ui.buttons.checkAgain));
    const fixed = { ...scenario.facts, trial: false, creditCheckPending: false };
    const { replies: after, asked } = await answerQuestions(chat, recheck, fixed, { mode: 'click', language: 'en' });
    // The trial and the credit check (blockers found) are asked again; nothing answered before and unrelated to a blocker is.
    expect(asked.slice().sort()).toEqual(['creditCheckPending', 'trial']);
    expect(textOf(recheck)).toContain(messagesFor('en').intake.recheckAsks([messagesFor('en').facts.trial.label, messagesFor('en').facts.creditCheckPending.label]));
    expectDiagnosis('en', textOf(after), { path: 'upgrade-tab', reasons: [] });
  });

  it('a contact-partner answer offers no walkthrough', async () => {
    const chat = new Chat();
    const replies = await chat.say('We are on E3, bought through a partner');
    const choices = cardsOf(replies).flatMap(submitActions).map((action) => action.data?.['choice']);
    expect(choices).not.toContain('start-walkthrough');
    const typed = await chat.say('start');
    expect(textOf(typed)).toContain(messagesFor('en').ui.diagnosis.useButtons);
  });
});
