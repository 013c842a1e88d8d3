import { describe, expect, test } from 'vitest';
import {
  FACT_KEYS,
  PATHS,
  QUESTION_TOPICS,
  REASON_IDS,
  REASONS,
  STEP_IDS,
  UNDECIDED_IDS,
  WARNING_IDS,
  WARNINGS,
  blockersOfTheWeek,
  comparePlans,
  diagnose,
  newCheckBack,
  offersCheckBack,
  summarizeCase,
  upgradeTabWalkthrough2020,
  walkthrough,
  FACTS,
  type FactKey,
  type TenantFacts,
  type YesNoFact,
} from '../../domain/index.js';
import { LANGUAGES, type Language } from '../../i18n/index.js';
import {
  SubmitDataSchema,
  buildAnswerCard,
  buildComparisonCard,
  buildCaseCard,
  buildCaseListCard,
  buildDiagnosisCard,
  buildFactQuestionCard,
  buildMenuCard,
  buildStepCard,
  buildStepCompletedCard,
  buildTriageFormCard,
  buildUpgradeTab2020Card,
  buildCaseChangeCard,
  buildLeadCard,
  buildCheckBackScheduledCard,
  buildCheckBackQuestionCard,
  buildCheckBackAdviceCard,
  buildChecklistCard,
  buildChoicesCard,
  buildConflictCard,
  buildPageSaysCard,
  buildAnsweredCard,
  type AdaptiveCardJson,
} from '../../cards/index.js';
import { renderBlockersChart } from '../../bot/desk/blockers-chart.js';

const CLOCK = { locale: 'en-GB', timeZone: 'Europe/Rome' };
const CHECK_BACK = newCheckBack({
  conversationKey: 'msteams:a:1',
  address: { conversation: { id: 'a:1' } },
  language: 'en',
  currentPlan: 'o365-enterprise-e3',
  targetPlan: 'o365-e5',
  now: new Date('2026-11-27T12:00:00Z'),
});
import { cardProblems, parseCard } from './card-validation.js';
import { allActions, simulatedSubmits } from './card-walk.js';
import { FACTS_BY_REASON, SCENARIOS, triageCase } from './fixtures.js';

const YES_NO_FACTS = FACT_KEYS.filter((fact): fact is YesNoFact => FACTS[fact].kind === 'boolean');
const CHOICE_FACTS: FactKey[] = FACT_KEYS.filter((fact) => FACTS[fact].kind === 'choice');

const TENANTS: [string, TenantFacts][] = [
  ...Object.entries(FACTS_BY_REASON).map(([reason, facts]): [string, TenantFacts] => [`reason ${reason}`, facts]),
  ...Object.entries(SCENARIOS).map(([name, facts]): [string, TenantFacts] => [name, facts]),
];

