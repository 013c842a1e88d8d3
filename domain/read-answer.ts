import { extractFacts, planRoles } from './extract-facts.js';
import { compilePhrases, findPhrases, soleValue, type CompiledPhrases, type PhraseTable } from './phrase-match.js';
import { countsIn } from './read-counts.js';
import { normalizeCounts, UNREADABLE_NUMBER } from './read-numbers.js';
import { normalizeForReading } from './reading-text.js';
import { isNegated } from './reading-scope.js';
import { isPlanId } from './plans.js';
import { normalizeText, normalizeWords } from './text-normalize.js';
import { ADMIN_ROLES, BILLING_ACCOUNT_TYPES, COMMITMENT_TERMS, FACTS, PURCHASE_CHANNELS, TenantFactsSchema, type FactKey, type TenantFacts } from './tenant-facts.js';
import { anyOf, tableOfEveryLanguage, wordsOfEveryLanguage } from './vocabulary/index.js';

function mergeTables<V extends string>(a: PhraseTable<V>, b: PhraseTable<V>): PhraseTable<V> {
  const merged = {} as Record<V, readonly string[]>;
  for (const key of Object.keys(a) as V[]) merged[key] = [...a[key], ...b[key]];
  return merged;
}

/** The answer to a choice question may be a looser word than a sentence needs ("card", "global"). */
const CHOICES: Partial<Record<FactKey, CompiledPhrases<string>>> = {
  purchaseChannel: compilePhrases(mergeTables(tableOfEveryLanguage((v) => v.facts.channels), tableOfEveryLanguage((v) => v.facts.channelAnswers))),
  adminRole: compilePhrases(mergeTables(tableOfEveryLanguage((v) => v.facts.roles), tableOfEveryLanguage((v) => v.facts.roleAnswers))),
  billingAccountType: compilePhrases(tableOfEveryLanguage((v) => v.facts.billingAccounts)),
  commitmentTerm: compilePhrases(mergeTables(tableOfEveryLanguage((v) => v.facts.commitmentTerms), tableOfEveryLanguage((v) => v.facts.commitmentTermAnswers))),
};
const CHOICE_OPTIONS: Partial<Record<FactKey, readonly string[]>> = {
  purchaseChannel: PURCHASE_CHANNELS,
  adminRole: ADMIN_ROLES,
  billingAccountType: BILLING_ACCOUNT_TYPES,
  commitmentTerm: COMMITMENT_TERMS,
};

const DONT_KNOW_PHRASES = anyOf((v) => v.answers.dontKnow);
const DONT_KNOW = new RegExp(`(?<= )${DONT_KNOW_PHRASES}(?= )`);
const DONT_KNOW_FILLERS = anyOf((v) => v.answers.dontKnowFillers);
/** The whole message is a "don't know", a few fillers allowed: "sorry, no idea". */
const ONLY_DONT_KNOW = new RegExp(`^ (?:${DONT_KNOW_FILLERS} )*${DONT_KNOW_PHRASES}(?: ${DONT_KNOW_FILLERS})* $`);
const NONE_APPLIES = new Set(wordsOfEveryLanguage((v) => v.answers.noneApplies));
const YES_WORDS = new Set(wordsOfEveryLanguage((v) => v.answers.yes));
const NO_WORDS = new Set(wordsOfEveryLanguage((v) => v.answers.no));
const ZERO_WORDS = new Set(wordsOfEveryLanguage((v) => v.answers.zero));
const HEDGE = new RegExp(`(?<= )${anyOf((v) => v.scope.hedges)}(?= )`);
const NUMBER = /(?<= )\d{1,7}(?= )/g;

/**
 * "I don't know", "no idea", "non lo so", "skip" as the whole answer: the admin skips the question.
 * One list for the readers and the dialogs, so the two never disagree.
 */
export function saysDontKnow(text: string): boolean {
  return ONLY_DONT_KNOW.test(` ${normalizeWords(text)} `);
}

/** "None of these", "no", "nessuna" as the whole answer to a checklist: nothing on it applies. */
export function saysNoneApplies(text: string): boolean {
  return NONE_APPLIES.has(normalizeWords(text));
}

