import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../i18n/index.js';
import { screenshot, waitForBotText, waitForCard } from '../index.js';
import { factsOf, newestCard, questionOnCard, waitForReplyCard } from './answer-on-page.js';
import { expectJourneyReplays, journeyTranscript } from './journey-artifacts.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';
import { answerQuestionsInLocale, clickInLocale, sayInLocale } from './locale-clicks.js';

const it_ = messagesFor('it');
const en = messagesFor('en');
const LOCALE = 'it-IT';

// The Playground page stamps every activity en-US, so the Italian admin's turns (typed and
// clicked) go through its custom-activity API with locale it-IT; the replies show in the page.
// Only the greeting, sent when the page opens, is the page's own (en-US), hence English.
describe('journey: intake and diagnosis in Italian (it-IT), in the Playground', () => {
  const session = useJourneySession('italian-diagnosis', { id: 'admin-it', name: 'Giulia Rossi' });
  const userClicks = async () => (await journeyTranscript(session())).filter((activity) => activity.from?.role === 'user' && activity.value !== undefined);

  it('answers an Italian question in Italian: what the admin center says, then the plan', async () => {
    await waitForBotText(session().page, en.ui.welcome);
    let before = await sayInLocale(session(), 'Perché non posso cambiare piano?', LOCALE);
    await waitForBotText(session().page, it_.ui.journeyIntro['why-no-upgrade-tab'], { after: before });
    const pageSays = await waitForCard(session().page, it_.intake.pageSays.title, { after: before });
    expect(pageSays.snapshot.buttons).toContain(it_.intake.pageSays.messages['more-users-than-licenses']);
    // An older plan's missing tab is none of today's messages.
    before = await clickInLocale(session(), it_.intake.pageSays.messages['different-problem'], { locale: LOCALE });
    const question = await waitForCard(session().page, it_.facts.currentPlan.question, { after: before });
    expect(question.snapshot.buttons).toEqual(expect.arrayContaining([it_.ui.buttons.submit, it_.ui.buttons.dontKnow]));
  }, 60_000);

  it('reads plan and custom domain from an Italian sentence, then asks the rest in Italian, answered by clicks', async () => {
    const typed = await sayInLocale(session(), 'Abbiamo Small Business Premium con un dominio personalizzato', LOCALE);
    await waitForReplyCard(session(), typed);
    const next = await newestCard(session());
    const nextQuestion = next ? questionOnCard(next, 'it') : undefined;
    const nextFacts = nextQuestion ? factsOf(nextQuestion) : [];
    expect(nextFacts.length, 'an Italian question card').toBeGreaterThan(0);
    expect(nextFacts).not.toContain('currentPlan');
    expect(nextFacts).not.toContain('customDomain');

    const clicksBefore = await userClicks();
    const { asked, answers } = await answerQuestionsInLocale(
      session(),
      { purchaseChannel: 'direct-card', targetPlan: 'o365-enterprise-e3', licensedUsers: 12, billingAccountType: 'mosa' },
      { language: 'it', locale: LOCALE },
    );
    expect(asked).not.toContain('customDomain');
    // Every click reached the bot as Italian.
    const clicks = (await userClicks()).slice(clicksBefore.length);
    expect(clicks.length).toBe(answers);
    expect(new Set([...clicksBefore, ...clicks].map((activity) => activity.locale))).toEqual(new Set([LOCALE]));
  }, 90_000);

  it('shows the diagnosis in Italian: the custom-domain reason and the manual path', async () => {
    const diagnosis = await waitForCard(session().page, it_.reasons['custom-domain-small-business'].title);
    expect(diagnosis.snapshot.text).toContain(it_.paths.manual);
    expect(diagnosis.snapshot.text).not.toContain(en.paths.manual);
    expect(diagnosis.snapshot.buttons).toContain(it_.ui.buttons.startWalkthrough);
    await diagnosis.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'journey-italian-diagnosis');
    await expectNothingWentWrong(session());
  }, 60_000);

  it('recorded the conversation as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
