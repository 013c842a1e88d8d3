import { describe, expect, it } from 'vitest';
import { messagesFor, planName } from '../../../i18n/index.js';
import { botMessages, screenshot, waitForBotText, waitForCard } from '../index.js';
import { answeredCard, openChecklist } from './answer-on-page.js';
import { expectJourneyReplays, journeyTranscript } from './journey-artifacts.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';
import { clickInLocale, sayInLocale } from './locale-clicks.js';

const it_ = messagesFor('it');
const en = messagesFor('en');
const LOCALE = 'it-IT';

const E4_ADMIN = 'Siamo su Office 365 E4 con 40 utenti e 40 licenze, sono amministratore globale, account di fatturazione MOSA, possiamo passare a E5?';
const HOW_LONG = 'quanto tempo ci vuole?';

// The conversation that understands, in Italian: every turn (typed and clicked) carries it-IT;
// only the greeting, sent by the page when it opens, is the page's own (en-US).
describe('journey: the conversation that understands, in Italian (it-IT), in the Playground', () => {
  const session = useJourneySession('conversation-that-understands-italian', { id: 'admin-capisce', name: 'Giulia Rossi' });

  it("an E4 admin's Italian first sentence leaves two questions; a question mid-checklist is answered without losing the place; two answers reach the verdict", async () => {
    const { page } = session();
    await waitForBotText(page, en.ui.welcome);
    let before = await sayInLocale(session(), E4_ADMIN, LOCALE);
    const purchase = await waitForCard(page, it_.facts.purchaseChannel.question, { after: before });
    // Plan, wanted plan, users, role and account were read from the sentence: two questions are left.
    expect(purchase.snapshot.text).toContain(it_.intake.questionsLeft(2));
    const firstReply = purchase.messageIndex;

    before = await clickInLocale(session(), it_.choices.purchaseChannel['direct-card'], { locale: LOCALE });
    const checklist = await waitForCard(page, openChecklist('it'), { after: before });
    const answered = await waitForCard(page, answeredCard(it_.facts.purchaseChannel.question));
    expect(answered.snapshot.text).toContain(it_.choices.purchaseChannel['direct-card']);

    // A question on the way: the answer and one line on where we were, not the checklist again.
    before = await sayInLocale(session(), HOW_LONG, LOCALE);
    const answer = await waitForCard(page, it_.answers.title(it_.answers.topics['how-long']), { after: before });
    expect(answer.snapshot.text).toContain(it_.answers.backTo(it_.answers.pendingCard({ kind: 'questions', answered: 0 })));
    expect(checklist.snapshot.buttons).toContain(it_.intake.checklist.none);

    before = await clickInLocale(session(), it_.intake.checklist.none, { locale: LOCALE, onOlderCard: true });
    const verdict = await waitForCard(page, it_.paths['upgrade-tab'], { after: before });
    expect(verdict.snapshot.text).toContain(planName(it_, 'o365-enterprise-e4'));
    expect(verdict.snapshot.text).toContain(planName(it_, 'o365-e5'));
    expect(verdict.snapshot.text).not.toContain(en.paths['upgrade-tab']);
    await waitForCard(page, answeredCard(it_.intake.checklist.title));

    // Two answers after the sentence (the question on the way is none), every turn in Italian.
    const fromUser = (await journeyTranscript(session())).filter((activity) => activity.from?.role === 'user' && activity.type === 'message');
    const sinceTheSentence = fromUser.slice(fromUser.findIndex((activity) => activity.text === E4_ADMIN) + 1);
    expect(sinceTheSentence.filter((activity) => activity.value !== undefined)).toHaveLength(2);
    expect(sinceTheSentence.filter((activity) => activity.text)).toEqual([expect.objectContaining({ text: HOW_LONG })]);
    expect(new Set(fromUser.map((activity) => activity.locale))).toEqual(new Set([LOCALE]));

    // The page shows no Italian message from the user (sent through the custom-activity API): the picture starts at the first reply.
    await screenshot(page, 'understands-e4-first-sentence-to-verdict-it', {
      viewportHeight: 2900,
      from: botMessages(page).nth(firstReply),
    });
    await expectNothingWentWrong(session());
  }, 120_000);

  it('recorded the conversation as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
