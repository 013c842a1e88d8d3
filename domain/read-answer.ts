import {
  BILLING_ACCOUNT_PHRASES,
  CHANNEL_ANSWER_PHRASES,
  CHANNEL_PHRASES,
  DONT_KNOW_PHRASES,
  NO_WORDS,
  ROLE_ANSWER_PHRASES,
  ROLE_PHRASES,
  YES_WORDS,
} from './answer-phrases.js';
import { extractFacts, planRoles } from './extract-facts.js';
import { normalizePlanText } from './find-plan.js';
import { compilePhrases, findPhrases, isNegated, soleValue, type PhraseTable } from './phrase-match.js';
import { isPlanId } from './plans.js';
import { normalizeText } from './text-normalize.js';
import { ADMIN_ROLES, BILLING_ACCOUNT_TYPES, FACTS, PURCHASE_CHANNELS, TenantFactsSchema, type FactKey, type TenantFacts } from './tenant-facts.js';

function mergeTables<V extends string>(a: PhraseTable<V>, b: PhraseTable<V>): PhraseTable<V> {
  const merged = {} as Record<V, readonly string[]>;
  for (const key of Object.keys(a) as V[]) merged[key] = [...a[key], ...b[key]];
  return merged;
}

const CHOICES: Partial<Record<FactKey, ReturnType<typeof compilePhrases<string>>>> = {
  purchaseChannel: compilePhrases(mergeTables(CHANNEL_PHRASES, CHANNEL_ANSWER_PHRASES)),
  adminRole: compilePhrases(mergeTables(ROLE_PHRASES, ROLE_ANSWER_PHRASES)),
  billingAccountType: compilePhrases(BILLING_ACCOUNT_PHRASES),
};
const CHOICE_OPTIONS: Partial<Record<FactKey, readonly string[]>> = {
  purchaseChannel: PURCHASE_CHANNELS,
  adminRole: ADMIN_ROLES,
  billingAccountType: BILLING_ACCOUNT_TYPES,
};

const DONT_KNOW = new RegExp(DONT_KNOW_PHRASES.map((phrase) => `(?<= )(?:${phrase})(?= )`).join('|'));
const NUMBER = /(?<= )\d{1,7}(?= )/g;
const ZERO_WORDS = new Set(['zero', 'none', 'nessuno', 'nessuna', 'nobody']);

function readBoolean(fact: FactKey, normalized: string, text: string): boolean | undefined {
  const words = normalized.trim().split(' ');
  const first = words[0] ?? '';
  if (YES_WORDS.has(first)) return true;
  if (NO_WORDS.has(first)) return false;
  const stated = extractFacts(text)[fact];
  if (typeof stated === 'boolean') return stated;
  const saysYes = words.some((word) => YES_WORDS.has(word));
  const saysNo = words.some((word) => NO_WORDS.has(word));
  return saysYes === saysNo ? undefined : saysYes;
}

// "-5" loses its sign in normalisation; "1,000" or "1.000" splits into two numbers there.
const NEGATIVE_NUMBER = /(?:^|[^\p{Letter}\p{Number}])[-−]\s*\d/u;
const THOUSANDS_SEPARATOR = /(?<=\d)[,.'’](?=\d{3}(?!\d))/g;

function readCount(fact: FactKey, _normalized: string, rawText: string): number | undefined {
  if (NEGATIVE_NUMBER.test(rawText)) return undefined;
  const text = rawText.replace(THOUSANDS_SEPARATOR, '');
  const normalized = normalizeText(text);
  // "300 users and 20 admins" names two numbers; the sentence reader knows which is which.
  const stated = extractFacts(text)[fact];
  if (typeof stated === 'number') return stated;
  const numbers = new Set(normalized.match(NUMBER) ?? []);
  if (numbers.size === 1) return Number([...numbers][0]);
  if (numbers.size === 0 && normalized.trim().split(' ').some((word) => ZERO_WORDS.has(word))) return 0;
  return undefined;
}

function readChoice(fact: FactKey, normalized: string, text: string): string | undefined {
  const trimmed = text.trim();
  if (CHOICE_OPTIONS[fact]?.includes(trimmed)) return trimmed;
  const phrases = CHOICES[fact];
  if (phrases === undefined) return undefined;
  return soleValue(findPhrases(normalized, phrases).filter((hit) => !isNegated(normalized, hit.start)));
}

/**
 * A card sends the id itself. Typed, "from E3 to E5" answers either plan question, so the sentence
 * reader decides; otherwise the answer must name exactly one plan.
 */
function readPlan(fact: FactKey, text: string): string | undefined {
  const trimmed = text.trim();
  if (isPlanId(trimmed)) return trimmed;
  const named = planRoles(normalizePlanText(text));
  const wanted = fact === 'targetPlan' ? 'target' : 'current';
  const cued = new Set(named.filter((plan) => plan.role === wanted).map((plan) => plan.id));
  if (cued.size === 1) return [...cued][0];
  const all = new Set(named.map((plan) => plan.id));
  return all.size === 1 ? [...all][0] : undefined;
}

/**
 * A typed (or card-submitted) answer to the question about one fact, in English or Italian:
 * "yes", "sì", "350", "E3", "carta di credito", "amministratore globale". Undefined when the answer
 * is "I don't know" or can't be read; the result always passes the fact's schema.
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
      value = readCount(fact, normalized, text);
      break;
    case 'plan':
      value = readPlan(fact, text);
      break;
    case 'choice':
      value = readChoice(fact, normalized, text);
      break;
  }
  if (value === undefined) return undefined;
  const parsed = TenantFactsSchema.shape[fact].safeParse(value);
  return parsed.success ? (parsed.data as TenantFacts[K]) : undefined;
}
