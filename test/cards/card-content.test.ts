import { describe, expect, test } from 'vitest';
import {
  FACT_KEYS,
  FACTS,
  PLANS,
  PLAN_IDS,
  diagnose,
  upgradeTargets,
  walkthrough,
  type TenantFacts,
} from '../../domain/index.js';
import { LANGUAGES, messagesFor, planName } from '../../i18n/index.js';
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
  type AdaptiveCardJson,
  type SubmitAction,
} from '../../cards/index.js';
import { cardProblems } from './card-validation.js';
import { allActions, allElements, allTexts } from './card-walk.js';
import { FACTS_BY_REASON, SCENARIOS, triageCase } from './fixtures.js';

const dataOf = (card: AdaptiveCardJson): SubmitAction['data'][] => allActions(card).map((action) => action.data);
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
    expect(allActions(card).map((action) => [action.title, action.data])).toEqual([
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
    expect(choiceSet.choices[0]?.title).toBe(`${planName(messages, 'm365-business-basic')} ${ui.automaticTargetMark}`);
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

  test('the triage form has one input per fact, only the current plan required, yes/no facts unknown until chosen', () => {
    const card = buildTriageFormCard(lang);
    const inputs = allElements(card).filter((element) => element.type.startsWith('Input.'));
    expect(inputs.map((input) => input.id)).toEqual([...FACT_KEYS]);
    for (const input of inputs) {
      const kind = FACTS[input.id as (typeof FACT_KEYS)[number]].kind;
      const expected = { plan: 'Input.ChoiceSet', choice: 'Input.ChoiceSet', count: 'Input.Number', boolean: 'Input.ChoiceSet' }[kind];
      expect(input.type).toBe(expected);
      if (kind === 'boolean' && input.type === 'Input.ChoiceSet') {
        // Left alone it sends nothing, so an unanswered fact is never recorded as "no".
        expect(input.choices.map((choice) => choice.value)).toEqual(['true', 'false']);
        expect(input).not.toHaveProperty('value');
      }
    }
    expect(inputs.filter((input) => 'isRequired' in input && input.isRequired).map((input) => input.id)).toEqual(['currentPlan']);
    expect(dataOf(card)).toEqual([{ action: 'triage-form' }]);
  });

  test('a case card shows the id, the outcome and the answers', () => {
    const facts = FACTS_BY_REASON['license-conflict'];
    const text = joined(buildCaseCard(lang, triageCase('UA-K7M2QZ', facts)));
    expect(text).toContain('UA-K7M2QZ');
    expect(text).toContain(messages.reasons['license-conflict'].title);
    expect(text).toContain(messages.facts.licensesAssigned.label);
    expect(text).toContain('{{DATE(2026-11-21T10:15:42Z, SHORT)}}');
    expect(text).toContain('29:agent-aad-object-id');
  });

  test('the case list: an Open button per case, or a friendly empty message', () => {
    const cases = [triageCase('UA-AAAAA2', SCENARIOS['partner (contact partner)']), triageCase('UA-BBBBB3', FACTS_BY_REASON['trial-subscription'])];
    expect(dataOf(buildCaseListCard(lang, cases))).toEqual([
      { action: 'open-case', caseId: 'UA-AAAAA2' },
      { action: 'open-case', caseId: 'UA-BBBBB3' },
    ]);
    const empty = buildCaseListCard(lang, []);
    expect(allActions(empty)).toEqual([]);
    expect(joined(empty)).toContain(ui.triage.myCasesEmpty);
  });

  test('the case summary is plain text with every label, answer and blocker', () => {
    const facts = SCENARIOS['trial and unpaid (resolve then automatic)'];
    const text = caseSummaryText(lang, triageCase('UA-SUMM42', facts, 'Giulia Rossi'));
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/undefined|\{\{/);
    for (const label of [ui.summary.heading, ui.summary.agent, ui.summary.created, ui.summary.facts]) expect(text).toContain(label);
    expect(text).toContain('UA-SUMM42');
    expect(text).toContain('Giulia Rossi (29:agent-aad-object-id)');
    expect(text).toContain(messages.reasons['trial-subscription'].title);
    expect(text).toContain(messages.reasons['unpaid-balance'].title);
    // Only answers given are listed; what is still worth asking has its own line.
    expect(text).not.toContain(`  - ${messages.facts.licensedUsers.label}:`);
    expect(text).toContain(`${messages.facts.trial.label}: ${ui.buttons.yes}`);
    expect(text).toContain('UTC');
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
