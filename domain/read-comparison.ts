import { findPlanMentions, type PlanMention } from './find-plan.js';
import { compilePhrases, findPhrases } from './phrase-match.js';
import type { PlanId } from './plans.js';
import { normalizeForReading } from './reading-text.js';
import { hasKnownServices } from './services.js';
import type { TenantFacts } from './tenant-facts.js';
import { wordsOfEveryLanguage } from './vocabulary/index.js';

/**
 * What a comparison question asks, read from its words alone: two plans it can compare, one plan
 * compared with itself, or a plan it has no services for (or a comparison that names only one plan
 * and no plan to pair it with). The plans named are never facts about the tenant.
 */
export type ComparisonAsked =
  | { kind: 'compare'; from: PlanId; to: PlanId }
  | { kind: 'same-plan'; plan: PlanId }
  /** `named`: plans it knows but has no services for; `unrecognised`: plan codes it does not know at all ("E9"). */
  | { kind: 'unknown-plan'; named: PlanId[]; unrecognised: string[] };

const COMPARING = compilePhrases({ comparison: wordsOfEveryLanguage((v) => v.questions.comparisons) });
const FROM_WORDS = new Set(wordsOfEveryLanguage((v) => v.questions.comparisonFrom));
/** A word shaped like a plan's code (a letter and a number: E9, A7, G3), which no plan name around it accounts for. */
const PLAN_CODE = /(?<= )[a-z]\d{1,2}(?= )/g;

function unrecognisedCodes(normalized: string, mentions: readonly PlanMention[]): string[] {
  const codes: string[] = [];
  for (const match of normalized.matchAll(PLAN_CODE)) {
    const inside = mentions.some((mention) => match.index >= mention.start && match.index < mention.end);
    if (!inside) codes.push(match[0].toUpperCase());
  }
  return [...new Set(codes)];
}

/** "going to E5 from E3": the plan after "from" is where the change starts, wherever it stands. */
function startsFrom(normalized: string, mention: PlanMention): boolean {
  const before = normalized.slice(0, mention.start).trim().split(' ');
  return FROM_WORDS.has(before[before.length - 1] ?? '');
}

function pair(from: PlanId, to: PlanId): ComparisonAsked {
  if (from === to) return { kind: 'same-plan', plan: from };
  const unknown = [from, to].filter((plan) => !hasKnownServices(plan));
  return unknown.length > 0 ? { kind: 'unknown-plan', named: unknown, unrecognised: [] } : { kind: 'compare', from, to };
}

/**
 * A question that compares plans, in English or Italian, typos forgiven: "what do I lose going from
 * E3 to E1?", "E3 vs E5", "is Business Premium enough or do we need E3?", "differenza tra E3 e E5?".
 * With one plan named, the other is the plan the admin has (or wants) when the conversation knows
 * it: "what do we lose going to E1?". Nothing when the words compare nothing, or name no plan
 * ("difference between MOSA and MCA").
 */
export function readComparison(text: string, known: Partial<Pick<TenantFacts, 'currentPlan' | 'targetPlan'>> = {}): ComparisonAsked | undefined {
  const normalized = normalizeForReading(text);
  if (findPhrases(normalized, COMPARING).length === 0) return undefined;
  const mentions = findPlanMentions(normalized);
  // "from E3 to E9": a plan it does not know is said, not replaced by one the conversation knows.
  const unrecognised = unrecognisedCodes(normalized, mentions);
  if (unrecognised.length > 0) return { kind: 'unknown-plan', named: [], unrecognised };
  const distinct = mentions.filter((mention, index) => mentions.findIndex((other) => other.plan.id === mention.plan.id) === index);
  const [first, second] = distinct;
  if (first && second) {
    // Named in reading order, unless the second one is marked as the start ("to E5 from E3").
    return startsFrom(normalized, second) && !startsFrom(normalized, first) ? pair(second.plan.id, first.plan.id) : pair(first.plan.id, second.plan.id);
  }
  if (first) {
    // The same plan named twice ("E3 vs E3") is compared with itself.
    if (mentions.length > 1) return { kind: 'same-plan', plan: first.plan.id };
    const named = first.plan.id;
    if (startsFrom(normalized, first)) return known.targetPlan ? pair(named, known.targetPlan) : { kind: 'unknown-plan', named: [], unrecognised: [] };
    if (known.currentPlan) return pair(known.currentPlan, named);
    return { kind: 'unknown-plan', named: [], unrecognised: [] };
  }
  // No plan named ("MCA vs MOSA?", "what do users lose?"): another question, not a comparison of plans.
  return undefined;
}
