import { describe, expect, test } from 'vitest';
import {
  ADMIN_CENTER_PLACES,
  ADMIN_CENTER_PLACE_IDS,
  UNDECIDED_IDS,
  type AdminCenterPlaceId,
  adminCenterLabel,
  FACT_KEYS,
  FACTS,
  FAMILIES,
  NOTE_IDS,
  PATHS,
  PLAN_IDS,
  REASON_IDS,
  SOURCE_IDS,
  STEP_IDS,
  WARNING_IDS,
  getPlan,
} from '../../domain/index.js';
import {
  LANGUAGES,
  MENU_CHOICES,
  formatFactValue,
  messagesFor,
  planName,
  type CurrentActivity,
  type Language,
  type Messages,
  type StepTextInput,
} from '../../i18n/index.js';

const FULL_STEP_INPUT: StepTextInput = {
  currentPlanName: 'PLAN-FROM',
  targetPlanName: 'PLAN-TO',
  usersPerBatch: 20,
  usePowerShell: true,
  expectedLicenses: 137,
};

const ACTIVITIES: CurrentActivity[] = [
  { kind: 'nothing' },
  { kind: 'questions', answered: 0 },
  { kind: 'questions', answered: 3, nextFact: 'trial' },
  { kind: 'diagnosis', path: 'manual' },
  { kind: 'walkthrough', path: 'upgrade-tab', stepIndex: 2, total: 9, stepTitle: 'STEP-TITLE' },
  { kind: 'triage', answered: 5 },
];

