import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_ID_PATTERN } from '../../../domain/index.js';
import { messagesFor, planName } from '../../../i18n/index.js';
import {
  clickCardButton,
  screenshot,
  sendMessage,
  waitForBotText,
  waitForCard,
  type PlaygroundPage,
} from '../index.js';
import { expectJourneyReplays, journeyTranscript } from './journey-artifacts.js';
import { expectNothingWentWrong, useJourneySession } from './journey-session.js';

const en = messagesFor('en');
const CASE_ID_IN_TEXT = new RegExp(CASE_ID_PATTERN.source.replace(/^\^|\$$/g, ''));
const AGENT = { id: 'agent-7', name: 'Sam Support' };
/** Exactly "Customer": other labels on the form mention the customer too. */
const CUSTOMER_LABEL = new RegExp(`^${en.desk.details.customer}$`);

/** What the agent pastes: who the customer is and what they said, as one line from the ticket. */
const PASTED_CASE = 'Customer Contoso, tenant contoso.com, ticket 48213: E3, 350 users, bought through a partner';
/** Read from it: the customer's name, the plan, the users, the purchase channel, the tenant and the ticket. */
const ANSWERS_READ = 6;

const chartDrawnSchema = z.object({ complete: z.boolean(), width: z.number(), height: z.number(), shownWidth: z.number() });
const fitSchema = z.object({ found: z.boolean(), overflow: z.number() });

/**
 * How far the newest code block in the chat (the ticket text) runs past the chat pane: 0 when it
 * fits, so nothing is cut off and the chat does not scroll sideways. The block itself never
 * scrolls (it grows with its widest line); the pane around it would.
 */
async function ticketTextOverflow(session: PlaygroundPage): Promise<z.infer<typeof fitSchema>> {
  return fitSchema.parse(
    await session.page.evaluate(`(() => {
      const blocks = [...document.querySelectorAll('.fai-OutputCard pre')];
      const block = blocks[blocks.length - 1];
      if (!block) return { found: false, overflow: 0 };
      let pane = block.parentElement;
      while (pane && !/auto|scroll/.test(getComputedStyle(pane).overflowX)) pane = pane.parentElement;
      const right = (element) => element.getBoundingClientRect().right;
      return { found: true, overflow: Math.max(0, pane ? pane.scrollWidth - pane.clientWidth : 0, pane ? right(block) - right(pane) : 0) };
    })()`),
  );
}

/** The URL of the newest Action.OpenUrl with this title the bot sent, read from the recorded conversation. */
async function openUrlOf(session: Parameters<typeof journeyTranscript>[0], title: string): Promise<string> {
  const sent = JSON.stringify((await journeyTranscript(session)).filter((activity) => activity.from?.role === 'bot'));
  const urls = [...sent.matchAll(/"type":"Action\.OpenUrl","title":"([^"]*)","url":"([^"]*)"/g)].filter((match) => match[1] === title);
  const url = urls.at(-1)?.[2];
  if (!url) throw new Error(`the bot sent no "${title}" link`);
  return url;
}