/** Every card the bot can send, for data that reaches every reason, warning, step, path and fact kind. */
function everyCard(lang: Language): [string, AdaptiveCardJson][] {
  const cards: [string, AdaptiveCardJson][] = [
    ['menu', buildMenuCard(lang, { canResume: false })],
    ['menu with resume and greeting', buildMenuCard(lang, { canResume: true, greet: true })],
    ['triage form', buildTriageFormCard(lang)],
    ['triage form for a plan, filled from a sentence', buildTriageFormCard(lang, { facts: { currentPlan: 'o365-small-business', licensedUsers: 30 }, details: { ticket: '48213', tenant: 'contoso.com' }, note: 'note' })],
    ['triage form adding facts to a case', buildTriageFormCard(lang, { facts: { currentPlan: 'o365-enterprise-e3' }, caseId: 'UA-ABCDE2' })],
    ['empty case list', buildCaseListCard(lang, { cases: [], title: 'Cases' })],
    [
      'case list',
      buildCaseListCard(lang, {
        cases: TENANTS.slice(0, 5).map(([, facts], index) => summarizeCase(triageCase(`UA-ABCDE${index + 2}`, facts))),
        title: 'Cases',
        notShown: 3,
        leadButton: true,
      }),
    ],
    ['case change', buildCaseChangeCard(lang, 'UA-ABCDE2', { path: 'upgrade-tab', reasons: [] }, { path: 'contact-partner', reasons: ['purchased-through-partner'] })],
    [
      'lead week with chart',
      buildLeadCard(
        lang,
        {
          week: blockersOfTheWeek(TENANTS.map(([, facts], index) => summarizeCase(triageCase(`UA-ABCDE${(index % 8) + 2}`, facts))), new Date('2026-11-22T00:00:00Z')),
          chart: renderBlockersChart(blockersOfTheWeek(TENANTS.map(([, facts], index) => summarizeCase(triageCase(`UA-ABCDE${(index % 8) + 2}`, facts))), new Date('2026-11-22T00:00:00Z')), lang),
          csv: { url: 'http://127.0.0.1:3978/desk/export/token.csv', minutes: 15 },
        },
        CLOCK,
      ),
    ],
    ['lead week, nothing', buildLeadCard(lang, { week: { since: '2026-11-20T00:00:00Z', cases: 0, blockers: [] } }, CLOCK)],
    ['check-back booked', buildCheckBackScheduledCard(lang, CHECK_BACK, CLOCK)],
    ['check-back question', buildCheckBackQuestionCard(lang, CHECK_BACK)],
    ['check-back advice', buildCheckBackAdviceCard(lang)],
    ['checklist of every yes/no fact', buildChecklistCard(lang, YES_NO_FACTS, 3)],
    ['checklist, last question', buildChecklistCard(lang, YES_NO_FACTS.slice(0, 2), 1)],
    ['choices of every choice fact', buildChoicesCard(lang, CHOICE_FACTS, 2)],
    ['conflict', buildConflictCard(lang, ['Users: before, 120; now, 350.', 'Trial: before, yes; now, no.'])],
    ['what does the page say', buildPageSaysCard(lang)],
    ['a question answered', buildAnsweredCard('How was the subscription bought?', [{ title: 'How it was bought', value: 'Through a partner' }])],
  ];
  for (const topic of QUESTION_TOPICS) {
    cards.push([`answer: ${topic}`, buildAnswerCard(lang, topic)]);
    cards.push([`answer: ${topic}, back to where the admin was`, buildAnswerCard(lang, topic, { backTo: 'WHERE-THE-ADMIN-WAS' })]);
  }
  cards.push(['comparison, services lost and gained', buildComparisonCard(lang, { from: 'o365-enterprise-e3', to: 'o365-enterprise-e1', ...comparePlans('o365-enterprise-e3', 'o365-enterprise-e1') })]);
  cards.push([
    'comparison, nothing lost, back to where the admin was',
    buildComparisonCard(lang, { from: 'o365-enterprise-e3', to: 'm365-e5', ...comparePlans('o365-enterprise-e3', 'm365-e5') }, { backTo: 'WHERE-THE-ADMIN-WAS' }),
  ]);
  for (const fact of FACT_KEYS) {
    cards.push([`question ${fact} (nothing known)`, buildFactQuestionCard(lang, fact, { facts: {} })]);
    cards.push([`question ${fact} (E1 known)`, buildFactQuestionCard(lang, fact, { facts: { currentPlan: 'o365-enterprise-e1' } })]);
  }
  for (const [name, facts] of TENANTS) {
    const diagnosis = diagnose(facts);
    cards.push([`diagnosis: ${name}`, buildDiagnosisCard(lang, diagnosis, facts)]);
    cards.push([`what-if diagnosis: ${name}`, buildDiagnosisCard(lang, diagnosis, facts, { whatIf: ['Users on the subscription: 250'] })]);
    cards.push([`case: ${name}`, buildCaseCard(lang, triageCase('UA-XYZ234', facts, 'Giulia Rossi'), CLOCK)]);
    cards.push([`2020 history: ${name}`, buildUpgradeTab2020Card(lang, facts)]);
    const steps = walkthrough(diagnosis.path, facts);
    steps.forEach((step, index) => {
      const input = { step, index, total: steps.length, path: diagnosis.path, walkthroughId: 'wt-1', facts, offerCheckBack: offersCheckBack(steps.map((each) => each.id), index) };
      cards.push([`step ${index + 1} ${step.id}: ${name}`, buildStepCard(lang, input)]);
      cards.push([`step ${index + 1} ${step.id} done: ${name}`, buildStepCompletedCard(lang, input)]);
      cards.push([`step ${index + 1} ${step.id} went back: ${name}`, buildStepCompletedCard(lang, input, 'went-back')]);
    });
  }
  return cards;
}

