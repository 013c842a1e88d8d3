import { getPlan, type Family, type PlanId } from './plans.js';
import { SMALL_BUSINESS_USER_CAP, WIZARD_USER_LIMIT } from './limits.js';
import type { ReasonId } from './reasons.js';
import type { FactKey, TenantFacts } from './tenant-facts.js';
import { upgradeTargets } from './upgrade-targets.js';

/**
 * Each reason as a rule over possibly incomplete facts. A rule answers true (applies), false
 * (cannot apply, whatever the unanswered facts say) or the list of unanswered facts that would
 * settle it. That third answer is what lets `diagnose` ask only questions that matter.
 */
export type Verdict = boolean | FactKey[];

export interface EligibilityRule {
  id: ReasonId;
  test(facts: TenantFacts): Verdict;
}

/** All parts must hold: any false wins, else any unknown part leaves the rule open. */
function allOf(...parts: Verdict[]): Verdict {
  if (parts.includes(false)) return false;
  const open = parts.flatMap((part) => (Array.isArray(part) ? part : []));
  return open.length > 0 ? [...new Set(open)] : true;
}

type BooleanFactKey = { [K in FactKey]-?: NonNullable<TenantFacts[K]> extends boolean ? K : never }[FactKey];

function flag(facts: TenantFacts, key: BooleanFactKey): Verdict {
  const value = facts[key];
  if (value === undefined) return [key];
  return value === true;
}

function channelIs(facts: TenantFacts, channel: NonNullable<TenantFacts['purchaseChannel']>): Verdict {
  return facts.purchaseChannel === undefined ? ['purchaseChannel'] : facts.purchaseChannel === channel;
}

function moreThan(facts: TenantFacts, key: 'licensedUsers', limit: number): Verdict {
  const value = facts[key];
  return value === undefined ? [key] : value > limit;
}

const SMALL_BUSINESS_BLOCKED_FAMILIES: readonly Family[] = ['enterprise', 'midsize'];

function familyOf(planId: PlanId): Family {
  return getPlan(planId).family;
}

/** Seed 002: with a custom domain, Small Business can't move to Enterprise or Midsize automatically. */
export function blockedByCustomDomain(facts: TenantFacts, target: PlanId): boolean {
  return (
    facts.customDomain === true &&
    familyOf(facts.currentPlan) === 'small-business' &&
    SMALL_BUSINESS_BLOCKED_FAMILIES.includes(familyOf(target))
  );
}

/** The target is (or, with no target chosen, every automatic target is) in Enterprise or Midsize. */
function targetInBlockedFamily(facts: TenantFacts): Verdict {
  if (facts.targetPlan !== undefined) return SMALL_BUSINESS_BLOCKED_FAMILIES.includes(familyOf(facts.targetPlan));
  const targets = upgradeTargets(facts.currentPlan);
  const blocked = targets.filter((target) => SMALL_BUSINESS_BLOCKED_FAMILIES.includes(familyOf(target)));
  if (blocked.length === 0) return false;
  return blocked.length === targets.length ? true : ['targetPlan'];
}

/** In REASON_IDS order, so reasons come out in the contract's order. */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  { id: 'purchased-through-partner', test: (facts) => channelIs(facts, 'partner') },
  { id: 'purchased-through-volume-licensing', test: (facts) => channelIs(facts, 'volume-licensing') },
  { id: 'no-automatic-path', test: (facts) => upgradeTargets(facts.currentPlan).length === 0 },
  {
    id: 'target-not-eligible',
    test: (facts) => {
      const targets = upgradeTargets(facts.currentPlan);
      // With no automatic target at all, no-automatic-path already says it.
      if (targets.length === 0) return false;
      return facts.targetPlan === undefined ? ['targetPlan'] : !targets.includes(facts.targetPlan);
    },
  },
  {
    id: 'wizard-user-limit',
    // Seed 000 sets no user limit for E4.
    test: (facts) => facts.currentPlan !== 'o365-enterprise-e4' && moreThan(facts, 'licensedUsers', WIZARD_USER_LIMIT),
  },
  { id: 'prepaid-plan', test: (facts) => channelIs(facts, 'prepaid-key') },
  {
    id: 'custom-domain-small-business',
    test: (facts) =>
      familyOf(facts.currentPlan) === 'small-business' && allOf(flag(facts, 'customDomain'), targetInBlockedFamily(facts)),
  },
  {
    id: 'legacy-small-business-user-cap',
    test: (facts) =>
      familyOf(facts.currentPlan) === 'small-business' &&
      allOf(flag(facts, 'legacySmallBusiness'), moreThan(facts, 'licensedUsers', SMALL_BUSINESS_USER_CAP)),
  },
  { id: 'government-or-nonprofit', test: (facts) => flag(facts, 'governmentOrNonprofit') },
  {
    id: 'role-not-permitted',
    test: (facts) => (facts.adminRole === undefined ? ['adminRole'] : facts.adminRole === 'other'),
  },
  { id: 'trial-subscription', test: (facts) => flag(facts, 'trial') },
  {
    id: 'license-conflict',
    test: (facts) => {
      const { licensesPurchased: purchased, licensesAssigned: assigned } = facts;
      if (purchased !== undefined && assigned !== undefined) return assigned > purchased;
      if (assigned === 0) return false;
      const open: FactKey[] = [];
      if (purchased === undefined) open.push('licensesPurchased');
      if (assigned === undefined) open.push('licensesAssigned');
      return open;
    },
  },
  { id: 'multiple-subscriptions-same-product', test: (facts) => flag(facts, 'multipleSubscriptionsSameProduct') },
  { id: 'unpaid-balance', test: (facts) => flag(facts, 'unpaidBalance') },
  { id: 'credit-check-pending', test: (facts) => flag(facts, 'creditCheckPending') },
  { id: 'plan-change-in-progress', test: (facts) => flag(facts, 'planChangeInProgress') },
  { id: 'service-health-issue', test: (facts) => flag(facts, 'serviceHealthIssue') },
  { id: 'provisioning-incomplete', test: (facts) => flag(facts, 'provisioningIncomplete') },
];
