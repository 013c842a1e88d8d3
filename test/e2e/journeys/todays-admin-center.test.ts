import { describe, expect, it } from 'vitest';
import { messagesFor, planName } from '../../../i18n/index.js';
import { clickCardButton, screenshot, sendMessage, waitForBotText, waitForCard } from '../index.js';
import { answerQuestionsOnPage, waitForReplyCard } from './answer-on-page.js';
import { expectJourneyReplays } from './journey-artifacts.js';
import { MCA_NOTHING_ELSE, NOTHING_ELSE } from '../../support/tenant-fixtures.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';

const en = messagesFor('en');

// Issue 11's newcomer, in English: Business Standard to Premium with an add-on, E3 to E1, and E3 to
// E5 on an MCA account through to today's steps; each answer cites its source with a date.
describe("journey: today's admin center, in English, in the Playground", () => {
  const session = useJourneySession('todays-admin-center', { id: 'admin-today', name: 'Megan Bowen' });

  it('Business Standard to Business Premium with an add-on: remove the add-on, then the admin center changes it', async () => {
    await waitForCard(session().page, (card) => card.buttons.includes(en.ui.menu['can-i-upgrade']));
    const typed = await sendMessage(session().page, "We're on Microsoft 365 Business Standard with 30 users, can we go to Business Premium?");
    await waitForReplyCard(session(), typed);
    const asked = await answerQuestionsOnPage(session(), { ...NOTHING_ELSE, hasAddOn: true });
    expect(asked).not.toContain('currentPlan');
    expect(asked).not.toContain('targetPlan');
    const diagnosis = await waitForCard(session().page, en.reasons['add-on-present'].title, { after: typed });
    expect(diagnosis.snapshot.text).toContain(en.paths['resolve-then-upgrade-tab']);
    expect(diagnosis.snapshot.text).toContain(en.sources['MSD-2024']);
    expect(diagnosis.snapshot.text).toContain(planName(en, 'm365-business-premium'));
    await diagnosis.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'today-en-business-standard-to-premium-add-on');
  }, 120_000);

  it('Office 365 E3 to E1: fewer data-related services, so by hand; the card shows what the admin center does offer', async () => {
    let before = await sendMessage(session().page, 'start over');
    await waitForReplyCard(session(), before);
    before = await sendMessage(session().page, 'Can we move from Office 365 E3 to E1?');
    await waitForReplyCard(session(), before);
    await answerQuestionsOnPage(session(), NOTHING_ELSE);
    const diagnosis = await waitForCard(session().page, en.reasons['target-fewer-services'].title, { after: before });
    expect(diagnosis.snapshot.text).toContain(en.paths.manual);
    expect(diagnosis.snapshot.text).toContain(en.ui.diagnosis.wantedRefusedTargetsTitle);
    expect(diagnosis.snapshot.text).toContain(planName(en, 'o365-e5'));
    expect(diagnosis.snapshot.text).not.toContain(en.ui.diagnosis.noAutomaticTargets);
    await diagnosis.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'today-en-e3-to-e1');
  }, 120_000);

  it('Office 365 E3 to E5 on an MCA account: automatic, through Change to a different subscription option', async () => {
    let before = await sendMessage(session().page, 'start over');
    await waitForReplyCard(session(), before);
    before = await sendMessage(session().page, 'We want to go from Office 365 E3 to Office 365 E5, we have a Microsoft Customer Agreement');
    await waitForReplyCard(session(), before);
    await answerQuestionsOnPage(session(), MCA_NOTHING_ELSE);
    const diagnosis = await waitForCard(session().page, en.paths['upgrade-tab'], { after: before });
    expect(diagnosis.snapshot.text).toContain(en.undecided['mca-blockers-undocumented'].replace(/\*\*/g, ''));
    before = await clickCardButton(session().page, en.ui.buttons.startWalkthrough, { card: diagnosis.locator });
    await waitForCard(session().page, en.steps['open-your-products'].title, { after: before });
    before = await clickCardButton(session().page, en.ui.buttons.done);
    await waitForCard(session().page, en.steps['select-subscription'].title, { after: before });
    before = await clickCardButton(session().page, en.ui.buttons.done);
    const step = await waitForCard(session().page, en.steps['change-subscription-option'].title, { after: before });
    expect(step.snapshot.text).toContain(en.adminCenter['change-subscription-option']);
    // The source was named on the first step and on the verdict: not again on every step.
    expect(step.snapshot.text).not.toContain(en.sources['MSD-2024']);
    expect(step.snapshot.buttons).toContain(en.ui.buttons.greyedOut);
    await step.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'today-en-e3-to-e5-mca-step');
    before = await sendMessage(session().page, 'stop');
    await waitForBotText(session().page, en.ui.cancelledCanResume, { after: before });
    await expectNothingWentWrong(session());
  }, 120_000);

  it('recorded the conversation as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
