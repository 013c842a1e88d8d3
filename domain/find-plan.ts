import { ADD_ONS, ADD_ON_IDS, type AddOn, type AddOnId } from './add-ons.js';
import { compilePhraseList, findPhrases } from './phrase-match.js';
import { correctSpelling, normalizeText } from './text-normalize.js';
import { getPlan, PLANS, type Plan, type PlanId } from './plans.js';
import { wordsOfEveryLanguage } from './vocabulary/index.js';

/**
 * Plan names in free English or Italian text. Patterns run on normalized text (see
 * `normalizeText`), so case, accents, brackets and hyphens don't matter.
 */

const OFFICE = '(?:office ?365|o ?365)';
const MICROSOFT = '(?:microsoft ?365|m ?365|ms ?365)';
const PLAN_WORD = '(?:plan|piano|p)';
const EXCHANGE = '(?:exchange|exo)(?: online)?';
const SHAREPOINT = '(?:share ?point|spo)(?: online)?';
const LYNC = '(?:lync|skype for business|sfb)(?: online)?';

/** "E3", "enterprise e3", "office 365 e3", "o365 enterprise e 3"; a bare letter needs the digit attached. */
function enterpriseCode(letter: string, digit: number): string {
  return `(?:(?:${OFFICE} )?enterprise ${letter} ?${digit}|${OFFICE} ${letter} ?${digit}|${letter}${digit})`;
}

/** "Exchange Online (Plan 1)", "exchange online p1", "Piano 1 di Exchange Online". */
function numberedPlan(product: string, digit: number): string[] {
  return [`${product} ${PLAN_WORD} ?${digit}`, `(?:plan|piano) ?${digit} (?:di |of |for |per )?${product}`];
}

function education(digit: number): string[] {
  return [`(?:${OFFICE} )?(?:education|istruzione|edu) a ?${digit}`, `${OFFICE} a ?${digit}`, `a${digit}`];
}

/**
 * "We're a small business" / "un'azienda di medie dimensioni" describe the company, not the plan:
 * after an article these names count only with "plan" or "subscription" after them.
 */
const NOT_A_COMPANY = '(?<! (?:a|an|un|una) )';
const AS_A_PLAN = '(?= (?:plan|subscription|piano|abbonamento|sottoscrizione) )';

const AS_A_LICENSE = '(?= (?:plan|plans|license|licenses|licence|licences|subscription|piano|licenza|licenze|abbonamento|users|utenti|workers) )';

const WITHOUT = '(?:without|senza|no|w o|excluding|escluso|esclusa)';
const AUDIO_CONFERENCING = '(?:audio ?conferenc\\w*|audio ?conferenz\\w*|conferenz[ae] audio|audio)';

const BUSINESS = '(?:business|biz)';
/** "(no Teams)", "EEA (no Teams)", "senza Teams": the suites sold without Teams since 2024. */
const NO_TEAMS = '(?:eea )?(?:no|without|senza|w o|sans) teams';
const EEA = 'eea';
const NOT_OFFICE = `(?<! (?:office ?365|o ?365|small) )`;

