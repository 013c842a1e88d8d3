import {
  BILLING_ACCOUNT_PHRASES,
  BOOLEAN_FACT_PHRASES,
  CHANNEL_PHRASES,
  ROLE_PHRASES,
  type StatedBooleanFact,
} from './answer-phrases.js';
import { findPlanMentions, normalizePlanText, type PlanMention } from './find-plan.js';
import { compilePhrases, findPhrases, isNegated, outside, soleValue, wordsBefore, type PhraseHit } from './phrase-match.js';
import type { PlanId } from './plans.js';
import { TenantFactsSchema, type TenantFacts } from './tenant-facts.js';
import { CLAUSE_BREAK } from './text-normalize.js';

/** Same rules as a whole record, with the required plan relaxed: a sentence may not name it. */
const StatedFactsSchema = TenantFactsSchema.partial();

const CHANNELS = compilePhrases(CHANNEL_PHRASES);
const ROLES = compilePhrases(ROLE_PHRASES);
const BILLING_ACCOUNTS = compilePhrases(BILLING_ACCOUNT_PHRASES);
const BOOLEAN_FACTS = compilePhrases<StatedBooleanFact>(BOOLEAN_FACT_PHRASES);

/** Words that, just before a plan name, say it is the plan they want. */
const TARGET_CUES = new Set([
  'to', 'into', 'towards', 'want', 'wants', 'need', 'needs', 'like', 'prefer', 'target', 'new',
  'verso', 'vogliamo', 'voglio', 'vorremmo', 'vorrei', 'desideriamo', 'nuovo', 'obiettivo', 'ad', 'al', 'allo', 'alla',
]);

/** Words that, just before a plan name, say it is the plan they have. */
const CURRENT_CUES = new Set([
  'from', 'on', 'have', 'has', 'got', 'using', 'use', 'run', 'running', 'currently', 'current', 'existing', 'bought', 'old',
  'da', 'dal', 'dallo', 'dalla', 'su', 'sul', 'sullo', 'sulla', 'abbiamo', 'ho', 'usiamo', 'utilizziamo', 'attualmente',
  'attuale', 'vecchio', 'siamo', 'con',
]);

/** Words skipped when looking for a cue: articles, possessives, "plan", a colon or comma. */
const FILLERS = new Set([
  CLAUSE_BREAK,
  'the', 'an', 'our', 'my', 'plan', 'subscription', 'il', 'lo', 'la', 'l', 'un', 'uno', 'una', 'nostro', 'nostra', 'mio',
  'mia', 'piano', 'abbonamento', 'office', '365', 'microsoft',
]);

export type PlanRole = 'current' | 'target' | undefined;

/**
 * "a" is the English article ("we have a ...") after an English verb and the Italian "to"
 * ("passare a ...") otherwise.
 */
function roleOf(normalized: string, mention: PlanMention): PlanRole {
  const words = wordsBefore(normalized, mention.start, 6).filter((word) => !FILLERS.has(word));
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] as string;
    if (TARGET_CUES.has(word)) return 'target';
    if (CURRENT_CUES.has(word)) return 'current';
    if (word !== 'a') return undefined;
    const before = words[index - 1];
    if (before !== undefined && CURRENT_CUES.has(before)) return 'current';
    return 'target';
  }
  return undefined;
}

/** Each plan named, with the role its cue words give it ("from E3" current, "to E5" target). */
export function planRoles(normalized: string): { id: PlanId; role: PlanRole }[] {
  return findPlanMentions(normalized).map((mention) => ({ id: mention.plan.id, role: roleOf(normalized, mention) }));
}

function plansFrom(normalized: string): Partial<Pick<TenantFacts, 'currentPlan' | 'targetPlan'>> {
  let currentPlan: PlanId | undefined;
  let targetPlan: PlanId | undefined;
  const unplaced: PlanId[] = [];
  for (const { id, role } of planRoles(normalized)) {
    if (role === 'current' && currentPlan === undefined) currentPlan = id;
    else if (role === 'target' && targetPlan === undefined) targetPlan = id;
    else if (role === undefined) unplaced.push(id);
  }
  // A plan named with no cue is the one they are on; a second one is where they go.
  for (const id of unplaced) {
    if (currentPlan === undefined && id !== targetPlan) currentPlan = id;
    else if (targetPlan === undefined && id !== currentPlan) targetPlan = id;
  }
  return {
    ...(currentPlan === undefined ? {} : { currentPlan }),
    ...(targetPlan === undefined || targetPlan === currentPlan ? {} : { targetPlan }),
  };
}

