import { describe, expect, it } from 'vitest';
import type { TenantFacts } from '../../../domain/index.js';
import { messagesFor, planName } from '../../../i18n/index.js';
import { CLEAR_E3 } from '../../support/tenant-fixtures.js';
import { clickCardButton, readChat, screenshot, sendMessage, waitForBotText, waitForCard } from '../index.js';
import { answeredCard, answerQuestionsOnPage, openChecklist, waitForReplyCard } from './answer-on-page.js';
import { expectJourneyReplays } from './journey-artifacts.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';

const en = messagesFor('en');

/** Everything the admin says, as typed in the page. */
const SAID = {
  e4Admin: "We're on Office 365 E4 with 40 users and 40 licenses, I'm a global admin, MOSA billing account, can we upgrade to E5?",
  e3Admin: "We're on Office 365 E3 with 40 users, bought by card, I'm a global admin, MOSA, we want E5",
  howLong: 'how long does it take?',
  pasted: "You can't upgrade subscriptions now because you have more users than licenses.",
};
/** The E4 tenant: the facts the first sentence leaves open, none of them in the way. */
const E4_TENANT: TenantFacts = { ...CLEAR_E3, currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-e5' };

const HOW_LONG_TITLE = en.answers.title(en.answers.topics['how-long']);
const isChecklist = openChecklist('en');

// The conversation that understands: a whole first sentence read at once, questions asked on the
// way answered without losing the place, a message pasted from the admin center read as facts.
describe('journey: the conversation that understands, in the Playground', () => {
  const session = useJourneySession('conversation-that-understands', { id: 'admin-understands', name: 'Adele Vance' });

  it("an E4 admin's first sentence leaves two questions: one click for how it was bought, None of these on the checklist, and the verdict", async () => {
    const { page } = session();
    await waitForCard(page, (card) => card.buttons.includes(en.ui.menu['can-i-upgrade']));
    let before = await sendMessage(page, SAID.e4Admin);
    const purchase = await waitForCard(page, en.facts.purchaseChannel.question, { after: before });
    // The plan, the wanted plan, the users, the role and the account were read: two questions are left.
    expect(purchase.snapshot.text).toContain(en.intake.questionsLeft(2));

    before = await clickCardButton(page, en.choices.purchaseChannel['direct-card'], { card: purchase.locator });
    await waitForCard(page, isChecklist, { after: before });
    // In Teams the answered card is replaced in place by the question and its answer.
    const answered = await waitForCard(page, answeredCard(en.facts.purchaseChannel.question));
    expect(answered.snapshot.text).toContain(`${en.facts.purchaseChannel.label}`);
    expect(answered.snapshot.text).toContain(en.choices.purchaseChannel['direct-card']);
    // The sentence, the answered card and the checklist below it.
    await screenshot(page, 'understands-answered-card', { viewportHeight: 1500 });

    const rest = await answerQuestionsOnPage(session(), E4_TENANT);
    expect(1 + rest.answers, 'answers after the first sentence').toBe(2);
    const verdict = await waitForCard(page, en.paths['upgrade-tab'], { after: before });
    expect(verdict.snapshot.text).toContain(planName(en, 'o365-enterprise-e4'));
    expect(verdict.snapshot.text).toContain(planName(en, 'o365-e5'));
    const checklist = await waitForCard(page, answeredCard(en.intake.checklist.title));
    expect(checklist.snapshot.text).toContain(en.intake.checklist.statements.trial);
    // The whole conversation, first sentence to verdict.
    await screenshot(page, 'understands-e4-first-sentence-to-verdict', { viewportHeight: 2350 });
  }, 120_000);

  it('a question after the verdict is answered with one line on where we were; the verdict\'s buttons still work', async () => {
    const { page } = session();
    const verdict = await waitForCard(page, (card) => card.text.includes(en.paths['upgrade-tab']) && card.buttons.includes(en.ui.buttons.startWalkthrough));
    const before = await sendMessage(page, SAID.howLong);
    const answer = await waitForCard(page, HOW_LONG_TITLE, { after: before });
    expect(answer.snapshot.text).toContain(en.answers.backTo(en.answers.pendingCard({ kind: 'diagnosis', path: 'upgrade-tab' })));
    expect(answer.snapshot.buttons).toEqual([]);
    await screenshot(page, 'understands-question-after-verdict');

    const walk = await clickCardButton(page, en.ui.buttons.startWalkthrough, { card: verdict.locator });
    await waitForCard(page, en.steps['open-your-products'].title, { after: walk });
  }, 60_000);

  it('a question in the middle of the checklist: the answer, one line on where we were, and the checklist still answers', async () => {
    const { page } = session();
    let before = await sendMessage(page, 'start over');
    // The walkthrough begun above is saved: starting over asks first.
    const asked = await waitForCard(page, (card) => card.buttons.includes(en.ui.buttons.startOverYes), { after: before });
    before = await clickCardButton(page, en.ui.buttons.startOverYes, { card: asked.locator });
    await waitForReplyCard(session(), before);
    before = await sendMessage(page, SAID.e3Admin);
    const checklist = await waitForCard(page, isChecklist, { after: before });
    expect(checklist.snapshot.text).toContain(en.intake.questionsLeft(1));

    before = await sendMessage(page, SAID.howLong);
    const answer = await waitForCard(page, HOW_LONG_TITLE, { after: before });
    expect(answer.snapshot.text).toContain(en.answers.backTo(en.answers.pendingCard({ kind: 'questions', answered: 0 })));
    // Not the checklist again: the one above keeps its buttons.
    const chat = await readChat(page);
    expect(chat.botMessages.slice(before).flatMap((message) => message.cards).filter(isChecklist)).toEqual([]);
    expect((await waitForCard(page, isChecklist)).snapshot.buttons).toContain(en.intake.checklist.none);
    await screenshot(page, 'understands-question-mid-checklist');

    before = await clickCardButton(page, en.intake.checklist.none, { card: checklist.locator });
    await waitForCard(page, en.paths['upgrade-tab'], { after: before });
  }, 90_000);

  it("an admin-center message pasted at “What does the admin center say?” is read as its facts, and the verdict names that blocker", async () => {
    const { page } = session();
    let before = await sendMessage(page, 'start over');
    const menu = await waitForCard(page, (card) => card.buttons.includes(en.ui.menu['why-no-upgrade-tab']), { after: before });
    before = await clickCardButton(page, en.ui.menu['why-no-upgrade-tab'], { card: menu.locator });
    await waitForCard(page, en.intake.pageSays.title, { after: before });

    before = await sendMessage(page, SAID.pasted);
    await waitForBotText(page, en.intake.pageSays.recognised(en.intake.pageSays.messages['more-users-than-licenses']), { after: before });
    await waitForCard(page, en.facts.currentPlan.question, { after: before });
    await screenshot(page, 'understands-pasted-admin-center-message');

    const { asked } = await answerQuestionsOnPage(session(), CLEAR_E3);
    // The message said it: the checklist does not ask it again.
    expect(asked).not.toContain('moreUsersThanLicenses');
    const verdict = await waitForCard(page, en.reasons['license-conflict'].title, { after: before });
    expect(verdict.snapshot.buttons).toContain(en.ui.buttons.checkAgain);
    await expectNothingWentWrong(session());
  }, 120_000);

  it('recorded the conversation as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