describe('the fixtures reach every domain id', () => {
  const diagnoses = TENANTS.map(([, facts]) => ({ facts, diagnosis: diagnose(facts) }));
  test('every reason', () => {
    const seen = new Set(diagnoses.flatMap(({ diagnosis }) => diagnosis.reasons.map((reason) => reason.id)));
    // A reason only older sources gave is never asserted today.
    expect([...REASON_IDS].filter((id) => REASONS[id].scope !== 'history' && !seen.has(id))).toEqual([]);
  });
  test('every warning, on the diagnosis', () => {
    const seen = new Set(diagnoses.flatMap(({ diagnosis }) => diagnosis.warnings));
    // The seeds' warnings about pages that are gone are history, never in today's answer.
    expect([...WARNING_IDS].filter((id) => !WARNINGS[id].history && !seen.has(id))).toEqual([]);
    expect([...WARNING_IDS].filter((id) => WARNINGS[id].history && seen.has(id))).toEqual([]);
  });
  test('every path', () => {
    const seen = new Set(diagnoses.map(({ diagnosis }) => diagnosis.path));
    expect([...PATHS].filter((path) => !seen.has(path))).toEqual([]);
  });
  test('every step, today\'s or as 2020 history', () => {
    const seen = new Set(
      diagnoses.flatMap(({ facts, diagnosis }) => [...walkthrough(diagnosis.path, facts), ...upgradeTabWalkthrough2020(facts)].map((step) => step.id)),
    );
    expect([...STEP_IDS].filter((id) => !seen.has(id))).toEqual([]);
  });
  test('every question no source decides', () => {
    const seen = new Set(diagnoses.flatMap(({ diagnosis }) => diagnosis.undecided));
    expect([...UNDECIDED_IDS].filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe.each(LANGUAGES)('every card in %s', (lang) => {
  const cards = everyCard(lang);

  test.each(cards)('%s: the adaptivecards library parses and validates it with no problem', (_name, card) => {
    expect(card.version).toBe('1.4');
    expect(cardProblems(card)).toEqual([]);
  });

  test.each(cards)('%s: every Action.Submit sends data the schema accepts', (_name, card) => {
    // The library lists an ActionSet's actions once for the set and once for the card: count each once.
    const library = new Set(parseCard(card).getAllActions());
    expect(library.size).toBe(allActions(card).length);
    for (const submit of simulatedSubmits(card)) {
      const parsed = SubmitDataSchema.safeParse(submit);
      expect(parsed.success, JSON.stringify(submit)).toBe(true);
    }
  });

  // Teams rejects bot messages above about 28 KB; leave room for the activity around the card.
  test.each(cards)('%s: stays well under the Teams message size limit', (_name, card) => {
    expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(24_000);
  });

  test.each(cards)('%s: no raw ids, no "undefined", no unfilled placeholders', (_name, card) => {
    // A picture's base64 may spell anything: it is left out of the check.
    const json = JSON.stringify(card).replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, 'data:image/png');
    expect(json).not.toMatch(/undefined|NaN|\[object Object\]/);
  });
});
