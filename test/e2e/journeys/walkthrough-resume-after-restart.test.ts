import { describe, expect, it } from 'vitest';
import { walkthrough } from '../../../domain/index.js';
import { messagesFor } from '../../../i18n/index.js';
import {
  clickCardButton,
  screenshot,
  sendMessage,
  waitForBotText,
  waitForCard,
} from '../index.js';
import { answerQuestionsOnPage, waitForReplyCard } from './answer-on-page.js';
import { expectJourneyReplays } from './journey-artifacts.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';
import { MANUAL_SBP_TO_E3 as MANUAL_FACTS } from '../../support/tenant-fixtures.js';

const en = messagesFor('en');
const steps = walkthrough('manual', MANUAL_FACTS);
const lastStep = steps.at(-1)!;

/** The step card the admin is on: "Step n of N" and the step's title. */
function stepCard(index: number) {
  return (card: { text: string; buttons: string[] }) =>
    card.text.includes(en.ui.walkthrough.stepOfTotal(index + 1, steps.length)) &&
    card.text.includes(en.steps[steps[index]!.id].title) &&
    card.buttons.includes(en.ui.buttons.done);
}

describe('journey: a manual walkthrough survives a bot restart, in the Playground', () => {
  const session = useJourneySession('walkthrough-resume-after-restart', { id: 'admin-manual', name: 'Luca Verdi' });

  it('clicks through the intake to the first step', async () => {
    await waitForCard(session().page, (card) => card.buttons.includes(en.ui.menu['walkthrough-manual']));
    const before = await clickCardButton(session().page, en.ui.menu['walkthrough-manual']);
    await waitForBotText(session().page, en.ui.journeyIntro['walkthrough-manual'], { after: before });
    // The intro comes before the first question's card: answering starts once that card is there.
    await waitForReplyCard(session(), before);
    await answerQuestionsOnPage(session(), MANUAL_FACTS);
    await waitForCard(session().page, stepCard(0), { after: before });
  }, 90_000);

  it('clicks Done on every step up to the last one', async () => {
    expect(steps.length).toBeGreaterThan(2);
    for (let index = 1; index < steps.length; index += 1) {
      const before = await clickCardButton(session().page, en.ui.buttons.done);
      await waitForCard(session().page, stepCard(index), { after: before });
    }
  }, 90_000);

  it('after a restart on the same DATA_DIR, "resume" brings back the last step, and Done finishes', async () => {
    await session().bot.restart();
    const before = await sendMessage(session().page, 'resume');
    const resumed = await waitForCard(session().page, stepCard(steps.length - 1), { after: before });
    expect(resumed.snapshot.text).toContain(en.steps[lastStep.id].title);

    const done = await clickCardButton(session().page, en.ui.buttons.done, { card: resumed.locator });
    await waitForBotText(session().page, en.ui.walkthrough.finished('manual'), { after: done });
    await screenshot(session().page, 'journey-walkthrough-resume-after-restart');
    await expectNothingWentWrong(session());
  }, 60_000);

  it('recorded the conversation, restart included, as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
