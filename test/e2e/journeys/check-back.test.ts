import { describe, expect, it } from 'vitest';
import { CHECK_BACK_AFTER_MINUTES } from '../../../domain/index.js';
import { messagesFor, planName } from '../../../i18n/index.js';
import { CLEAR_E3 } from '../../support/tenant-fixtures.js';
import { botMessageCount, clickCardButton, screenshot, sendMessage, waitForBotText, waitForCard } from '../index.js';
import { answerQuestionsOnPage, newestCard, waitForReplyCard } from './answer-on-page.js';
import { expectJourneyReplays } from './journey-artifacts.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';

const en = messagesFor('en');
/** Past the hour the check-back waits: the clock the scheduler reads is moved this far ahead. */
const LATER_MS = (CHECK_BACK_AFTER_MINUTES + 1) * 60_000;
const THE_CHANGE = `${planName(en, 'o365-enterprise-e3')} → ${planName(en, 'o365-e5')}`;

// Issue 13's follow-through: the admin reports the order placed, asks to be checked on, and an
// hour later (the scheduler's clock moved forward; real time, Playwright and the Playground untouched)
// the bot writes into the same chat on its own.
describe('journey: the check-back after the order arrives in the Playground an hour later', () => {
  const session = useJourneySession('check-back', { id: 'admin-check-back', name: 'Megan Bowen' });

  it('walks through the automatic change to the order and books the check-back', async () => {
    await waitForCard(session().page, (card) => card.buttons.includes(en.ui.menu['can-i-upgrade']));
    let before = await sendMessage(session().page, 'Can we go from Office 365 E3 to Office 365 E5?');
    await waitForReplyCard(session(), before);
    await answerQuestionsOnPage(session(), CLEAR_E3);
    const diagnosis = await waitForCard(session().page, en.paths['upgrade-tab'], { after: before });
    before = await clickCardButton(session().page, en.ui.buttons.startWalkthrough, { card: diagnosis.locator });
    await waitForReplyCard(session(), before);
    // Done on every step up to the one after the order, where the check-back is offered.
    for (let step = 0; step < 10; step += 1) {
      const shown = await newestCard(session());
      if (shown?.buttons.includes(en.desk.checkBack.offerButton)) break;
      before = await clickCardButton(session().page, en.ui.buttons.done);
      await waitForReplyCard(session(), before);
    }
    const checkStatus = await waitForCard(session().page, en.steps['check-status'].title);
    before = await clickCardButton(session().page, en.desk.checkBack.offerButton, { card: checkStatus.locator });
    await waitForBotText(session().page, en.ui.walkthrough.finished('upgrade-tab'), { after: before });
    const booked = await waitForCard(session().page, (card) => card.buttons.includes(en.desk.checkBack.cancelButton), { after: before });
    const [saysWhen, saysWhat] = en.desk.checkBack.scheduled('\u0000').split('\u0000');
    expect(booked.snapshot.text.startsWith(saysWhen!) && booked.snapshot.text.includes(saysWhat!), booked.snapshot.text).toBe(true);
  }, 120_000);

  it('an hour later the question arrives by itself in the same chat', async () => {
    const before = await botMessageCount(session().page);
    await session().bot.runCheckBacksLater(LATER_MS);
    const question = await waitForCard(session().page, en.desk.checkBack.question(THE_CHANGE), { after: before });
    expect(question.snapshot.buttons).toEqual([en.desk.checkBack.finishedButton, en.desk.checkBack.notFinishedButton]);
    await question.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'check-back-arrived');
  }, 60_000);

  it('"No, still in progress" gives the seeds\' advice and the way to support', async () => {
    const before = await clickCardButton(session().page, en.desk.checkBack.notFinishedButton);
    const advice = await waitForCard(session().page, en.desk.checkBack.advice, { after: before });
    expect(advice.snapshot.text).toContain(en.desk.checkBack.supportRoute);
    await expectNothingWentWrong(session());
  }, 60_000);

  it('recorded the conversation, the check-back included, as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
