import type { BaseFacts } from './base-facts.js';
import { getPlan, PLANS, type Family, type PlanId } from './plans.js';
import { comparePlans, hasKnownServices, losesServices, type Service } from './services.js';
import type { SourceId } from './sources.js';
import { allOf, type Verdict } from './verdict.js';

/**
 * Automatic targets, by the newest source that speaks to each plan:
 * - 'services-2024': a sold business, enterprise, frontline or standalone plan can change to the
 *   sold plans of those families that keep every service it includes, at the same or a higher
 *   version (MSD-2024: "If you want to change to a plan with fewer services, you can change plans
 *   manually"; the services are read from the service plans in LIC-REF, see `services.ts`);
 * - 'e4-options-2020': Office 365 E4, retired in 2015, has five options (MSD-E4);
 * - 'table-2013': plans only seed 002's table covers (retired ones, and education plans, for which
 *   no current source speaks) keep that table's row, less the plans retired since.
 * A retired plan is never a target.
 */
export const TARGET_RULES = {
  'services-2024': { sources: ['MSD-2024', 'LIC-REF'] },
  'e4-options-2020': { sources: ['MSD-E4', '000'] },
  'table-2013': { sources: ['002'] },
  // Plans a source names but none decides (Microsoft 365 E7, Teams Enterprise, Microsoft 365 A-plans).
  undecided: { sources: ['MSD-2024'] },
} as const satisfies Record<string, { sources: readonly SourceId[] }>;
export type TargetRule = keyof typeof TARGET_RULES;

