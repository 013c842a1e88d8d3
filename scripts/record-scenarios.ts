import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { walkthrough, CASE_ID_PATTERN, type TenantFacts } from '../domain/index.js';
import { messagesFor, planName } from '../i18n/index.js';
import {
  clickCardButton,
  fillCardInput,
  screenshot,
  selectCardChoice,
  sendMessage,
  startE2eSession,
  waitForBotText,
  waitForCard,
  type E2eSession,
  type PlaygroundUser,
} from '../test/e2e/index.js';
import { answerQuestionsOnPage, waitForReplyCard } from '../test/e2e/journeys/answer-on-page.js';
import { answerQuestionsInLocale, clickInLocale, sayInLocale } from '../test/e2e/journeys/locale-clicks.js';
import { startUpgradeAssistantE2eBot, type UpgradeAssistantE2eBot } from '../test/e2e/upgrade-assistant-bot.js';
import { DEFAULT_RECORD_FOLDER } from './record-session.js';
import { MANUAL_SBP_TO_E3 as MANUAL_FACTS, NOTHING_ELSE } from '../test/support/tenant-fixtures.js';
import { TRANSCRIPT_EXTENSION } from './transcript-file-logger.js';

/**
 * Re-records the regression transcripts: each scenario is a real conversation in the Microsoft 365
 * Agents Playground (headless Chromium, the page clicked and typed into; Italian turns through the
 * Playground's custom-activity API with locale it-IT), against the whole bot with the recorder of
 * `npm run record` on. Each lands as `<folder>/<scenario>.transcript`, replayed by
 * test/transcripts/replay.test.ts; the page at the end of each is kept as
 * test-results/e2e/scenario-<scenario>.png. Run it when the bot's wording changes on purpose:
 *   npx tsx scripts/record-scenarios.ts [--out test/transcripts/recorded] [--only en-bad-input]
 */

type Session = E2eSession<UpgradeAssistantE2eBot>;

interface Scenario {
  name: string;
  user: PlaygroundUser;
  drive(session: Session): Promise<void>;
}

const en = messagesFor('en');
const it = messagesFor('it');
const IT = 'it-IT';

const SBP_FACTS = { purchaseChannel: 'direct-card', targetPlan: 'o365-enterprise-e3', licensedUsers: 12, billingAccountType: 'mosa' } satisfies Partial<TenantFacts>;
/** Business Standard to Business Premium, automatic on MOSA: the tenant of issue 24's report. */
const STANDARD_TO_PREMIUM = { ...NOTHING_ELSE, targetPlan: 'm365-business-premium', licensedUsers: 20 } satisfies Partial<TenantFacts>;

const CASE_ID_IN_TEXT = new RegExp(CASE_ID_PATTERN.source.replace(/^\^|\$$/g, ''));

async function menuShown(session: Session): Promise<void> {
  await waitForCard(session.page, (card) => card.buttons.includes(en.ui.menu['can-i-upgrade']));
}

