import { describe, expect, test } from 'vitest';
import {
  ADMIN_CENTER_PLACES,
  ADMIN_CENTER_PLACE_IDS,
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
  notAnOption: [[['A', 'B']]],
  outOfRange: [[0], [1, 300]],
  currentPlan: [['PLAN-X']],
  targetPlan: [['PLAN-X']],
  source: [['CITATION']],
  stillUnknown: [[['LABEL-1', 'LABEL-2']]],
  stepOfTotal: [[3, 6]],
  finished: [['upgrade-tab'], ['manual']],
  stopped: [[2, 6]],
  caseTitle: [['UA-ABCDEF']],
  caseCreated: [['UA-ABCDEF']],
  caseNotFound: [['UA-ABCDEF']],
  caseListLine: [['UA-ABCDEF', 'PLAN-X', 'DATE-X']],
  turnFailed: [['save'], ['conflict'], ['error'], ['stack-reset']],
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
      expect(text, path).not.toMatch(/undefined|NaN|\[object Object\]|\$\{|TODO|FIXME|lorem/i);
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
    for (const id of ADMIN_CENTER_PLACE_IDS) expect(messages.adminCenter[id]).toBe(ADMIN_CENTER_PLACES[id][lang]);
    const steps = texts.filter(([path]) => path.startsWith('steps.')).map(([, text]) => text).join('\n');
    expect(steps).toContain(`**${ADMIN_CENTER_PLACES['billing-your-products'][lang]}**`);
    expect(steps).toContain(`**${ADMIN_CENTER_PLACES['place-order'][lang]}**`);
    expect(steps).toContain(`**${ADMIN_CENTER_PLACES.quantity[lang]}**`);
  });

  test('step instructions use the step params', () => {
    const reassign = messages.steps['reassign-licenses'].instructions;
    expect(reassign(FULL_STEP_INPUT).join(' ')).toContain('Set-MgUserLicense');
    expect(reassign({ ...FULL_STEP_INPUT, usePowerShell: false }).join(' ')).not.toContain('Set-MgUserLicense');
    expect(reassign({ ...FULL_STEP_INPUT, usersPerBatch: 15 }).join(' ')).toContain('15');
    expect(messages.steps['review-cart'].instructions(FULL_STEP_INPUT).join(' ')).toContain('137');
    expect(messages.steps['choose-target'].instructions(FULL_STEP_INPUT).join(' ')).toContain('PLAN-TO');
    expect(messages.steps['cancel-old-subscription'].instructions(FULL_STEP_INPUT).join(' ')).toContain('PLAN-FROM');
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
    expect(messages.reasons['credit-check-pending'].remedy).toMatch(/two business days|due giorni lavorativi/);
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
    // Plan-family names are product names in both languages, and "No" is Italian too.
    const sameOnPurpose = /^(families\.(small-business|enterprise|education)|ui\.buttons\.no|ui\.triage\.caseListLine\.\(0\))$/;
    const same = [...en.entries()].filter(([path, text]) => it.get(path) === text && !sameOnPurpose.test(path)).map(([path]) => path);
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
