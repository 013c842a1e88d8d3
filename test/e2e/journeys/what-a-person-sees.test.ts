import { describe, expect, it } from 'vitest';
import { messagesFor, type Language } from '../../../i18n/index.js';
import { clickCardButton, screenshot, sendMessage, waitForBotText, waitForCard } from '../index.js';
import { answerQuestionsOnPage, waitForReplyCard } from './answer-on-page.js';
import { NOTHING_ELSE } from '../../support/tenant-fixtures.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';

// Issue 25: what a person sees. The Playground sends en-US whatever is typed: the Italian journey is
// typed in Italian on the page and must be answered in Italian.
const TYPED = {
  en: {
    first: "We're on Microsoft 365 Business Basic with 10 users and want Business Standard",
    newCase: 'new case',
    cancel: 'cancel',
    again: 'can I upgrade?',
    greyedOut: "it's greyed out",
    pasted: 'it says: You have two or more plans for the same product',
    resume: 'resume',
    startOver: 'start over',
  },
  it: {
    first: 'Siamo su Microsoft 365 Business Basic con 10 utenti e vogliamo passare a Business Standard',
    newCase: 'nuovo caso',
    cancel: 'annulla',
    again: 'posso cambiare piano?',
    greyedOut: 'è in grigio, non riesco a cliccarlo',
    pasted: 'dice: Si dispone di due o più piani per lo stesso prodotto.',
    resume: 'riprendi',
    startOver: 'ricomincia',
  },
} as const;

describe.each(['en', 'it'] as const)('journey: what a person sees, in %s, in the Playground', (language: Language) => {
  const messages = messagesFor(language);
  const typed = TYPED[language];
  const session = useJourneySession(`what-a-person-sees-${language}`, { id: `admin-sees-${language}`, name: 'Giulia Conti' });

  it('an all-clear verdict names its place in the admin center and its dated source', async () => {
    await waitForCard(session().page, (card) => card.buttons.includes(messagesFor('en').ui.menu['can-i-upgrade']));
    const before = await sendMessage(session().page, typed.first);
    await waitForReplyCard(session(), before);
    await answerQuestionsOnPage(session(), NOTHING_ELSE, { language });
    const verdict = await waitForCard(session().page, messages.ui.diagnosis.placeTitle, { after: before });
    expect(verdict.snapshot.text).toContain(messages.ui.diagnosis.allClear);
    expect(verdict.snapshot.text).toContain(messages.adminCenter['view-upgrades']);
    expect(verdict.snapshot.text).toContain(messages.sources['MSD-2024']);
    await verdict.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, `sees-${language}-all-clear-verdict`);
  }, 120_000);

  it('an agent\'s "new case" after that verdict opens the customer form', async () => {
    const before = await sendMessage(session().page, typed.newCase);
    const form = await waitForCard(session().page, messages.desk.form.title, { after: before });
    expect(form.snapshot.buttons).toContain(messages.desk.form.saveButton);
    await form.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, `sees-${language}-new-case-after-verdict`);
  }, 60_000);

  it('"it\'s greyed out" typed at step 3 keeps the steps and asks what the admin center says', async () => {
    let before = await sendMessage(session().page, typed.cancel);
    await waitForBotText(session().page, messages.ui.cancelled, { after: before });
    before = await sendMessage(session().page, typed.again);
    await waitForBotText(session().page, messages.intake.keptFacts([]).split(':')[0] ?? '', { after: before });
    const verdict = await waitForCard(session().page, messages.ui.diagnosis.placeTitle, { after: before });
    before = await clickCardButton(session().page, messages.ui.buttons.startWalkthrough, { card: verdict.locator });
    await waitForCard(session().page, messages.steps['open-your-products'].title, { after: before });
    before = await clickCardButton(session().page, messages.ui.buttons.done);
    await waitForCard(session().page, messages.steps['select-subscription'].title, { after: before });
    before = await clickCardButton(session().page, messages.ui.buttons.done);
    const step3 = await waitForCard(session().page, messages.steps['view-upgrades'].title, { after: before });
    expect(step3.snapshot.buttons).toContain(messages.ui.buttons.greyedOut);
    await step3.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, `sees-${language}-step-3-buttons`);
    before = await sendMessage(session().page, typed.greyedOut);
    const page = await waitForCard(session().page, messages.intake.pageSays.title, { after: before });
    await page.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, `sees-${language}-greyed-out-at-step-3`);
  }, 120_000);

  it('a pasted admin-center message is explained at once, then the verdict follows', async () => {
    const before = await sendMessage(session().page, typed.pasted);
    const reason = messages.reasons['multiple-subscriptions-same-product'];
    const explained = await waitForCard(session().page, reason.remedy, { after: before });
    expect(explained.snapshot.text).toContain(reason.meaning);
    await waitForCard(session().page, reason.title, { after: before });
    await explained.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, `sees-${language}-pasted-message-explained`);
  }, 60_000);

  it('"start over" during the saved walkthrough asks first, and keeping it changes nothing', async () => {
    let before = await sendMessage(session().page, typed.resume);
    await waitForCard(session().page, messages.steps['view-upgrades'].title, { after: before });
    before = await sendMessage(session().page, typed.startOver);
    const asked = await waitForCard(session().page, messages.ui.confirmStartOver(3, 7), { after: before });
    await asked.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, `sees-${language}-start-over-asks`);
    before = await clickCardButton(session().page, messages.ui.buttons.keepSteps, { card: asked.locator });
    await waitForBotText(session().page, messages.ui.keptWalkthrough, { after: before });
    await expectNothingWentWrong(session());
  }, 60_000);
});
