import { describe, expect, it } from 'vitest';
import { CASE_ID_PATTERN } from '../../../domain/index.js';
import { messagesFor, planName } from '../../../i18n/index.js';
import {
  clickCardButton,
  fillCardInput,
  screenshot,
  selectCardChoice,
  sendMessage,
  waitForBotText,
  waitForCard,
} from '../index.js';
import { expectJourneyReplays } from './journey-artifacts.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';

const en = messagesFor('en');
const CASE_ID_IN_TEXT = new RegExp(CASE_ID_PATTERN.source.replace(/^\^|\$$/g, ''));

describe('journey: a support agent triages a case and opens it from "my cases", in the Playground', () => {
  const session = useJourneySession('support-triage', { id: 'agent-7', name: 'Sam Support' });
  let caseId: string;

  it('fills the triage form (plan, purchase channel, a number) and gets a case with its diagnosis', async () => {
    await waitForCard(session().page, (card) => card.buttons.includes(en.ui.menu.triage));
    const opened = await clickCardButton(session().page, en.ui.menu.triage);
    const form = await waitForCard(session().page, en.ui.triage.formTitle, { after: opened });

    await selectCardChoice(session().page, en.facts.currentPlan.label, planName(en, 'o365-enterprise-e3'), { card: form.locator });
    await selectCardChoice(session().page, en.facts.purchaseChannel.label, en.choices.purchaseChannel.partner, { card: form.locator });
    await fillCardInput(session().page, en.facts.licensedUsers.label, '120', { card: form.locator });
    const submitted = await clickCardButton(session().page, en.ui.buttons.submit, { card: form.locator });

    const created = await waitForBotText(session().page, CASE_ID_IN_TEXT, { after: submitted });
    caseId = CASE_ID_IN_TEXT.exec(created.text)![0];
    await waitForBotText(session().page, en.ui.triage.caseCreated(caseId), { after: submitted });
    await waitForCard(session().page, en.reasons['purchased-through-partner'].title, { after: submitted });
    // The plain-text summary for the ticket names the case, the agent and the outcome.
    const summary = await waitForBotText(session().page, en.ui.summary.heading, { after: submitted });
    expect(summary.text).toContain(caseId);
    expect(summary.text).toContain('Sam Support');
    expect(summary.text).toContain(en.paths['contact-partner']);
  }, 90_000);

  it('"my cases" lists it and Open shows the case', async () => {
    const asked = await sendMessage(session().page, 'my cases');
    const list = await waitForCard(session().page, en.ui.triage.myCasesTitle, { after: asked });
    expect(list.snapshot.text).toContain(caseId);
    expect(list.snapshot.text).toContain(planName(en, 'o365-enterprise-e3'));

    const open = await clickCardButton(session().page, en.ui.buttons.open, { card: list.locator });
    const shown = await waitForCard(session().page, en.ui.triage.caseTitle(caseId), { after: open });
    expect(shown.snapshot.text).toContain(en.reasons['purchased-through-partner'].title);
    expect(shown.snapshot.text).toContain(en.paths['contact-partner']);
    await shown.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'journey-support-triage');
    await expectNothingWentWrong(session());
  }, 60_000);

  it('recorded the conversation as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session());
  }, 30_000);
});