/** Seed 002's table of plans eligible for the Switch plans wizard, row by row (history where a newer rule speaks). */
export const TARGETS_2013: Partial<Record<PlanId, readonly PlanId[]>> = {
  'o365-small-business': [
    'o365-small-business-premium',
    'o365-midsize-business',
    'o365-enterprise-e1',
    'o365-enterprise-e3',
    'o365-enterprise-e4',
  ],
  'o365-small-business-premium': ['o365-midsize-business', 'o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-midsize-business': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-enterprise-k1': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-enterprise-k2': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-enterprise-e1': ['o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-enterprise-e3': ['o365-enterprise-e4'],
  'lync-online-p1': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'lync-online-p2': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'lync-online-p3': ['o365-enterprise-e4'],
  'sharepoint-online-p1': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'sharepoint-online-p2': ['o365-enterprise-e3', 'o365-enterprise-e4'],
  'exchange-online-p1': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'exchange-online-p2': ['o365-enterprise-e3', 'o365-enterprise-e4'],
  'exchange-online-kiosk': [
    'o365-enterprise-e1',
    'o365-enterprise-e3',
    'o365-enterprise-e4',
    'o365-enterprise-k1',
    'exchange-online-p1',
    'exchange-online-p2',
  ],
  'o365-education-a1': ['o365-education-a2', 'o365-education-a3'],
  'o365-education-a2': ['o365-education-a3'],
  'office-online-sharepoint': ['o365-education-a1', 'o365-education-a2', 'o365-education-a3', 'o365-education-a4'],
};

/** MSD-E4's five options, in its order; the last two lose E4 features. */
export const E4_OPTIONS: readonly PlanId[] = ['o365-e5', 'm365-e5', 'm365-e5-no-audio', 'o365-enterprise-e3', 'm365-e3'];
/** E4 to either E3 is offered but drops E4 features (seed 000, MSD-E4). */
export const E3_TARGETS_FROM_E4: readonly PlanId[] = ['o365-enterprise-e3', 'm365-e3'];

/** The families MSD-2024 ("Microsoft 365 for business plans") speaks for. */
const FAMILIES_OF_TODAYS_RULE: readonly Family[] = ['business', 'enterprise', 'frontline', 'standalone'];


export function targetRuleOf(planId: PlanId): TargetRule {
  const plan = getPlan(planId);
  if (plan.targetsUndecided !== undefined) return 'undecided';
  if (planId === 'o365-enterprise-e4') return 'e4-options-2020';
  if (plan.status === 'retired' || !FAMILIES_OF_TODAYS_RULE.includes(plan.family)) return 'table-2013';
  return 'services-2024';
}

/** The services `target` lacks, or has at a lower version, that `current` includes (today's rule; empty if unknown). */
export function servicesLostTo(current: PlanId, target: PlanId): Service[] {
  return comparePlans(current, target).lost;
}

const FAMILY_ORDER: readonly Family[] = ['business', 'enterprise', 'frontline', 'standalone'];

/** Listed family by family (business first), table order within one. */
function todaysTargets(current: PlanId): PlanId[] {
  return PLANS.filter(
    (plan) =>
      plan.id !== current &&
      plan.status === 'sold' &&
      plan.targetsUndecided === undefined &&
      FAMILIES_OF_TODAYS_RULE.includes(plan.family) &&
      hasKnownServices(plan.id) &&
      !losesServices(current, plan.id),
  )
    .sort((a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family))
    .map((plan) => plan.id);
}

const TARGETS = new Map<PlanId, readonly PlanId[]>(
  PLANS.map((plan) => {
    const rule = targetRuleOf(plan.id);
    const listed =
      rule === 'services-2024' ? todaysTargets(plan.id) : rule === 'e4-options-2020' ? E4_OPTIONS : rule === 'undecided' ? [] : (TARGETS_2013[plan.id] ?? []);
    return [plan.id, listed.filter((target) => getPlan(target).status === 'sold')];
  }),
);

/** The plans the admin center can change this one to automatically. A fresh array each call. */
export function upgradeTargets(planId: PlanId): PlanId[] {
  return [...(TARGETS.get(planId) ?? [])];
}

/** Today's rule refuses the wanted plan when it has fewer services than the current one. */
export function wantedPlanLosesServices(current: PlanId, target: PlanId): boolean {
  return getPlan(target).status === 'sold' && losesServices(current, target);
}

export function licenseCapOf(planId: PlanId): number | undefined {
  return getPlan(planId).licenseCap?.value;
}

const SMALL_BUSINESS_BLOCKED_FAMILIES: readonly Family[] = ['enterprise', 'midsize'];

/** Seed 002: with a custom domain, Small Business can't move to Enterprise or Midsize automatically. */
function domainBlocksTarget(facts: BaseFacts, target: PlanId): boolean {
  return (
    facts.customDomain === true &&
    getPlan(facts.currentPlan).family === 'small-business' &&
    SMALL_BUSINESS_BLOCKED_FAMILIES.includes(getPlan(target).family)
  );
}

/** The rule of seed 002's custom-domain reason: the wanted plan, or every automatic target, in Enterprise or Midsize. */
export function smallBusinessDomainBlocks(facts: BaseFacts): Verdict {
  if (getPlan(facts.currentPlan).family !== 'small-business') return false;
  const hasDomain: Verdict = facts.customDomain === undefined ? ['customDomain'] : facts.customDomain;
  const inBlockedFamily = (target: PlanId) => SMALL_BUSINESS_BLOCKED_FAMILIES.includes(getPlan(target).family);
  if (facts.targetPlan !== undefined) return allOf(hasDomain, inBlockedFamily(facts.targetPlan));
  const targets = upgradeTargets(facts.currentPlan);
  const blocked = targets.filter(inBlockedFamily);
  return allOf(hasDomain, blocked.length === 0 ? false : blocked.length === targets.length ? true : ['targetPlan']);
}

/** An automatic target that this tenant still can't take: a Small Business domain, or more users than the plan's cap. */
export function targetBlockedForTenant(facts: BaseFacts, target: PlanId): boolean {
  const cap = licenseCapOf(target);
  return domainBlocksTarget(facts, target) || (cap !== undefined && facts.licensedUsers !== undefined && facts.licensedUsers > cap);
}