const SCENARIOS: Scenario[] = [
  {
    name: 'en-partner-purchase-answered-at-once',
    user: { id: 'admin-en-1', name: 'Alex Wilber' },
    async drive(session) {
      await menuShown(session);
      const before = await sendMessage(session.page, "We're on E3 with 350 users, bought through a partner");
      await waitForCard(session.page, en.reasons['purchased-through-partner'].title, { after: before });
    },
  },
  {
    name: 'it-partner-purchase-answered-at-once',
    user: { id: 'admin-it-1', name: 'Giulia Rossi' },
    async drive(session) {
      await menuShown(session);
      const before = await sayInLocale(session, 'Siamo su E3 con 350 utenti, acquistato tramite partner', IT);
      await waitForCard(session.page, it.reasons['purchased-through-partner'].title, { after: before });
    },
  },
  {
    name: 'en-sbp-custom-domain',
    user: { id: 'admin-en-2', name: 'Sara Bianchi' },
    async drive(session) {
      await menuShown(session);
      let before = await clickCardButton(session.page, en.ui.menu['why-no-upgrade-tab']);
      // An older plan's missing tab is none of today's admin-center messages.
      const pageSays = await waitForCard(session.page, en.intake.pageSays.title, { after: before });
      before = await clickCardButton(session.page, en.intake.pageSays.messages['different-problem'], { card: pageSays.locator });
      await waitForCard(session.page, en.facts.currentPlan.question, { after: before });
      const typed = await sendMessage(session.page, 'Small Business Premium, with a custom domain');
      await waitForReplyCard(session, typed);
      await answerQuestionsOnPage(session, SBP_FACTS);
      await waitForCard(session.page, en.reasons['custom-domain-small-business'].title, { after: typed });
    },
  },
  {
    name: 'it-sbp-custom-domain',
    user: { id: 'admin-it-2', name: 'Marco Conti' },
    async drive(session) {
      await menuShown(session);
      let before = await sayInLocale(session, 'Perché non posso cambiare piano?', IT);
      await waitForCard(session.page, it.intake.pageSays.title, { after: before });
      before = await clickInLocale(session, it.intake.pageSays.messages['different-problem'], { locale: IT });
      await waitForCard(session.page, it.facts.currentPlan.question, { after: before });
      const typed = await sayInLocale(session, 'Abbiamo Small Business Premium con un dominio personalizzato', IT);
      await waitForReplyCard(session, typed);
      await answerQuestionsInLocale(session, SBP_FACTS, { language: 'it', locale: IT });
      await waitForCard(session.page, it.reasons['custom-domain-small-business'].title, { after: typed });
    },
  },
  {
    name: 'en-walkthrough-back-stop-resume',
    user: { id: 'admin-en-3', name: 'Luca Verdi' },
    async drive(session) {
      const steps = walkthrough('manual', MANUAL_FACTS);
      const step = (index: number) => en.ui.walkthrough.stepOfTotal(index + 1, steps.length);
      await menuShown(session);
      let before = await clickCardButton(session.page, en.ui.menu['walkthrough-manual']);
      await waitForReplyCard(session, before);
      await answerQuestionsOnPage(session, MANUAL_FACTS);
      for (const [button, shown] of [
        [en.ui.buttons.done, step(1)],
        [en.ui.buttons.done, step(2)],
        [en.ui.buttons.back, step(1)],
      ] as const) {
        before = await clickCardButton(session.page, button);
        await waitForCard(session.page, shown, { after: before });
      }
      before = await clickCardButton(session.page, en.ui.buttons.help);
      await waitForBotText(session.page, en.steps[steps[1]!.id].help, { after: before });
      before = await clickCardButton(session.page, en.ui.buttons.stopForNow);
      await waitForBotText(session.page, en.ui.walkthrough.stopped(2, steps.length), { after: before });
      before = await sendMessage(session.page, 'where was I');
      const stoppedAt = { kind: 'walkthrough', path: 'manual', stepIndex: 1, total: steps.length, stepTitle: en.steps[steps[1]!.id].title } as const;
      await waitForBotText(session.page, en.ui.whereWasI(stoppedAt), { after: before });
      before = await sendMessage(session.page, 'resume');
      await waitForCard(session.page, step(1), { after: before });
      before = await sendMessage(session.page, 'done');
      await waitForCard(session.page, step(2), { after: before });
    },
  },
  {
    name: 'it-walkthrough-back-stop-resume',
    user: { id: 'admin-it-3', name: 'Chiara Galli' },
    async drive(session) {
      const steps = walkthrough('manual', MANUAL_FACTS);
      const step = (index: number) => it.ui.walkthrough.stepOfTotal(index + 1, steps.length);
      await menuShown(session);
      let before = await sayInLocale(session, 'passaggi manuali', IT);
      await waitForReplyCard(session, before);
      await answerQuestionsInLocale(session, MANUAL_FACTS, { language: 'it', locale: IT });
      for (const [button, shown] of [
        [it.ui.buttons.done, step(1)],
        [it.ui.buttons.back, step(0)],
      ] as const) {
        before = await clickInLocale(session, button, { locale: IT });
        await waitForCard(session.page, shown, { after: before });
      }
      before = await clickInLocale(session, it.ui.buttons.stopForNow, { locale: IT });
      await waitForBotText(session.page, it.ui.walkthrough.stopped(1, steps.length), { after: before });
      before = await sayInLocale(session, 'riprendi', IT);
      await waitForCard(session.page, step(0), { after: before });
      before = await sayInLocale(session, 'fatto', IT);
      await waitForCard(session.page, step(1), { after: before });
    },
  },
  {
    // Issue 24: mid-walkthrough, a comparison of two other plans is answered and the walkthrough stays where it was.
    name: 'en-compare-mid-walkthrough',
    user: { id: 'admin-en-4', name: 'Dana Admin' },
    async drive(session) {
      const total = walkthrough('upgrade-tab', { currentPlan: 'm365-business-standard', ...STANDARD_TO_PREMIUM }).length;
      await menuShown(session);
      let before = await sendMessage(session.page, 'Can I upgrade from Business Standard to Business Premium?');
      await waitForReplyCard(session, before);
      await answerQuestionsOnPage(session, STANDARD_TO_PREMIUM);
      before = await clickCardButton(session.page, en.ui.buttons.startWalkthrough);
      await waitForCard(session.page, en.ui.walkthrough.stepOfTotal(1, total), { after: before });
      before = await sendMessage(session.page, 'What do I lose going from E3 to E1?');
      await waitForCard(session.page, en.answers.comparison.heading(planName(en, 'o365-enterprise-e3'), planName(en, 'o365-enterprise-e1')), { after: before });
      before = await clickCardButton(session.page, en.ui.buttons.done);
      await waitForCard(session.page, en.ui.walkthrough.stepOfTotal(2, total), { after: before });
    },
  },
  {
    name: 'it-compare-mid-walkthrough',
    user: { id: 'admin-it-4', name: 'Elena Neri' },
    async drive(session) {
      const total = walkthrough('upgrade-tab', { currentPlan: 'm365-business-standard', ...STANDARD_TO_PREMIUM }).length;
      await menuShown(session);
      let before = await sayInLocale(session, 'Posso aggiornare da Business Standard a Business Premium?', IT);
      await waitForReplyCard(session, before);
      await answerQuestionsInLocale(session, STANDARD_TO_PREMIUM, { language: 'it', locale: IT });
      before = await clickInLocale(session, it.ui.buttons.startWalkthrough, { locale: IT });
      await waitForCard(session.page, it.ui.walkthrough.stepOfTotal(1, total), { after: before });
      before = await sayInLocale(session, 'Cosa perdo passando da E3 a E1?', IT);
      await waitForCard(session.page, it.answers.comparison.heading(planName(it, 'o365-enterprise-e3'), planName(it, 'o365-enterprise-e1')), { after: before });
      // The step card is above the comparison's answer: Done is clicked there.
      before = await clickInLocale(session, it.ui.buttons.done, { locale: IT, onOlderCard: true });
      await waitForCard(session.page, it.ui.walkthrough.stepOfTotal(2, total), { after: before });
    },
  },
  {
    name: 'en-triage-my-cases',
    user: { id: 'agent-7', name: 'Sam Support' },
    async drive(session) {
      await menuShown(session);
      // The form asks for the plan first, then comes back with the fields that matter for it.
      let before = await clickCardButton(session.page, en.ui.menu.triage);
      let form = await waitForCard(session.page, en.desk.form.title, { after: before });
      await selectCardChoice(session.page, en.desk.facts.currentPlan.label, planName(en, 'o365-enterprise-e3'), { card: form.locator });
      before = await clickCardButton(session.page, en.desk.form.saveButton, { card: form.locator });
      form = await waitForCard(session.page, en.desk.form.fieldsForPlan(planName(en, 'o365-enterprise-e3')), { after: before });
      // Exactly "Customer": other labels on this form mention the customer too.
      await fillCardInput(session.page, new RegExp(`^${en.desk.details.customer}$`), 'Fabrikam', { card: form.locator });
      await fillCardInput(session.page, en.desk.details.ticket, '7781', { card: form.locator });
      await selectCardChoice(session.page, en.desk.facts.purchaseChannel.label, en.choices.purchaseChannel.partner, { card: form.locator });
      before = await clickCardButton(session.page, en.desk.form.saveButton, { card: form.locator });
      const created = await waitForBotText(session.page, en.ui.summary.heading, { after: before });
      const caseId = CASE_ID_IN_TEXT.exec(created.text)?.[0];
      if (!caseId) throw new Error(`no case id in: ${created.text}`);
      before = await sendMessage(session.page, 'my cases');
      const list = await waitForCard(session.page, en.desk.list.title, { after: before });
      before = await clickCardButton(session.page, en.ui.buttons.open, { card: list.locator });
      await waitForCard(session.page, en.desk.case.title(caseId), { after: before });
      before = await sendMessage(session.page, `case ${caseId.toLowerCase()}`);
      await waitForCard(session.page, en.desk.case.title(caseId), { after: before });
      before = await sendMessage(session.page, 'case UA-ZZZZZZ');
      await waitForBotText(session.page, en.desk.case.notFound('UA-ZZZZZZ'), { after: before });
    },
  },
  {
    name: 'en-bad-input',
    user: { id: 'admin-en-4', name: 'Adele Vance' },
    async drive(session) {
      await menuShown(session);
      let before = await sendMessage(session.page, 'asdf qwerty');
      await waitForBotText(session.page, en.answers.notUnderstood, { after: before });
      before = await clickCardButton(session.page, en.ui.menu['can-i-upgrade']);
      await waitForCard(session.page, en.facts.currentPlan.question, { after: before });
      before = await sendMessage(session.page, 'banana');
      await waitForBotText(session.page, en.ui.reprompt.notAPlan, { after: before });
      before = await sendMessage(session.page, 'Enterprise E3');
      await waitForReplyCard(session, before);
      // Nothing on the choices card read from it: one line, not the card again.
      before = await sendMessage(session.page, 'with a potato');
      await waitForBotText(session.page, en.intake.choices.pickOne, { after: before });
      before = await sendMessage(session.page, 'help');
      await waitForReplyCard(session, before);
      before = await sendMessage(session.page, 'cancel');
      await waitForBotText(session.page, en.ui.cancelled, { after: before });
      // An old card's button, once its journey is over (the answered plan card has none left in Teams).
      before = await clickCardButton(session.page, en.intake.choices.send);
      await waitForBotText(session.page, en.ui.staleCard, { after: before });
    },
  },
  {
    name: 'it-bad-input',
    user: { id: 'admin-it-4', name: 'Paolo Neri' },
    async drive(session) {
      await menuShown(session);
      let before = await sayInLocale(session, 'posso aggiornare?', IT);
      await waitForCard(session.page, it.facts.currentPlan.question, { after: before });
      before = await sayInLocale(session, 'banana', IT);
      await waitForBotText(session.page, it.ui.reprompt.notAPlan, { after: before });
      before = await sayInLocale(session, 'Enterprise E1', IT);
      await waitForReplyCard(session, before);
      before = await sayInLocale(session, 'boh', IT);
      await waitForReplyCard(session, before);
      before = await sayInLocale(session, 'annulla', IT);
      await waitForBotText(session.page, it.ui.cancelled, { after: before });
    },
  },
];