const HANDWRITTEN: readonly (readonly [PlanId, readonly string[]])[] = [
  // The negative look-ahead keeps "Small Business Premium" from also reading as "Small Business".
  [
    'o365-small-business',
    [`${OFFICE} small business(?! premium)`, `${NOT_A_COMPANY}small business(?! premium)`, `small business${AS_A_PLAN}`],
  ],
  ['o365-small-business-premium', [`(?:${OFFICE} )?small business premium`, 'sbp']],
  [
    'o365-midsize-business',
    [
      `${OFFICE} mid ?sized?(?: business)?`,
      `${NOT_A_COMPANY}mid ?sized?(?: business)?`,
      `mid ?sized?(?: business)?${AS_A_PLAN}`,
      `(?:${OFFICE} )?${NOT_A_COMPANY}azienda di medie dimensioni`,
      `${OFFICE} medie dimensioni`,
    ],
  ],
  ['o365-enterprise-k1', [enterpriseCode('k', 1)]],
  ['o365-enterprise-k2', [enterpriseCode('k', 2)]],
  ['o365-enterprise-e1', [enterpriseCode('e', 1)]],
  ['o365-enterprise-e3', [enterpriseCode('e', 3)]],
  ['o365-enterprise-e4', [enterpriseCode('e', 4)]],
  ['o365-e5', [enterpriseCode('e', 5)]],
  ['m365-e3', [`${MICROSOFT} ?(?:enterprise )?e ?3`]],
  ['m365-e5', [`${MICROSOFT} ?(?:enterprise )?e ?5`]],
  [
    'm365-e5-no-audio',
    [`(?:${MICROSOFT} ?)?(?:enterprise )?e ?5 ${WITHOUT} (?:the |l |la |le )?${AUDIO_CONFERENCING}`],
  ],
  ['o365-education-a1', education(1)],
  ['o365-education-a2', education(2)],
  ['o365-education-a3', education(3)],
  ['o365-education-a4', education(4)],
  ['exchange-online-p1', numberedPlan(EXCHANGE, 1)],
  ['exchange-online-p2', numberedPlan(EXCHANGE, 2)],
  ['exchange-online-kiosk', [`${EXCHANGE} (?:kiosk|chiosco)`, `(?:kiosk|chiosco) (?:di |per |for )?${EXCHANGE}`]],
  ['sharepoint-online-p1', numberedPlan(SHAREPOINT, 1)],
  ['sharepoint-online-p2', numberedPlan(SHAREPOINT, 2)],
  ['lync-online-p1', numberedPlan(LYNC, 1)],
  ['lync-online-p2', numberedPlan(LYNC, 2)],
  ['lync-online-p3', numberedPlan(LYNC, 3)],
  ['m365-business-basic', [`(?:${MICROSOFT} )?${BUSINESS} basic`, `(?:${OFFICE} )?business essentials`]],
  // "Office 365 Business Premium" is Business Standard's name before 2020; the longer match wins.
  ['m365-business-standard', [`(?:${MICROSOFT} )?${BUSINESS} (?:standard|std)`, `${OFFICE} business premium`]],
  ['m365-business-premium', [`(?:${MICROSOFT} )?${NOT_OFFICE}${BUSINESS} premium`, `${MICROSOFT} bp`]],
  ['m365-apps-for-business', [`(?:${MICROSOFT} )?apps? for business`, `${OFFICE} business(?! (?:essentials|premium|plan|subscription))`]],
  ['m365-apps-for-enterprise', [`(?:${MICROSOFT} )?apps? for enterprise`, `(?:${OFFICE} )?pro ?plus`]],
  // A bare "F3" is also a keyboard key: alone it needs a word that makes it a plan.
  ['m365-f1', [`${MICROSOFT} f ?1`, `(?:frontline )?f1${AS_A_LICENSE}`]],
  ['m365-f3', [`${MICROSOFT} f ?3`, `(?:frontline )?f3${AS_A_LICENSE}`]],
  ['o365-f3', [`${OFFICE} f ?3`]],
  ['o365-e5-no-audio', [`${OFFICE} (?:enterprise )?e ?5 ${WITHOUT} (?:the |l |la |le )?${AUDIO_CONFERENCING}`]],
  ['o365-education-a5', education(5)],
  ['o365-enterprise-e1-no-teams', [`${enterpriseCode('e', 1)} ${NO_TEAMS}`, `${OFFICE} e ?1 ${EEA}`]],
  ['o365-enterprise-e3-no-teams', [`${enterpriseCode('e', 3)} ${NO_TEAMS}`, `${OFFICE} e ?3 ${EEA}`]],
  ['o365-e5-no-teams', [`${enterpriseCode('e', 5)} ${NO_TEAMS}`, `${OFFICE} e ?5 ${EEA}`]],
  ['m365-e3-no-teams', [`${MICROSOFT} ?(?:enterprise )?e ?3 ${NO_TEAMS}`, `${MICROSOFT} e ?3 ${EEA}`]],
  ['m365-e5-no-teams', [`${MICROSOFT} ?(?:enterprise )?e ?5 ${NO_TEAMS}`, `${MICROSOFT} e ?5 ${EEA}`]],
  [
    'm365-e5-no-audio-no-teams',
    [`${MICROSOFT} ?e ?5 ${NO_TEAMS} ${WITHOUT} (?:the |l |la |le )?${AUDIO_CONFERENCING}`, `${MICROSOFT} ?e ?5 ${WITHOUT} ${AUDIO_CONFERENCING} ${NO_TEAMS}`],
  ],
  [
    'o365-e5-no-audio-no-teams',
    [`${OFFICE} ?e ?5 ${NO_TEAMS} ${WITHOUT} (?:the |l |la |le )?${AUDIO_CONFERENCING}`, `${OFFICE} ?e ?5 ${WITHOUT} ${AUDIO_CONFERENCING} ${NO_TEAMS}`],
  ],
  ['m365-business-basic-no-teams', [`(?:${MICROSOFT} )?${BUSINESS} basic ${NO_TEAMS}`, `${MICROSOFT} ${BUSINESS} basic ${EEA}`]],
  ['m365-business-standard-no-teams', [`(?:${MICROSOFT} )?${BUSINESS} (?:standard|std) ${NO_TEAMS}`, `${MICROSOFT} ${BUSINESS} standard ${EEA}`]],
  ['m365-business-premium-no-teams', [`(?:${MICROSOFT} )?${NOT_OFFICE}${BUSINESS} premium ${NO_TEAMS}`, `${MICROSOFT} ${BUSINESS} premium ${EEA}`]],
  ['m365-f1-no-teams', [`${MICROSOFT} f ?1 ${NO_TEAMS}`, `${MICROSOFT} f ?1 ${EEA}`]],
  ['m365-f3-no-teams', [`${MICROSOFT} f ?3 ${NO_TEAMS}`, `${MICROSOFT} f ?3 ${EEA}`]],
  ['o365-f3-no-teams', [`${OFFICE} f ?3 ${NO_TEAMS}`, `${OFFICE} f ?3 ${EEA}`]],
  ['teams-enterprise', ['(?:microsoft )?teams (?:enterprise|eea)']],
  // Microsoft 365 A-plans are not the Office 365 A-plans (LIC-REF: M365EDU_A1, M365EDU_A3_*, M365EDU_A5_*).
  ['m365-education-a1', [`${MICROSOFT} (?:education |istruzione |edu )?a ?1`]],
  ['m365-education-a3', [`${MICROSOFT} (?:education |istruzione |edu )?a ?3`]],
  ['m365-education-a5', [`${MICROSOFT} (?:education |istruzione |edu )?a ?5`]],
  ['m365-e7', [`(?:${MICROSOFT} ?)?(?:enterprise )?e ?7`]],
  [
    'office-online-sharepoint',
    [`office (?:online|web apps?) (?:(?:with|con|and|e|plus) )?${SHAREPOINT}(?: ${PLAN_WORD} ?[12](?: (?:or|o|and|e) (?:${PLAN_WORD} ?)?[12])?)?`],
  ],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseOf(name: string): string {
  return escapeRegExp(normalizeText(name).trim());
}

const CURRENT_NAMES = new Set(PLANS.map((plan) => normalizeText(plan.name).trim()));

/**
 * From the plan table itself: SKU part numbers as PowerShell prints them ("SPE_E3") and former names
 * ("Office 365 Business Essentials"), so a new SKU or rename is one edit there. A former name that
 * is another plan's name today ("Microsoft 365 F1") is that plan.
 */
const FROM_PLAN_TABLE = PLANS.map(
  (plan) =>
    [
      plan.id,
      [
        ...plan.skuPartNumbers.map(phraseOf),
        ...plan.formerNames.filter((name) => !CURRENT_NAMES.has(normalizeText(name).trim())).map(phraseOf),
      ],
    ] as const,
);

type AddOnKey = `add-on:${AddOnId}`;
const ADD_ON_NAMES = ADD_ON_IDS.map((id) => [`add-on:${id}` as AddOnKey, [...ADD_ONS[id].patterns, ...ADD_ONS[id].skuPartNumbers.map(phraseOf)]] as const);
// Plans and add-ons in one list, so the longer name wins: "Microsoft 365 E5 Security" is the add-on,
// not Microsoft 365 E5; "E5 without Audio Conferencing" is the plan, not the add-on.
const PLAN_NAMES = compilePhraseList<PlanId | AddOnKey>([...HANDWRITTEN, ...FROM_PLAN_TABLE, ...ADD_ON_NAMES]);
const isAddOnKey = (value: PlanId | AddOnKey): value is AddOnKey => value.startsWith('add-on:');

/**
 * Words of plan names, for forgiving misspellings of them: the products' own words here, the
 * language's words around them ("senza", "chiosco") in the vocabularies.
 */
export const PLAN_VOCABULARY: readonly string[] = [
  'office',
  'microsoft',
  'enterprise',
  'small',
  'business',
  'premium',
  'midsize',
  'education',
  'exchange',
  'online',
  'kiosk',
  'sharepoint',
  'skype',
  'basic',
  'standard',
  'essentials',
  'frontline',
  'teams',
  'security',
  'compliance',
  'copilot',
  ...wordsOfEveryLanguage((vocabulary) => vocabulary.plans.nameWords),
];

export interface PlanMention {
  plan: Plan;
  /** Offsets in the normalized text (see `normalizePlanText`). */
  start: number;
  end: number;
}

export function normalizePlanText(text: string): string {
  return correctSpelling(normalizeText(text), PLAN_VOCABULARY);
}

/**
 * Every plan named in already normalized text, in reading order. Where names overlap the longest
 * wins ("Microsoft 365 E3" is not also "E3").
 */
export function findPlanMentions(normalized: string): PlanMention[] {
  return findPhrases(normalized, PLAN_NAMES).flatMap(({ value, start, end }) => (isAddOnKey(value) ? [] : [{ plan: getPlan(value), start, end }]));
}

export interface AddOnMention {
  addOn: AddOn;
  start: number;
  end: number;
}

/** Every add-on named in already normalized text (never read as a plan), in reading order. */
export function findAddOnMentions(normalized: string): AddOnMention[] {
  return findPhrases(normalized, PLAN_NAMES).flatMap(({ value, start, end }) =>
    isAddOnKey(value) ? [{ addOn: ADD_ONS[value.slice('add-on:'.length) as AddOnId], start, end }] : [],
  );
}

/** The first add-on named in the text, or undefined. */
export function findAddOn(text: string): AddOn | undefined {
  return findAddOnMentions(normalizePlanText(text))[0]?.addOn;
}

/** The first plan named in the text, or undefined when none is named clearly. */
export function findPlan(text: string): Plan | undefined {
  return findPlanMentions(normalizePlanText(text))[0]?.plan;
}
