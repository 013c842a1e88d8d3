import { findPlanMentions, type PlanMention } from './find-plan.js';
import { clauseAt } from './reading-scope.js';
import type { PlanId } from './plans.js';
import type { TenantFacts } from './tenant-facts.js';
import { CLAUSE_BREAK, QUESTION_MARK } from './text-normalize.js';
import { anyOf, wordsOfEveryLanguage } from './vocabulary/index.js';

const TARGET_CUES = new Set(wordsOfEveryLanguage((v) => v.plans.targetCues));
const CURRENT_CUES = new Set(wordsOfEveryLanguage((v) => v.plans.currentCues));
const RETURN_CUES = new Set(wordsOfEveryLanguage((v) => v.plans.returnCues));
const MOTION_VERBS = new Set(wordsOfEveryLanguage((v) => v.plans.motionVerbs));
const PLACE_CUES = new Set(wordsOfEveryLanguage((v) => v.plans.placeCues));
const NEGATORS = new Set(wordsOfEveryLanguage((v) => [...v.scope.negators, ...v.scope.determiners]));
const SUBJECT_WORDS = new Set(wordsOfEveryLanguage((v) => v.plans.negatedSubjects));
const FILLERS = new Set([CLAUSE_BREAK, QUESTION_MARK, ...wordsOfEveryLanguage((v) => v.plans.fillers)]);
/** Between two plans, a comma or an "and" joins them. */
const COORDINATORS = new RegExp(`^ (?:\\${CLAUSE_BREAK}|${anyOf((v) => v.plans.coordinators)}) $`);
const TARGET_AFTER = new RegExp(`^ ${anyOf((v) => v.plans.targetAfter)} `);
const COMPARING = new RegExp(`(?<= )${anyOf((v) => v.plans.comparing)}(?= )`);
/** How far back a cue may stand before a plan name, fillers included. */
const CUE_REACH = 6;

/** `former`: a plan they would go back to, which is no fact about today. */
export type PlanRole = 'current' | 'target' | 'former' | undefined;

/**
 * "a" is the English article ("we have a ...") after an English verb and the Italian "to"
 * ("passare a ...") otherwise.
 */
function roleOf(normalized: string, mention: PlanMention): PlanRole {
  if (TARGET_AFTER.test(normalized.slice(mention.end))) return 'target';
  const words = normalized.slice(0, mention.start).trim().split(' ').filter(Boolean).slice(-CUE_REACH).filter((word) => !FILLERS.has(word));
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] as string;
    const before = words[index - 1];
    const goingBack = before !== undefined && RETURN_CUES.has(before);
    if (TARGET_CUES.has(word)) return goingBack ? 'former' : 'target';
    // "andare su E5", "move onto E5": where they are going, not where they are.
    if (CURRENT_CUES.has(word) || PLACE_CUES.has(word)) return PLACE_CUES.has(word) && before !== undefined && MOTION_VERBS.has(before) ? 'target' : 'current';
    if (word !== 'a') return undefined;
    if (before !== undefined && CURRENT_CUES.has(before)) return 'current';
    return goingBack ? 'former' : 'target';
  }
  return undefined;
}

/**
 * "Not on E3", "non siamo su E3", "we don't want E5": a negation on the plan's own cue denies it
 * (only cue, filler and subject words between), while "can't upgrade to E5" negates the upgrade, not the plan.
 */
function isDenied(normalized: string, mention: PlanMention): boolean {
  const clause = clauseAt(normalized, mention.start);
  const words = normalized.slice(clause.start, mention.start).trim().split(' ').filter(Boolean);
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] as string;
    if (NEGATORS.has(word)) return true;
    const linking = CURRENT_CUES.has(word) || TARGET_CUES.has(word) || FILLERS.has(word) || SUBJECT_WORDS.has(word) || word === 'a';
    if (!linking) return false;
  }
  return false;
}

/** Plans after "between" / "differenza" in their clause are compared, not had or wanted. */
function isCompared(normalized: string, mention: PlanMention): boolean {
  const clause = clauseAt(normalized, mention.start);
  return COMPARING.test(normalized.slice(clause.start, mention.start));
}

/**
 * Each plan named, with the role its cue words give it ("from E3" current, "to E5" target). A plan
 * joined to the one before ("we have E3 and E5", "E3, E5") shares its role.
 */
export function planRoles(normalized: string): { id: PlanId; role: PlanRole }[] {
  const roles: { id: PlanId; role: PlanRole }[] = [];
  let previous: { end: number; role: PlanRole } | undefined;
  for (const mention of findPlanMentions(normalized)) {
    if (isCompared(normalized, mention) || isDenied(normalized, mention)) continue;
    const joined = previous?.role !== undefined && COORDINATORS.test(normalized.slice(previous.end, mention.start));
    const role = joined ? previous?.role : roleOf(normalized, mention);
    roles.push({ id: mention.plan.id, role });
    previous = { end: mention.end, role };
  }
  return roles;
}

/** The plan they have and the plan they want, as a sentence names them. */
export function plansFrom(normalized: string): Partial<Pick<TenantFacts, 'currentPlan' | 'targetPlan'>> {
  let currentPlan: PlanId | undefined;
  let targetPlan: PlanId | undefined;
  const unplaced: PlanId[] = [];
  const roles = planRoles(normalized);
  // Two plans they have, or two they want, name no one plan: the bot asks which. A way there and a
  // way back ("move to E5, then back to E3?") are two destinations too: a trip asked about, not a want.
  const sameRole = (role: PlanRole, other: PlanRole) => other === role || (role === 'target' && other === 'former');
  const ambiguous = (role: PlanRole) => new Set(roles.filter((plan) => sameRole(role, plan.role)).map((plan) => plan.id)).size > 1;
  const skipped = new Set<PlanRole>(['current', 'target'].filter((role) => ambiguous(role as PlanRole)) as PlanRole[]);
  for (const { id, role } of roles) {
    if (role !== undefined && skipped.has(role)) continue;
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