// Issue 13's support desk as an agent (and, being in SUPPORT_AGENT_IDS, a support lead) uses it:
// a case pasted as one sentence, found by its ticket, updated with a new fact; the week's chart.
describe('journey: a support agent pastes a case, finds it by ticket, adds a fact; the lead sees the week, in the Playground', () => {
  const session = useJourneySession('support-triage', AGENT, { supportAgentIds: [`msteams:${AGENT.id}`] });
  let caseId: string;

  it('pastes a one-sentence case: the form is filled from it; Save gives the case card and the ticket text', async () => {
    await waitForCard(session().page, (card) => card.buttons.includes(en.ui.menu.triage));
    let before = await clickCardButton(session().page, en.ui.menu.triage);
    await waitForCard(session().page, en.desk.form.title, { after: before });

    before = await sendMessage(session().page, PASTED_CASE);
    const form = await waitForCard(session().page, en.desk.form.filledFromSentence(ANSWERS_READ), { after: before });
    // The fields that matter once the purchase went through a partner, filled in; the rest are not asked.
    expect(await form.locator.getByLabel(CUSTOMER_LABEL).inputValue()).toBe('Contoso');
    expect(await form.locator.getByLabel(en.desk.details.tenant).inputValue()).toBe('contoso.com');
    expect(await form.locator.getByLabel(en.desk.details.ticket).inputValue()).toBe('48213');
    expect(await form.locator.getByLabel(en.desk.facts.licensedUsers.label).inputValue()).toBe('350');
    expect(await form.locator.getByRole('combobox', { name: en.desk.facts.currentPlan.label }).inputValue()).toBe(planName(en, 'o365-enterprise-e3'));
    expect(await form.locator.getByRole('combobox', { name: en.desk.facts.purchaseChannel.label }).inputValue()).toBe(en.choices.purchaseChannel.partner);
    expect(form.snapshot.text).not.toContain(en.desk.facts.trial.question);
    before = await clickCardButton(session().page, en.desk.form.saveButton, { card: form.locator });

    const saved = await waitForBotText(session().page, CASE_ID_IN_TEXT, { after: before });
    caseId = CASE_ID_IN_TEXT.exec(saved.text)![0];
    expect(saved.text).toContain(en.desk.case.saved(caseId));
    const card = await waitForCard(session().page, en.desk.case.title(caseId), { after: before });
    // In the third person, with who the customer is.
    expect(card.snapshot.text).toContain(en.desk.paths['contact-partner']);
    expect(card.snapshot.text).toContain('Contoso');
    expect(card.snapshot.text).toContain('contoso.com');
    expect(card.snapshot.text).toContain('48213');
    const summary = await waitForBotText(session().page, en.ui.summary.heading, { after: before });
    expect(summary.text).toContain(caseId);
    expect(summary.text).toContain(AGENT.name);
    expect(summary.text).toContain(en.desk.paths['contact-partner']);
    expect(await ticketTextOverflow(session())).toEqual({ found: true, overflow: 0 });
    // Tall enough for the whole turn: the sentence, the filled form, the case card and the ticket text.
    await screenshot(session().page, 'desk-pasted-case', { viewportHeight: 2500 });
  }, 90_000);

  it('"find 48213" finds the case by its ticket number', async () => {
    const before = await sendMessage(session().page, 'find 48213');
    const found = await waitForCard(session().page, en.desk.case.title(caseId), { after: before });
    expect(found.snapshot.text).toContain('48213');
    expect(found.snapshot.text).toContain(en.desk.statuses.open);
    await screenshot(session().page, 'desk-found-by-ticket', { viewportHeight: 1900 });
  }, 60_000);

  it('a new fact added to the case changes the outcome, and "What changed" says how', async () => {
    const before = await sendMessage(session().page, `add to ${caseId}: bought directly with a credit card after all, and it is a trial`);
    const changed = await waitForCard(session().page, en.desk.case.changedTitle(caseId), { after: before });
    expect(changed.snapshot.text).toContain(en.desk.case.pathChanged(en.desk.pathShort['contact-partner'], en.desk.pathShort['resolve-then-upgrade-tab']));
    expect(changed.snapshot.text).toContain(en.desk.case.reasonsAdded);
    expect(changed.snapshot.text).toContain(en.reasons['trial-subscription'].title);
    expect(changed.snapshot.text).toContain(en.desk.case.reasonsRemoved);
    expect(changed.snapshot.text).toContain(en.reasons['purchased-through-partner'].title);
    // Then the case as it now stands, its history saying who added what.
    const updated = await waitForCard(session().page, en.desk.case.title(caseId), { after: before });
    expect(updated.snapshot.text).toContain(en.desk.paths['resolve-then-upgrade-tab']);
    expect(updated.snapshot.text).toContain(`${AGENT.name} added`);
    await screenshot(session().page, 'desk-updated-with-a-fact', { viewportHeight: 2000 });
  }, 60_000);

  it('"my cases" lists it with the open cases, and Open shows it', async () => {
    const asked = await sendMessage(session().page, 'my cases');
    const list = await waitForCard(session().page, en.desk.list.title, { after: asked });
    expect(list.snapshot.text).toContain(caseId);
    expect(list.snapshot.text).toContain(`${en.desk.list.groups.open} (1)`);
    const open = await clickCardButton(session().page, en.ui.buttons.open, { card: list.locator });
    await waitForCard(session().page, en.desk.case.title(caseId), { after: open });
  }, 60_000);

  it('the lead\'s "blockers this week": the chart shows in the card, and the CSV link downloads every case', async () => {
    // A second case, typed with the request, so the week has more than one blocker.
    let before = await sendMessage(session().page, 'new case: Office 365 E3, 120 users, bought through a partner, ticket 48300');
    const form = await waitForCard(session().page, en.desk.form.title, { after: before });
    before = await clickCardButton(session().page, en.desk.form.saveButton, { card: form.locator });
    await waitForBotText(session().page, en.ui.summary.heading, { after: before });

    before = await sendMessage(session().page, 'blockers this week');
    const lead = await waitForCard(session().page, en.desk.lead.title, { after: before });
    expect(lead.snapshot.text).toContain(en.reasons['trial-subscription'].title);
    expect(lead.snapshot.text).toContain(en.reasons['purchased-through-partner'].title);
    expect(lead.snapshot.buttons).toContain(en.desk.lead.exportButton);
    const chart = lead.locator.locator('img');
    expect(await chart.count()).toBe(1);
    // Drawn, not a broken image: the PNG decoded at its own size and laid out in the card.
    const drawn = chartDrawnSchema.parse(
      await chart.evaluate((img: { complete: boolean; naturalWidth: number; naturalHeight: number; getBoundingClientRect(): { width: number } }) => ({
        complete: img.complete,
        width: img.naturalWidth,
        height: img.naturalHeight,
        shownWidth: img.getBoundingClientRect().width,
      })),
    );
    expect(drawn.complete).toBe(true);
    expect(drawn.width).toBeGreaterThan(100);
    expect(drawn.height).toBeGreaterThan(30);
    expect(drawn.shownWidth).toBeGreaterThan(100);
    await lead.locator.scrollIntoViewIfNeeded();
    await screenshot(session().page, 'desk-lead-chart');

    const csv = await fetch(await openUrlOf(session(), en.desk.lead.exportButton));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await csv.text(), { bom: true }) as string[][];
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row[0] === caseId)).toContain('48213');
    expect(rows.some((row) => row.includes('48300'))).toBe(true);
    await expectNothingWentWrong(session());
  }, 90_000);

  it('recorded the conversation as a transcript that replays with the same answers', async () => {
    await expectJourneyReplays(session(), { supportAgentIds: [`msteams:${AGENT.id}`] });
  }, 30_000);
});
