import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { adminCenterLabel, SOURCES, type TenantFacts } from '../../domain/index.js';
import { messagesFor, type Language } from '../../i18n/index.js';
import { Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { answerQuestions } from '../support/intake-driver.js';

const LOCALE: Record<Language, string> = { en: 'en-US', it: 'it-IT' };

/** An admin with nothing in the way: Business Basic to Business Standard, bought by card on a MOSA account. */
const ALL_CLEAR: Partial<TenantFacts> = {
  currentPlan: 'm365-business-basic',
  targetPlan: 'm365-business-standard',
  purchaseChannel: 'direct-card',
  billingAccountType: 'mosa',
  adminRole: 'global-admin',
  licensedUsers: 10,
  licensesPurchased: 10,
  licensesAssigned: 10,
  customDomain: false,
  legacySmallBusiness: false,
  notCurrentlyEligible: false,
  governmentOrNonprofit: false,
  trial: false,
  moreUsersThanLicenses: false,
  hasAddOn: false,
  multipleSubscriptionsSameProduct: false,
  unpaidBalance: false,
  creditCheckPending: false,
  planChangeInProgress: false,
  serviceHealthIssue: false,
  provisioningIncomplete: false,
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