/** A bare yes or no, as the first word or the only one of them ("yes, the new one", "no"). */
export function readYesNo(text: string): boolean | undefined {
  const words = normalizeWords(text).split(' ');
  const first = words[0] ?? '';
  if (YES_WORDS.has(first)) return true;
  if (NO_WORDS.has(first)) return false;
  const saysYes = words.some((word) => YES_WORDS.has(word));
  const saysNo = words.some((word) => NO_WORDS.has(word));
  return saysYes === saysNo ? undefined : saysYes;
}

function readBoolean(fact: FactKey, normalized: string, text: string): boolean | undefined {
  const first = normalized.trim().split(' ')[0] ?? '';
  if (YES_WORDS.has(first) || NO_WORDS.has(first)) return YES_WORDS.has(first);
  // "maybe yes" is no yes.
  if (HEDGE.test(normalized)) return undefined;
  const stated = extractFacts(text)[fact];
  if (typeof stated === 'boolean') return stated;
  return readYesNo(text);
}

/** Any number the answer gives, in digits or words; "-5", "5.5" or "300-400" are no count. */
function readCount(fact: FactKey, text: string): number | undefined {
  const countText = normalizeCounts(text, 'anywhere');
  // "300 users and 20 admins" names two numbers; the sentence reader knows which is which.
  const stated = countsIn(countText)[fact as keyof ReturnType<typeof countsIn>];
  if (stated !== undefined) return stated;
  if (countText.includes(` ${UNREADABLE_NUMBER} `)) return undefined;
  const numbers = new Set(countText.match(NUMBER) ?? []);
  if (numbers.size === 1) return Number([...numbers][0]);
  if (numbers.size === 0 && countText.trim().split(' ').some((word) => ZERO_WORDS.has(word))) return 0;
  return undefined;
}

function readChoice(fact: FactKey, normalized: string, text: string): string | undefined {
  const trimmed = text.trim();
  if (CHOICE_OPTIONS[fact]?.includes(trimmed)) return trimmed;
  const phrases = CHOICES[fact];
  if (phrases === undefined) return undefined;
  return soleValue(findPhrases(normalized, phrases).filter((hit) => !isNegated(normalized, hit)));
}

/**
 * A card sends the id itself. Typed, "from E3 to E5" answers either plan question, so the sentence
 * reader decides; otherwise the answer must name exactly one plan.
 */
function readPlan(fact: FactKey, text: string): string | undefined {
  const trimmed = text.trim();
  if (isPlanId(trimmed)) return trimmed;
  const named = planRoles(normalizeForReading(text));
  const wanted = fact === 'targetPlan' ? 'target' : 'current';
  const cued = new Set(named.filter((plan) => plan.role === wanted).map((plan) => plan.id));
  if (cued.size === 1) return [...cued][0];
  const all = new Set(named.filter((plan) => plan.role !== 'former').map((plan) => plan.id));
  return all.size === 1 ? [...all][0] : undefined;
}

/**
 * A typed (or card-submitted) answer to the question about one fact, in English or Italian:
 * "yes", "sì", "350", "trecentocinquanta", "E3", "carta di credito", "amministratore globale".
 * Undefined when the answer is "I don't know" or can't be read; the result always passes the
 * fact's schema.
 */
export function readAnswer<K extends FactKey>(fact: K, text: string): TenantFacts[K] | undefined {
  const normalized = normalizeText(text);
  if (DONT_KNOW.test(normalized)) return undefined;
  const spec = FACTS[fact];
  let value: unknown;
  switch (spec.kind) {
    case 'boolean':
      value = readBoolean(fact, normalized, text);
      break;
    case 'count':
      value = readCount(fact, text);
      break;
    case 'plan':
      value = readPlan(fact, text);
      break;
    case 'choice':
      value = readChoice(fact, normalizeForReading(text), text);
      break;
  }
  if (value === undefined) return undefined;
  const parsed = TenantFactsSchema.shape[fact].safeParse(value);
  return parsed.success ? (parsed.data as TenantFacts[K]) : undefined;
}
