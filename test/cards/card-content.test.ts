import { describe, expect, test } from 'vitest';
import {
  FACTS,
  PLANS,
  PLAN_IDS,
  byImportance,
  diagnose,
  factsThatMatter,
  summarizeCase,
  upgradeTargets,
  walkthrough,
  type FactKey,
  type TenantFacts,
} from '../../domain/index.js';
import { LANGUAGES, formatInstant, messagesFor, planName } from '../../i18n/index.js';
import {
  buildCaseCard,
  buildCaseListCard,
  buildDiagnosisCard,
  buildFactQuestionCard,
  buildMenuCard,
  buildStepCard,
  buildStepCompletedCard,
  buildTriageFormCard,
  caseSummaryText,
  buildLeadCard,
  TICKET_TEXT_WIDTH,
  type AdaptiveCardJson,
  type SubmitAction,
} from '../../cards/index.js';
import { cardProblems } from './card-validation.js';
import { allActions, allElements, allTexts, submitActions } from './card-walk.js';
import { FACTS_BY_REASON, SCENARIOS, triageCase } from './fixtures.js';

const dataOf = (card: AdaptiveCardJson): SubmitAction['data'][] => submitActions(card).map((action) => action.data);
const joined = (card: AdaptiveCardJson): string => allTexts(card).join('\n');

function stepCards(facts: TenantFacts) {
  const diagnosis = diagnose(facts);
  const steps = walkthrough(diagnosis.path, facts);
  return steps.map((step, index) => ({
    step,
    input: { step, index, total: steps.length, path: diagnosis.path, walkthroughId: 'wt-7', facts },
  }));
}

test('the card validator is not blind: it reports a required input without label and an unknown element', () => {
  const broken = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [{ type: 'Input.Number', id: 'n', isRequired: true }, { type: 'Carousel3D' }],
  } as unknown as AdaptiveCardJson;
  expect(cardProblems(broken).map((problem) => problem.event).sort()).toEqual([
    'RequiredInputsShouldHaveErrorMessage',
    'RequiredInputsShouldHaveLabel',
    'UnknownElementType',
  ]);
});