/** Sample arguments for each function in the catalog, by its key. */
const SAMPLE_CALLS: Record<string, unknown[][]> = {
  instructions: [[FULL_STEP_INPUT], [{}], [{ ...FULL_STEP_INPUT, usePowerShell: false }]],
  whereWasI: ACTIVITIES.map((activity) => [activity]),
  pendingCard: ACTIVITIES.map((activity) => [activity]),
  notAnOption: [[['A', 'B']]],
  outOfRange: [[0], [1, 300]],
  currentPlan: [['PLAN-X']],
  targetPlan: [['PLAN-X']],
  source: [['CITATION']],
  stillUnknown: [[['LABEL-1', 'LABEL-2']]],
  servicesTitle: [['PLAN-X', 'PLAN-Y']],
  servicesLost: [[['SERVICE-1', 'SERVICE-2']]],
  servicesGained: [[['SERVICE-1']]],
  wouldLose: [[['SERVICE-1', 'SERVICE-2']]],
  stepOfTotal: [[3, 6]],
  finished: [['upgrade-tab'], ['manual']],
  stopped: [[2, 6]],
  linkUnavailable: [[3, 7]],
  confirmStartOver: [[3, 7]],
  placeFor: [['mosa', 'A > B'], ['mca', 'A > B'], ['buy-new-plan', 'A > B']],
  planRetired: [['PLAN-X', 2015, 'notice'], ['PLAN-X', 2025, 'not-listed']],
  moreWarnings: [[1], [4]],
  backTo: [['WHERE-X']],
  // A comparison of plans (i18n/en-answers.ts, it-answers.ts).
  heading: [['PLAN-X', 'PLAN-Y']],
  yourTerm: [['TERM-X']],
  samePlan: [['PLAN-X']],
  unknownPlan: [['PLAN-X, E9']],
  canCompare: [['PLAN-X, PLAN-Y']],
  // The support desk's words (i18n/en-desk.ts, it-desk.ts).
  filledFromSentence: [[1], [3]],
  fieldsForPlan: [['PLAN-X']],
  updateTitle: [['UA-ABCDEF']],
  title: [['UA-ABCDEF']],
  saved: [['UA-ABCDEF']],
  notFound: [['UA-ABCDEF']],
  history: [
    [{ kind: 'created' }, 'WHO'],
    [{ kind: 'facts', facts: ['FACT-1', 'FACT-2'], path: { from: 'PATH-A', to: 'PATH-B' } }, 'WHO'],
    [{ kind: 'facts', facts: ['FACT-1'] }, 'WHO'],
    [{ kind: 'status', to: 'resolved' }, 'WHO'],
    [{ kind: 'details', details: ['DETAIL-1'] }, 'WHO'],
  ],
  statusChanged: [['UA-ABCDEF', 'waiting-for-customer']],
  changedTitle: [['UA-ABCDEF']],
  pathChanged: [['PATH-A', 'PATH-B']],
  pathSame: [['PATH-A']],
  nothingChanged: [['UA-ABCDEF']],
  line: [['UA-ABCDEF', 'WHO', 'PLAN-X']],
  found: [['QUERY', 1], ['QUERY', 4]],
  noMatch: [['QUERY']],
  moreNotShown: [[3]],
  subtitle: [[1, 'SINCE'], [5, 'SINCE']],
  chartAlt: [[['LINE-1', 'LINE-2']]],
  exportNote: [[15]],
  scheduled: [['TIME-X']],
  question: [['CHANGE-X'], [undefined]],
  // "Check my tenant" (i18n/en-tenant.ts, it-tenant.ts).
  forbidden: [[['PART-1', 'PART-2']]],
  throttled: [[['PART-1']]],
  unavailable: [[['PART-1']]],
  'token-expired': [[['PART-1']]],
  'unexpected-response': [[['PART-1']]],
  productLabel: [[{ planName: 'PLAN-X', skuPartNumber: 'SKU-X', licensesPurchased: 250, licensesAssigned: 262 }]],
  noKnownProduct: [[['SKU-1', 'SKU-2']]],
  unknownProducts: [[['SKU-1']]],
  servicesWithIssues: [[['SERVICE-1', 'SERVICE-2']]],
  fromTenant: [
    [{ planName: 'PLAN-X', facts: { licensesPurchased: 250, licensesAssigned: 262, licensedUsers: 262, trial: true, multipleSubscriptionsSameProduct: false, customDomain: true, serviceHealthIssue: false, provisioningIncomplete: false, adminRole: 'global-admin', purchaseChannel: 'partner' }, customDomains: ['contoso.com'] }],
    [{ facts: { trial: false, customDomain: false, serviceHealthIssue: true, provisioningIncomplete: true, adminRole: 'other' }, customDomains: [] }],
  ],
  replacedBy: [[['PLAN-A', 'PLAN-B']]],
  turnFailed: [['save'], ['conflict'], ['error'], ['stack-reset']],
  // Grouped questions, what was noted, conflicts, the admin center's messages (i18n/en-intake.ts, it-intake.ts).
  questionsLeft: [[1], [3]],
  noted: [[['LABEL-1: VALUE-1', 'LABEL-2: VALUE-2']]],
  keptFacts: [[['LABEL-1: VALUE-1']]],
  assumedPlan: [['E3', 'PLAN-A', 'PLAN-B']],
  readAsCase: [['Contoso'], [undefined]],
  recognised: [['MESSAGE-X']],
  recheckAsks: [[['LABEL-1', 'LABEL-2']]],
  updated: [[['LABEL-1: VALUE-1']]],
  supposing: [[['LABEL-1: VALUE-1', 'LABEL-2: VALUE-2']]],
};

/** Every text of a catalog by its path, functions called with every sample. */
function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (typeof value === 'function') {
    const key = path.at(-1) ?? '';
    const calls = SAMPLE_CALLS[key];
    if (calls === undefined) throw new Error(`No sample call for ${path.join('.')}`);
    return calls.flatMap((args, index) => leaves((value as (...a: unknown[]) => unknown)(...args), [...path, `(${index})`]));
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, String(index)]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  }
  return [];
}

const catalogs: [Language, Messages][] = LANGUAGES.map((lang) => [lang, messagesFor(lang)]);

