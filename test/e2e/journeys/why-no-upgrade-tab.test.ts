import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../i18n/index.js';
import {
  clickCardButton,
  screenshot,
  sendMessage,
  waitForBotText,
  waitForCard,
} from '../index.js';
import { answerQuestionsOnPage, factsOf, newestCard, questionOnCard, waitForReplyCard } from './answer-on-page.js';
import { expectJourneyReplays } from './journey-artifacts.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';

const en = messagesFor('en');

describe('journey: why the Upgrade tab is missing, in the Playground', () => {
  const session = useJourneySession('why-no-upgrade-tab', { id: 'admin-sbp', name: 'Sara Bianchi' });

  it('welcomes the admin with the menu', async () => {
    await waitForBotText(session().page, en.ui.welcome);
    const menu = await waitForCard(session().page, (card) => card.buttons.includes(en.ui.menu['why-no-upgrade-tab']));
    expect(menu.snapshot.buttons).toEqual(expect.arrayContaining([en.ui.menu['can-i-upgrade'], en.ui.menu.triage]));
  }, 60_000);

  it('asks what the admin center says; "something else" leads to the plan, and one typed sentence answers plan and custom domain', async () => {
    let before = await clickCardButton(session().page, en.ui.menu['why-no-upgrade-tab']);
    await waitForBotText(session().page, en.ui.journeyIntro['why-no-upgrade-tab'], { after: before });
    const pageSays = await waitForCard(session().page, en.intake.pageSays.title, { after: before });
    expect(pageSays.snapshot.buttons).toContain(en.intake.pageSays.messages['more-users-than-licenses']);
    // An older plan's missing tab is none of today's messages.
    before = await clickCardButton(session().page, en.intake.pageSays.messages['different-problem'], { card: pageSays.locator });
    await waitForCard(session().page, en.facts.currentPlan.question, { after: before });

    const typed = await sendMessage(session().page, 'Small Business Premium, with a custom domain');
    await waitForReplyCard(session(), typed);
    const next = await newestCard(session());
    const nextQuestion = next ? questionOnCard(next, 'en') : undefined;
    const nextFacts = nextQuestion ? factsOf(nextQuestion) : [];
    // The sentence answered the plan and the domain: neither comes back.
    expect(nextFacts.length, 'a question card next').toBeGreaterThan(0);
    expect(nextFacts).not.toContain('currentPlan');
    expect(nextFacts).not.toContain('customDomain');

    const { asked } = await answerQuestionsOnPage(session(), { purchaseChannel: 'direct-card', targetPlan: 'o365-enterprise-e3', licensedUsers: 12, billingAccountType: 'mosa' });
    expect(asked).not.toContain('customDomain');
  }, 90_000);

  it('shows the custom-domain reason and the manual path', async () => {
    const diagnosis = await waitForCard(session().page, en.reasons['custom-domain-small-business'].title);
    expect(diagnosis.snapshot.text).toContain(en.paths.manual);
    expect(diagnosis.snapshot.buttons).toContain(en.ui.buttons.startWalkthrough);
    await diagnosis.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'journey-why-no-upgrade-tab');
    await expectNothingWentWrong(session());
  }, 60_000);

  it('recorded the conversation as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
