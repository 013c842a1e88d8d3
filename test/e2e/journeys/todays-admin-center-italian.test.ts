import { describe, expect, it } from 'vitest';
import { messagesFor, planName } from '../../../i18n/index.js';
import { screenshot, waitForBotText, waitForCard } from '../index.js';
import { waitForReplyCard } from './answer-on-page.js';
import { expectJourneyReplays } from './journey-artifacts.js';
import { MCA_NOTHING_ELSE, NOTHING_ELSE } from '../../support/tenant-fixtures.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';
import { answerQuestionsInLocale, clickInLocale, sayInLocale } from './locale-clicks.js';

const it_ = messagesFor('it');
const en = messagesFor('en');
const LOCALE = 'it-IT';

// Issue 11's newcomer, in Italian: Business Standard to Premium through to today's MOSA page, whose
// label no Italian Microsoft page gives (the card says so); then E3 to E1 on an MCA account.
describe("journey: today's admin center, in Italian (it-IT), in the Playground", () => {
  const session = useJourneySession('todays-admin-center-italian', { id: 'admin-oggi', name: 'Giulia Rossi' });

  it('Business Standard to Business Premium: automatic, and the steps of today with the English label explained', async () => {
    await waitForBotText(session().page, en.ui.welcome);
    let before = await sayInLocale(session(), 'Siamo su Microsoft 365 Business Standard con 30 utenti, possiamo passare a Business Premium?', LOCALE);
    await waitForReplyCard(session(), before);
    await answerQuestionsInLocale(session(), NOTHING_ELSE, { language: 'it', locale: LOCALE });
    const diagnosis = await waitForCard(session().page, it_.paths['upgrade-tab'], { after: before });
    expect(diagnosis.snapshot.text).toContain(planName(it_, 'm365-business-premium'));
    await diagnosis.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'today-it-business-standard-to-premium');

    before = await clickInLocale(session(), it_.ui.buttons.startWalkthrough, { locale: LOCALE });
    await waitForCard(session().page, it_.steps['open-your-products'].title, { after: before });
    before = await clickInLocale(session(), it_.ui.buttons.done, { locale: LOCALE });
    await waitForCard(session().page, it_.steps['select-subscription'].title, { after: before });
    before = await clickInLocale(session(), it_.ui.buttons.done, { locale: LOCALE });
    const step = await waitForCard(session().page, it_.steps['view-upgrades'].title, { after: before });
    expect(step.snapshot.text).toContain(it_.adminCenter['view-upgrades']);
    expect(step.snapshot.text).toContain(it_.ui.walkthrough.labelsInEnglish);
    // How the page looked in 2020 is told by Help, not on today's step; the source was named on step 1.
    expect(step.snapshot.text).not.toContain(it_.notes['upgrade-tab-2020']);
    expect(step.snapshot.text).not.toContain(it_.sources['MSD-2024']);
    await step.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'today-it-view-upgrades-step');
    before = await clickInLocale(session(), it_.ui.buttons.help, { locale: LOCALE });
    await waitForBotText(session().page, it_.notes['upgrade-tab-2020'], { after: before });
  }, 150_000);

  it('Office 365 E3 to E1 on an MCA account: by hand, with what the admin center offers instead', async () => {
    let before = await sayInLocale(session(), 'ricomincia', LOCALE);
    await waitForReplyCard(session(), before);
    // The walkthrough of the first test is saved: starting over asks first.
    before = await clickInLocale(session(), it_.ui.buttons.startOverYes, { locale: LOCALE });
    await waitForReplyCard(session(), before);
    before = await sayInLocale(session(), 'Possiamo passare da Office 365 E3 a E1? Abbiamo un contratto del cliente Microsoft', LOCALE);
    await waitForReplyCard(session(), before);
    await answerQuestionsInLocale(session(), MCA_NOTHING_ELSE, { language: 'it', locale: LOCALE });
    const diagnosis = await waitForCard(session().page, it_.reasons['target-fewer-services'].title, { after: before });
    expect(diagnosis.snapshot.text).toContain(it_.paths.manual);
    expect(diagnosis.snapshot.text).toContain(it_.ui.diagnosis.wantedRefusedTargetsTitle);
    expect(diagnosis.snapshot.text).toContain(it_.undecided['mca-blockers-undocumented'].replace(/\*\*/g, ''));
    expect(diagnosis.snapshot.text).not.toContain(en.paths.manual);
    await diagnosis.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'today-it-e3-to-e1-mca');
    await expectNothingWentWrong(session());
  }, 150_000);

  it('recorded the conversation as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