describe.each(catalogs)('the %s catalog', (lang, messages) => {
  const texts = leaves(messages);

  test('says which language it is', () => {
    expect(messages.language).toBe(lang);
  });

  test('has no empty text and nothing left unfilled', () => {
    expect(texts.length).toBeGreaterThan(300);
    for (const [path, text] of texts) {
      expect(text.trim(), path).not.toBe('');
      // Whole words only: Italian and English words contain "nan" and "todo" ("tenant", "metodo").
      expect(text, path).not.toMatch(/undefined|\bNaN\b|\[object Object\]|\$\{|\bTODO\b|\bFIXME\b|lorem ipsum/i);
    }
  });

  test('covers every domain id (the types force it; this guards against casts)', () => {
    const keys = (record: object) => Object.keys(record).sort();
    expect(keys(messages.reasons)).toEqual([...REASON_IDS].sort());
    expect(keys(messages.warnings)).toEqual([...WARNING_IDS].sort());
    expect(keys(messages.steps)).toEqual([...STEP_IDS].sort());
    expect(keys(messages.paths)).toEqual([...PATHS].sort());
    expect(keys(messages.facts)).toEqual([...FACT_KEYS].sort());
    expect(keys(messages.sources)).toEqual([...SOURCE_IDS].sort());
    expect(keys(messages.notes)).toEqual([...NOTE_IDS].sort());
    expect(keys(messages.families)).toEqual([...FAMILIES].sort());
    expect(keys(messages.adminCenter)).toEqual([...ADMIN_CENTER_PLACE_IDS].sort());
    expect(keys(messages.ui.menu)).toEqual([...MENU_CHOICES].sort());
    expect(keys(messages.undecided)).toEqual([...UNDECIDED_IDS].sort());
  });

  test('labels every option of every choice fact', () => {
    for (const fact of FACT_KEYS) {
      const spec = FACTS[fact];
      if (spec.kind !== 'choice') continue;
      const labels: Record<string, string> = (messages.choices as unknown as Record<string, Record<string, string>>)[fact] ?? {};
      expect(Object.keys(labels).sort(), fact).toEqual([...spec.options].sort());
    }
  });

  test('uses the admin-center names of its own language, from the domain', () => {
    for (const id of ADMIN_CENTER_PLACE_IDS) expect(messages.adminCenter[id]).toBe(adminCenterLabel(id, lang));
    const steps = texts.filter(([path]) => path.startsWith('steps.')).map(([, text]) => text).join('\n');
    expect(steps).toContain(`**${adminCenterLabel('billing-your-products', lang)}**`);
    expect(steps).toContain(`**${adminCenterLabel('view-upgrades', lang)}**`);
    expect(steps).toContain(`**${adminCenterLabel('change-subscription-option', lang)}**`);
    expect(steps).toContain(`**${adminCenterLabel('place-order', lang)}**`);
    expect(steps).toContain(`**${adminCenterLabel('quantity', lang)}**`);
  });

  test('step instructions use the step params', () => {
    const reassign = messages.steps['reassign-licenses'].instructions;
    expect(reassign(FULL_STEP_INPUT).join(' ')).toContain('Set-MgUserLicense');
    expect(reassign({ ...FULL_STEP_INPUT, usePowerShell: false }).join(' ')).not.toContain('Set-MgUserLicense');
    expect(reassign({ ...FULL_STEP_INPUT, usersPerBatch: 15 }).join(' ')).toContain('15');
    expect(messages.steps['review-cart'].instructions(FULL_STEP_INPUT).join(' ')).toContain('137');
    expect(messages.steps['choose-target'].instructions(FULL_STEP_INPUT).join(' ')).toContain('PLAN-TO');
    expect(messages.steps['cancel-old-subscription'].instructions(FULL_STEP_INPUT).join(' ')).toContain('PLAN-FROM');
    const cancel = (input: StepTextInput) => messages.steps['cancel-old-subscription'].instructions(input).join(' ');
    expect(cancel({ ...FULL_STEP_INPUT, reduceLicensesTo: 25 })).toContain('25');
    expect(cancel({ ...FULL_STEP_INPUT, billingAccountType: 'mca' })).toContain('7');
    expect(cancel(FULL_STEP_INPUT)).not.toContain('25');
    expect(messages.steps['choose-options'].instructions(FULL_STEP_INPUT).join(' ')).toContain('137');
    expect(messages.steps['backup-data'].instructions({ backupBecause: 'fewer-services' }).join(' ')).not.toBe(
      messages.steps['backup-data'].instructions({ backupBecause: 'other-family' }).join(' '),
    );
  });

  test('"where was I" describes each activity', () => {
    const walkthrough = messages.ui.whereWasI({ kind: 'walkthrough', path: 'manual', stepIndex: 2, total: 6, stepTitle: 'STEP-TITLE' });
    expect(walkthrough).toContain('3');
    expect(walkthrough).toContain('6');
    expect(walkthrough).toContain('STEP-TITLE');
    expect(messages.ui.whereWasI({ kind: 'diagnosis', path: 'manual' })).toContain(messages.paths.manual);
    expect(messages.ui.whereWasI({ kind: 'questions', answered: 2, nextFact: 'trial' })).toContain(messages.facts.trial.question);
    expect(new Set(ACTIVITIES.map((activity) => messages.ui.whereWasI(activity))).size).toBe(ACTIVITIES.length);
  });

  test('help names every word the bot understands anywhere', () => {
    const words =
      lang === 'en'
        ? ['help', 'cancel', 'stop', 'start over', 'italiano', 'english', 'where was I', 'my cases', 'case']
        : ['aiuto', 'annulla', 'stop', 'ricomincia', 'italiano', 'english', 'dove ero', 'i miei casi', 'caso'];
    for (const word of words) expect(messages.ui.help).toContain(word);
  });

  test('cites each source with its year', () => {
    expect(messages.sources['000']).toContain('2020');
    expect(messages.sources['000']).toContain('E4');
    expect(messages.sources['002']).toContain('2013');
  });

  test('keeps the older credit-check fact as a note', () => {
    expect(messages.notes['credit-check-two-weeks-2013']).toMatch(/2013/);
    expect(messages.reasons['credit-check-pending'].remedy).toMatch(/2 working days|2 giorni lavorativi/);
  });
});

describe('the two catalogs', () => {
  const en = new Map(leaves(messagesFor('en')));
  const it = new Map(leaves(messagesFor('it')));

  test('have the same texts, path for path (plan names only where Italian differs)', () => {
    const shared = (keys: Iterable<string>) => [...keys].filter((path) => !path.startsWith('planNames.')).sort();
    expect(shared(it.keys())).toEqual(shared(en.keys()));
  });

  test('differ everywhere except names that are the same in both languages', () => {
    // Plan-family names are product names in both languages, "No" is Italian too, and Italian
    // support desks say "tenant" and "ticket".
    const sameOnPurpose =
      /^(families\.(business|small-business|enterprise|frontline|education)|choices\.billingAccountType\.mosa|adminCenter\.checkout|ui\.buttons\.no|desk\.list\.line\.\(0\)|desk\.details\.ticketPlaceholder|desk\.(summary|lead\.exportColumns)\.(tenant|ticket))$/;
    // Admin-center labels no Microsoft Italian page gives stay in English (the step card says so).
    const untranslated = (path: string) =>
      path.startsWith('adminCenter.') && ADMIN_CENTER_PLACES[path.slice('adminCenter.'.length) as AdminCenterPlaceId].it === undefined;
    const same = [...en.entries()]
      .filter(([path, text]) => it.get(path) === text && !sameOnPurpose.test(path) && !untranslated(path))
      .map(([path]) => path);
    expect(same).toEqual([]);
  });
});

describe('planName and formatFactValue', () => {
  test('Italian plan names follow the Italian admin center, others keep the product name', () => {
    const it = messagesFor('it');
    expect(planName(it, 'exchange-online-kiosk')).toBe('Chiosco Exchange Online');
    expect(planName(it, 'o365-midsize-business')).toBe('Office 365 - Azienda di medie dimensioni');
    expect(planName(it, 'o365-enterprise-e3')).toBe('Office 365 Enterprise E3');
    for (const id of PLAN_IDS) expect(planName(messagesFor('en'), id)).toBe(getPlan(id).name);
  });

  test('formats each kind of answer, and says nothing for an unanswered fact', () => {
    const en = messagesFor('en');
    const it = messagesFor('it');
    const facts = { currentPlan: 'o365-enterprise-e4', licensedUsers: 12500, trial: false, adminRole: 'billing-admin' } as const;
    expect(formatFactValue(en, facts, 'currentPlan')).toBe('Office 365 Enterprise E4');
    expect(formatFactValue(en, facts, 'licensedUsers')).toBe('12,500');
    expect(formatFactValue(it, facts, 'licensedUsers')).toBe('12.500');
    expect(formatFactValue(en, facts, 'trial')).toBe('No');
    expect(formatFactValue(it, facts, 'adminRole')).toBe('Amministratore fatturazione');
    expect(formatFactValue(en, facts, 'targetPlan')).toBeUndefined();
    expect(formatFactValue(en, facts, 'unpaidBalance')).toBeUndefined();
  });
});