async function record(scenario: Scenario, folder: string): Promise<string> {
  const session = await startE2eSession({ startBot: () => startUpgradeAssistantE2eBot({ transcriptFolder: folder }), user: scenario.user });
  const recorded = join(folder, `msteams-${session.playground.personalChatId}${TRANSCRIPT_EXTENSION}`);
  try {
    await scenario.drive(session);
    await screenshot(session.page, `scenario-${scenario.name}`);
    if (session.bot.turnErrors.length > 0) throw new Error(`turns failed: ${session.bot.turnErrors.join('; ')}`);
  } catch (error) {
    await session.stop().catch(() => undefined);
    await rm(recorded, { force: true });
    throw error;
  }
  await session.stop();
  const target = join(folder, `${scenario.name}${TRANSCRIPT_EXTENSION}`);
  await rename(recorded, target);
  return target;
}

const { values } = parseArgs({
  options: { out: { type: 'string', default: DEFAULT_RECORD_FOLDER }, only: { type: 'string', multiple: true } },
});
const chosen = SCENARIOS.filter((scenario) => !values.only || values.only.includes(scenario.name));
if (chosen.length === 0) throw new Error(`no scenario named ${values.only?.join(', ')}; there are ${SCENARIOS.map((s) => s.name).join(', ')}`);
const failed: string[] = [];
for (const scenario of chosen) {
  try {
    console.log(`recorded ${await record(scenario, values.out)}`);
  } catch (error) {
    failed.push(scenario.name);
    console.error(`${scenario.name} failed:`, error);
  }
}
const leftovers = (await readdir(values.out)).filter((file) => file.startsWith('msteams-'));
if (leftovers.length > 0) console.error(`unnamed transcripts left in ${values.out}: ${leftovers.join(', ')}`);
if (failed.length > 0) process.exit(1);