const NUMBER = '(\\d{1,7})';
const USERS = '(?:active |licensed |paying |total )?(?:users?|utenti|utente|people|persone|employees|dipendenti|staff)';
const LICENSES = '(?:licen[sc]es?|licenze|licenza|seats)';
const USER_COUNT = [new RegExp(` ${NUMBER} ${USERS} `), new RegExp(` (?:users|utenti) (?:\\| )?${NUMBER} `)];
const PURCHASED = [
  new RegExp(` ${NUMBER} ${LICENSES} (?:purchased|bought|owned|acquistat[ei]|comprat[ei])`),
  new RegExp(` (?:purchased|bought|own|acquistato|acquistate|comprato|abbiamo) ${NUMBER} ${LICENSES}`),
];
const ASSIGNED = [
  new RegExp(` ${NUMBER} (?:${LICENSES} )?(?:assigned|in use|assegnat[ei]|in uso)`),
  new RegExp(` (?:assigned|assegnato|assegnate) ${NUMBER}`),
];

function firstCount(normalized: string, patterns: readonly RegExp[]): number | undefined {
  for (const pattern of patterns) {
    const digits = pattern.exec(normalized)?.[1];
    if (digits !== undefined) return Number(digits);
  }
  return undefined;
}

function statedBooleans(
  normalized: string,
  hits: readonly PhraseHit<StatedBooleanFact>[],
): Partial<Record<StatedBooleanFact, boolean>> {
  const stated: Partial<Record<StatedBooleanFact, boolean>> = {};
  const conflicting = new Set<StatedBooleanFact>();
  for (const hit of hits) {
    const value = !isNegated(normalized, hit.start);
    if (stated[hit.value] !== undefined && stated[hit.value] !== value) conflicting.add(hit.value);
    stated[hit.value] = value;
  }
  for (const fact of conflicting) delete stated[fact];
  return stated;
}

/**
 * The facts a sentence states clearly, in English or Italian: "We're on E3 with 350 users,
 * bought through a partner". Anything vague or contradictory is left out for the bot to ask.
 */
export function extractFacts(text: string): Partial<TenantFacts> {
  const normalized = normalizePlanText(text);
  const licensedUsers = firstCount(normalized, USER_COUNT);
  const licensesPurchased = firstCount(normalized, PURCHASED);
  const licensesAssigned = firstCount(normalized, ASSIGNED);
  // "an unpaid invoice" says the balance is unpaid, not how the plan was bought.
  const booleanHits = findPhrases(normalized, BOOLEAN_FACTS);
  const affirmed = <V>(hits: readonly PhraseHit<V>[]) =>
    outside(hits, booleanHits).filter((hit) => !isNegated(normalized, hit.start));
  const purchaseChannel = soleValue(affirmed(findPhrases(normalized, CHANNELS)));
  const adminRole = soleValue(affirmed(findPhrases(normalized, ROLES)));
  const billingAccountType = soleValue(affirmed(findPhrases(normalized, BILLING_ACCOUNTS)));
  const facts: Partial<TenantFacts> = {
    ...plansFrom(normalized),
    ...(licensedUsers === undefined ? {} : { licensedUsers }),
    ...(licensesPurchased === undefined ? {} : { licensesPurchased }),
    ...(licensesAssigned === undefined ? {} : { licensesAssigned }),
    ...(purchaseChannel === undefined ? {} : { purchaseChannel }),
    ...(adminRole === undefined ? {} : { adminRole }),
    ...(billingAccountType === undefined ? {} : { billingAccountType }),
    ...statedBooleans(normalized, booleanHits),
  };
  return StatedFactsSchema.parse(facts);
}