describe.each(LANGUAGES)('in %s', (lang) => {
  const messages = messagesFor(lang);
  const { ui } = messages;

  test('the menu offers Resume only when there is something to resume', () => {
    const without = dataOf(buildMenuCard(lang, { canResume: false }));
    const withResume = dataOf(buildMenuCard(lang, { canResume: true }));
    expect(without).toHaveLength(5);
    expect(without).not.toContainEqual({ action: 'menu', choice: 'resume' });
    expect(withResume).toHaveLength(6);
    expect(withResume).toContainEqual({ action: 'menu', choice: 'resume' });
    expect(allTexts(buildMenuCard(lang, { canResume: true }))).toContain(ui.menu['why-no-upgrade-tab']);
  });

  const dontKnow = (fact: string) => ({ action: 'answer', fact, value: 'skip' });

  test('a yes/no question has exactly Yes, No and "I don\'t know" buttons carrying the answer', () => {
    const card = buildFactQuestionCard(lang, 'customDomain', { facts: {} });
    expect(submitActions(card).map((action) => [action.title, action.data])).toEqual([
      [ui.buttons.yes, { action: 'answer', fact: 'customDomain', value: 'true' }],
      [ui.buttons.no, { action: 'answer', fact: 'customDomain', value: 'false' }],
      [ui.buttons.dontKnow, dontKnow('customDomain')],
    ]);
    expect(joined(card)).toContain(messages.facts.customDomain.question);
  });

  test('a choice question has one labelled button per option', () => {
    const card = buildFactQuestionCard(lang, 'purchaseChannel', { facts: {} });
    const spec = FACTS.purchaseChannel;
    if (spec.kind !== 'choice') throw new Error('purchaseChannel is a choice');
    expect(dataOf(card)).toEqual([
      ...spec.options.map((value) => ({ action: 'answer', fact: 'purchaseChannel', value })),
      dontKnow('purchaseChannel'),
    ]);
    expect(allActions(card).map((action) => action.title)).toEqual([
      ...spec.options.map((option) => messages.choices.purchaseChannel[option as keyof typeof messages.choices.purchaseChannel]),
      ui.buttons.dontKnow,
    ]);
  });

  test('a count question is a required number input, never negative, named "value"', () => {
    const card = buildFactQuestionCard(lang, 'licensedUsers', { facts: {} });
    const inputs = allElements(card).filter((element) => element.type === 'Input.Number');
    expect(inputs).toEqual([expect.objectContaining({ id: 'value', min: 0, isRequired: true })]);
    expect(dataOf(card)).toEqual([{ action: 'answer', fact: 'licensedUsers' }, dontKnow('licensedUsers')]);
    // "I don't know" must work with the required number left empty.
    expect(allActions(card).find((action) => action.title === ui.buttons.dontKnow)).toMatchObject({ associatedInputs: 'none' });
  });

  test('the current-plan question lists today\'s plans once, business plans first; older ones are typed', () => {
    const card = buildFactQuestionCard(lang, 'currentPlan', { facts: {} });
    const [choiceSet] = allElements(card).filter((element) => element.type === 'Input.ChoiceSet');
    if (choiceSet?.type !== 'Input.ChoiceSet') throw new Error('no plan picker');
    expect(choiceSet.id).toBe('value');
    const sold = PLANS.filter((plan) => plan.status === 'sold').map((plan) => plan.id);
    expect([...choiceSet.choices.map((choice) => choice.value)].sort()).toEqual([...sold].sort());
    const values = choiceSet.choices.map((choice) => choice.value);
    expect(values[0]).toBe('m365-business-basic');
    expect(values.indexOf('m365-business-premium')).toBeLessThan(values.indexOf('o365-enterprise-e1'));
    expect(values.indexOf('m365-f3')).toBeLessThan(values.indexOf('exchange-online-p1'));
    expect(values).not.toContain('o365-enterprise-e4');
    expect(joined(card)).toContain(ui.olderPlansHint);
  });

  test('the support agent\'s form lists the retired plans too, after today\'s, marked', () => {
    const [plans] = allElements(buildTriageFormCard(lang)).filter((element) => element.type === 'Input.ChoiceSet');
    if (plans?.type !== 'Input.ChoiceSet') throw new Error('no plan picker');
    expect([...plans.choices.map((choice) => choice.value)].sort()).toEqual([...PLAN_IDS].sort());
    const e4 = plans.choices.find((choice) => choice.value === 'o365-enterprise-e4');
    expect(e4?.title).toBe(`${planName(messages, 'o365-enterprise-e4')} ${ui.retiredPlanMark}`);
    expect(plans.choices.findIndex((choice) => choice.value === 'o365-enterprise-e4')).toBeGreaterThan(
      plans.choices.findIndex((choice) => choice.value === 'm365-e5'),
    );
  });

  test('the wanted-plan question puts the automatic targets first, marked, never a retired plan nor the current one', () => {
    const card = buildFactQuestionCard(lang, 'targetPlan', { facts: { currentPlan: 'o365-enterprise-e1' } });
    const [choiceSet] = allElements(card).filter((element) => element.type === 'Input.ChoiceSet');
    if (choiceSet?.type !== 'Input.ChoiceSet') throw new Error('no plan picker');
    const automatic = upgradeTargets('o365-enterprise-e1');
    expect(choiceSet.choices.slice(0, automatic.length).map((choice) => choice.value)).toEqual(automatic);
    expect(choiceSet.choices[0]?.title).toBe(`${planName(messages, automatic[0] ?? 'o365-enterprise-e3')} ${ui.automaticTargetMark}`);
    const values = choiceSet.choices.map((choice) => choice.value);
    expect(values).not.toContain('o365-enterprise-e1');
    expect(values).not.toContain('o365-enterprise-e4');
    expect(choiceSet.choices).toHaveLength(PLANS.filter((plan) => plan.status === 'sold').length - 1);
  });

  test('every reason shows its title, meaning, remedy and source citation on the diagnosis card', () => {
    for (const [reasonId, facts] of Object.entries(FACTS_BY_REASON)) {
      const diagnosis = diagnose(facts);
      const text = joined(buildDiagnosisCard(lang, diagnosis, facts));
      const words = messages.reasons[reasonId as keyof typeof messages.reasons];
      expect(text).toContain(words.title);
      expect(text).toContain(words.meaning);
      expect(text).toContain(words.remedy);
      const reason = diagnosis.reasons.find((found) => found.id === reasonId);
      expect(reason).toBeDefined();
      expect(text).toContain(messages.sources[reason?.source ?? 'MSD']);
    }
  });

  test('the diagnosis card: path sentence, targets, warnings, and which buttons', () => {
    const facts = SCENARIOS['e4 to m365 e3, custom domain, invoice (automatic, MOSA)'];
    const diagnosis = diagnose(facts);
    const card = buildDiagnosisCard(lang, diagnosis, facts);
    const text = joined(card);
    expect(text).toContain(messages.paths['upgrade-tab']);
    expect(text).toContain(ui.diagnosis.planRetired(planName(messages, 'o365-enterprise-e4'), 2015, 'notice'));
    expect(text).toContain(messages.notes['e3-to-e4-2013']);
    for (const target of diagnosis.targets) expect(text).toContain(planName(messages, target));
    for (const warning of diagnosis.warnings) expect(text).toContain(messages.warnings[warning]);
    expect(dataOf(card)).toEqual([
      { action: 'diagnosis', choice: 'start-walkthrough' },
      { action: 'diagnosis', choice: 'recheck' },
      { action: 'diagnosis', choice: 'start-over' },
    ]);

    const partner = SCENARIOS['partner (contact partner)'];
    const partnerCard = buildDiagnosisCard(lang, diagnose(partner), partner);
    expect(joined(partnerCard)).toContain(messages.paths['contact-partner']);
    expect(joined(partnerCard)).not.toContain(ui.diagnosis.targetsTitle);
    expect(dataOf(partnerCard)).not.toContainEqual({ action: 'diagnosis', choice: 'start-walkthrough' });
  });

  test('when the wanted plan is refused, the card shows what the admin center does offer, and never an empty offer', () => {
    const facts = FACTS_BY_REASON['target-fewer-services'];
    const diagnosis = diagnose(facts);
    const text = joined(buildDiagnosisCard(lang, diagnosis, facts));
    expect(diagnosis.path).toBe('manual');
    expect(text).toContain(ui.diagnosis.wantedRefusedTargetsTitle);
    for (const target of diagnosis.targets) expect(text).toContain(planName(messages, target));
    expect(text).not.toContain(ui.diagnosis.noAutomaticTargets);

    const retired = FACTS_BY_REASON['target-retired'];
    const retiredText = joined(buildDiagnosisCard(lang, diagnose(retired), retired));
    expect(retiredText).toContain(ui.diagnosis.planRetired(planName(messages, 'o365-enterprise-e4'), 2015, 'notice'));
    expect(retiredText).toContain(ui.diagnosis.wantedRefusedTargetsTitle);

    for (const [reasonId, reasonFacts] of Object.entries(FACTS_BY_REASON)) {
      const found = diagnose(reasonFacts);
      const cardText = joined(buildDiagnosisCard(lang, found, reasonFacts));
      if (found.targets.length === 0) expect(cardText, reasonId).not.toContain(ui.diagnosis.wantedRefusedTargetsTitle);
    }
  });

  test('the diagnosis shows the three warnings that matter most, the rest behind "More", and each source once', () => {
    const facts = SCENARIOS['e4 to m365 e3, custom domain, invoice (automatic, MOSA)'];
    const diagnosis = diagnose(facts);
    const card = buildDiagnosisCard(lang, diagnosis, facts);
    expect(diagnosis.warnings.length).toBeGreaterThan(3);
    const ordered = byImportance(diagnosis.warnings);
    const bodyText = card.body.map((element) => JSON.stringify(element)).join('\n');
    for (const warning of ordered.slice(0, 3)) expect(bodyText).toContain(JSON.stringify(messages.warnings[warning]).slice(1, -1));
    for (const warning of ordered.slice(3)) expect(bodyText).not.toContain(JSON.stringify(messages.warnings[warning]).slice(1, -1));
    const more = (card.actions ?? []).find((action) => action.type === 'Action.ShowCard');
    expect(more?.title).toBe(ui.diagnosis.moreWarnings(ordered.length - 3));
    expect(ordered.slice(0, 3)).toEqual(['e4-to-e3-loses-features', 'teams-suite-new-customers', 'invoice-credit-check']);
    // Two reasons citing the same documents: each document listed once, both reasons pointing at it.
    const blocked = { ...FACTS_BY_REASON['service-health-issue'], provisioningIncomplete: true };
    const blockedDiagnosis = diagnose(blocked);
    expect(blockedDiagnosis.reasons.map((reason) => reason.id)).toEqual(['service-health-issue', 'provisioning-incomplete']);
    const text = joined(buildDiagnosisCard(lang, blockedDiagnosis, blocked));
    for (const source of new Set(blockedDiagnosis.reasons.flatMap((reason) => reason.sources))) {
      expect(text.split(messages.sources[source]).length - 1, source).toBe(1);
    }
    expect(text.split('[1, 2').length - 1).toBe(2);
  });

  test('what no source decides is said, with the page that shows it', () => {
    const facts = SCENARIOS['education plan (undecided)'];
    const text = joined(buildDiagnosisCard(lang, diagnose(facts), facts));
    expect(text).toContain(ui.diagnosis.undecidedTitle);
    expect(text).toContain(messages.undecided['education-plans-undocumented']);
    const mca = SCENARIOS['business standard to premium on MCA (automatic, MCA)'];
    expect(joined(buildDiagnosisCard(lang, diagnose(mca), mca))).toContain(messages.undecided['mca-blockers-undocumented']);
  });

  test('an undecided diagnosis names the answers that could still change it; a decided one does not', () => {
    const open = SCENARIOS['only the current plan known'];
    const openDiagnosis = diagnose(open);
    expect(openDiagnosis.decided).toBe(false);
    const label = messages.facts[openDiagnosis.unknownFacts[0] ?? 'purchaseChannel'].label;
    expect(joined(buildDiagnosisCard(lang, openDiagnosis, open))).toContain(label);

    const closed = SCENARIOS['everything answered, nothing blocks (automatic, decided)'];
    const closedDiagnosis = diagnose(closed);
    expect(closedDiagnosis.decided).toBe(true);
    const closedText = joined(buildDiagnosisCard(lang, closedDiagnosis, closed));
    expect(closedText).toContain(ui.diagnosis.allClear);
    expect(closedText).not.toContain(ui.diagnosis.stillUnknown([]).slice(0, 20));
  });

  test('step cards: "Step N of M", a progress bar, Back from the second step on, the end note on the last', () => {
    const cards = stepCards(SCENARIOS['small business with a domain to enterprise, many users (manual across 2013 families)']);
    expect(cards.length).toBeGreaterThan(2);
    cards.forEach(({ input }, index) => {
      const card = buildStepCard(lang, input);
      const text = joined(card);
      expect(text).toContain(ui.walkthrough.stepOfTotal(index + 1, cards.length));
      expect(text).toContain(messages.steps[input.step.id].title);
      const bar = allElements(card).find((element) => element.type === 'ColumnSet');
      if (bar?.type !== 'ColumnSet') throw new Error('no progress bar');
      expect(bar.columns).toHaveLength(cards.length);
      expect(bar.columns.filter((column) => column.style === 'good')).toHaveLength(index);
      const commands = dataOf(card).map((data) => (data.action === 'step' ? data.command : data.action));
      expect(commands).toEqual(index === 0 ? ['done', 'help', 'stop'] : ['done', 'back', 'help', 'stop']);
      for (const data of dataOf(card)) expect(data).toMatchObject({ walkthroughId: 'wt-7', stepIndex: index });
      for (const warning of input.step.warnings) expect(text).toContain(messages.warnings[warning]);
      const isLast = index === cards.length - 1;
      expect(text.includes(ui.walkthrough.lastStepNote.manual)).toBe(isLast);
    });
  });

  test('step instructions name the plans and the admin-center places in the card language', () => {
    const facts = SCENARIOS['small business with a domain to enterprise, many users (manual across 2013 families)'];
    const text = stepCards(facts)
      .map(({ input }) => joined(buildStepCard(lang, input)))
      .join('\n');
    expect(text).toContain(planName(messages, 'o365-enterprise-e3'));
    expect(text).toContain(planName(messages, 'o365-small-business'));
    expect(text).toContain(messages.adminCenter['billing-your-products']);
    expect(text).toContain(messages.adminCenter['users-active-users']);
    expect(text).toContain(messages.adminCenter['manage-product-licenses']);
    expect(text).toContain('Set-MgUserLicense');
    expect(text).toContain('60');
  });

  test.each<[string, string[]]>([
    ['e4 to m365 e3, custom domain, invoice (automatic, MOSA)', ['view-upgrades', 'available-upgrades', 'place-order']],
    ['business standard to premium on MCA (automatic, MCA)', ['other-subscription-options', 'change-subscription-option', 'change-plan']],
  ])('today\'s automatic steps point at today\'s pages: %s', (scenario, places) => {
    const text = stepCards(SCENARIOS[scenario as keyof typeof SCENARIOS])
      .map(({ input }) => joined(buildStepCard(lang, input)))
      .join('\n');
    for (const place of places) expect(text).toContain(messages.adminCenter[place as keyof typeof messages.adminCenter]);
    expect(text).not.toContain(`**${messages.adminCenter.cart}**`);
    expect(text.includes(ui.walkthrough.labelsInEnglish)).toBe(lang === 'it');
  });

  test.each<[string, string]>([
    ['e3 to e1 on MCA, 30 licenses, custom domain (manual, fewer services)', 'mca-refund-window'],
    ['e3 to e1 on MOSA, 30 licenses (manual, fewer services)', 'mosa-cancel-license-limit'],
  ])('the cancel step says which account\'s rule applies: %s', (scenario, warning) => {
    const cards = stepCards(SCENARIOS[scenario as keyof typeof SCENARIOS]);
    const last = cards.at(-1);
    if (!last) throw new Error('no steps');
    expect(last.step.id).toBe('cancel-old-subscription');
    expect(joined(buildStepCard(lang, last.input))).toContain(messages.warnings[warning as keyof typeof messages.warnings]);
  });

  test('a completed step is the same step, marked done, with a full bar and no buttons', () => {
    const [first] = stepCards(SCENARIOS['e4 to m365 e3, custom domain, invoice (automatic, MOSA)']);
    if (!first) throw new Error('no steps');
    const done = buildStepCompletedCard(lang, first.input);
    expect(allActions(done)).toEqual([]);
    expect(joined(done)).toContain(ui.walkthrough.stepDone);
    expect(joined(done)).toContain(messages.steps[first.step.id].title);
    const bar = allElements(done).find((element) => element.type === 'ColumnSet');
    if (bar?.type !== 'ColumnSet') throw new Error('no progress bar');
    expect(bar.columns.filter((column) => column.style === 'good')).toHaveLength(1);
  });

  test('a step left with Back is not marked done: it says so, and its bar does not advance', () => {
    const cards = stepCards(SCENARIOS['e4 to m365 e3, custom domain, invoice (automatic, MOSA)']);
    const second = cards[1];
    if (!second) throw new Error('no second step');
    const left = buildStepCompletedCard(lang, second.input, 'went-back');
    expect(allActions(left)).toEqual([]);
    expect(joined(left)).toContain(ui.walkthrough.stepWentBack);
    expect(joined(left)).not.toContain(ui.walkthrough.stepDone);
    const bar = allElements(left).find((element) => element.type === 'ColumnSet');
    if (bar?.type !== 'ColumnSet') throw new Error('no progress bar');
    expect(bar.columns.filter((column) => column.style === 'good')).toHaveLength(1);
  });

  test('the triage form: customer, tenant and ticket, then the plan alone until one is chosen', () => {
    const card = buildTriageFormCard(lang);
    const inputs = allElements(card).filter((element) => element.type.startsWith('Input.'));
    expect(inputs.map((input) => input.id)).toEqual(['customer', 'tenant', 'ticket', 'currentPlan']);
    expect(inputs.filter((input) => 'isRequired' in input && input.isRequired).map((input) => input.id)).toEqual(['currentPlan']);
    expect(dataOf(card)).toEqual([{ action: 'triage-form' }]);
    expect(joined(card)).toContain(messages.desk.form.intro);
  });

  test('with a plan, the triage form asks only what matters for it, in the third person, filled in', () => {
    const facts = { currentPlan: 'o365-enterprise-e3' as const, licensedUsers: 350 };
    const card = buildTriageFormCard(lang, { facts, details: { ticket: '48213' } });
    const inputs = allElements(card).filter((element) => element.type.startsWith('Input.'));
    expect(inputs.map((input) => input.id).slice(3)).toEqual(factsThatMatter(facts));
    expect(inputs.find((input) => input.id === 'licensedUsers')).toMatchObject({ value: 350 });
    expect(inputs.find((input) => input.id === 'ticket')).toMatchObject({ value: '48213' });
    expect(dataOf(card)).toEqual([{ action: 'triage-form', fieldsFor: 'o365-enterprise-e3' }]);
    const text = joined(card);
    expect(text).toContain(messages.desk.facts.adminRole.label);
    expect(text).not.toContain(messages.facts.adminRole.label);
    for (const input of inputs) {
      if (input.type === 'Input.ChoiceSet' && FACTS[input.id as FactKey]?.kind === 'boolean') expect(input).not.toHaveProperty('value');
    }
  });

  const clock = { locale: lang === 'en' ? 'en-GB' : 'it-IT', timeZone: 'Europe/Rome' };

  test('a case card reads in the third person: path, remedies, status, one date format, and its buttons', () => {
    const facts = SCENARIOS['partner (contact partner)'];
    const card = buildCaseCard(lang, triageCase('UA-K7M2QZ', facts), clock);
    const text = joined(card);
    expect(text).toContain('UA-K7M2QZ');
    expect(text).toContain(messages.desk.paths['contact-partner']);
    expect(text).not.toContain(messages.paths['contact-partner']);
    expect(text).toContain(messages.desk.remedies['purchased-through-partner']);
    expect(text).toContain(messages.desk.statuses.open);
    expect(text).toContain(formatInstant(clock, '2026-11-21T10:15:42.123Z'));
    expect(text).not.toContain('{{');
    expect(dataOf(card)).toEqual([
      { action: 'case', command: 'add-facts', caseId: 'UA-K7M2QZ' },
      { action: 'case', command: 'status', caseId: 'UA-K7M2QZ', status: 'waiting-for-customer' },
      { action: 'case', command: 'status', caseId: 'UA-K7M2QZ', status: 'resolved' },
    ]);
  });

  test('the case list groups open cases first, an Open button per case', () => {
    const open = summarizeCase(triageCase('UA-AAAAA2', SCENARIOS['partner (contact partner)']));
    const resolved = { ...summarizeCase(triageCase('UA-BBBBB3', FACTS_BY_REASON['trial-subscription'])), status: 'resolved' as const };
    const card = buildCaseListCard(lang, { cases: [resolved, open], title: messages.desk.list.title });
    expect(dataOf(card)).toEqual([
      { action: 'open-case', caseId: 'UA-AAAAA2' },
      { action: 'open-case', caseId: 'UA-BBBBB3' },
    ]);
    const text = joined(card);
    expect(text.indexOf(messages.desk.list.groups.open)).toBeLessThan(text.indexOf(messages.desk.list.groups.resolved));
    const empty = buildCaseListCard(lang, { cases: [], title: messages.desk.list.title });
    expect(allActions(empty)).toEqual([]);
    expect(joined(empty)).toContain(messages.desk.list.empty);
  });

  test('the case summary is plain third-person text, no line wider than a ticket takes, the card\'s date format', () => {
    const facts = SCENARIOS['trial and unpaid (resolve then automatic)'];
    const base = triageCase('UA-SUMM42', facts, 'Giulia Rossi');
    const text = caseSummaryText(lang, { ...base, customer: 'Contoso Pharmaceuticals International', ticket: '48213' }, clock);
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/undefined|\{\{/);
    for (const label of [ui.summary.heading, ui.summary.agent, ui.summary.created, ui.summary.facts]) expect(text).toContain(label);
    expect(text).toContain('UA-SUMM42');
    expect(text).toContain('Giulia Rossi');
    expect(text).toContain('Contoso Pharmaceuticals International');
    expect(text).toContain(messages.reasons['trial-subscription'].title);
    expect(text).toContain(formatInstant(clock, base.createdAt));
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(TICKET_TEXT_WIDTH);
    expect(text.replace(/\s+/g, ' ')).toContain(messages.desk.remedies['unpaid-balance'].replace(/\*\*/g, ''));
  });

  test('the lead card shows the chart, every count as text, and the export link', () => {
    const week = { since: '2026-11-20T12:00:00.000Z', cases: 3, blockers: [{ reason: 'purchased-through-partner' as const, cases: 2 }] };
    const card = buildLeadCard(lang, { week, chart: 'data:image/png;base64,iVBORw0KGgo=', csv: { url: 'http://127.0.0.1:3978/desk/export/x.csv', minutes: 15 } }, clock);
    const image = allElements(card).find((element) => element.type === 'Image');
    expect(image).toMatchObject({ url: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(joined(card)).toContain(messages.reasons['purchased-through-partner'].title);
    expect(allActions(card)).toEqual([{ type: 'Action.OpenUrl', title: messages.desk.lead.exportButton, url: 'http://127.0.0.1:3978/desk/export/x.csv' }]);
    expect(cardProblems(card)).toEqual([]);
  });
});

test('the two languages really differ on the cards', () => {
  const facts = FACTS_BY_REASON['credit-check-pending'];
  const en = joined(buildDiagnosisCard('en', diagnose(facts), facts));
  const it = joined(buildDiagnosisCard('it', diagnose(facts), facts));
  expect(en).toContain('Credit check in progress');
  expect(it).toContain('Verifica del credito in corso');
  expect(it).not.toContain('Credit check in progress');
});
