import { isAutomaticPath } from './path-precedence.js';
import type { UpgradePath } from './paths.js';
import { getPlan, type PlanId } from './plans.js';
import { LIMITS, USERS_PER_BATCH } from './limits.js';
import type { TenantFacts } from './tenant-facts.js';
import { E3_TARGETS_FROM_E4, targetRuleOf, upgradeTargets, wantedPlanLosesServices } from './upgrade-targets.js';
import { WARNING_IDS, type WarningId } from './warnings.js';

/**
 * What an automatic change always implies (MSD-2024). The seeds' own warnings (seed 000's Cart:
 * licenses can't be removed, included add-ons are removed; seed 002's "don't reassign licenses
 * during the switch" and "change the public website's domain first") describe pages that are gone
 * and no current source repeats them: they stay in the catalog as history, not in today's answer.
 */
const AUTOMATIC_WARNINGS: readonly WarningId[] = [
  'admin-downtime',
  'users-keep-access',
  'billing-switchover',
  'service-assignments-reset',
  'prorated-credit-invoice',
  'typical-duration',
];


/**
 * Seed 002's plan families: a manual switch crosses them when the chosen target is in another
 * family or, with no target chosen yet, when every plan this one could move to is. Only the plans
 * the 2013 table still decides are judged this way; today's plans by their data-related services.
 */
export function crossesFamilies(facts: TenantFacts): boolean {
  if (targetRuleOf(facts.currentPlan) !== 'table-2013') return false;
  const family = getPlan(facts.currentPlan).family;
  const differs = (target: PlanId) => getPlan(target).family !== family;
  if (facts.targetPlan !== undefined) return differs(facts.targetPlan);
  const targets = upgradeTargets(facts.currentPlan);
  return targets.length > 0 && targets.every(differs);
}

/** The wanted plan has fewer data-related services than the current one (MSD-2024): back up first. */
export function losesDataServices(facts: TenantFacts): boolean {
  return facts.targetPlan !== undefined && targetRuleOf(facts.currentPlan) === 'services-2024' && wantedPlanLosesServices(facts.currentPlan, facts.targetPlan);
}

/** E4 to either E3 loses E4 features; with no target chosen the automatic change still offers both. */
function e4ToE3(facts: TenantFacts, path: UpgradePath): boolean {
  if (facts.currentPlan !== 'o365-enterprise-e4') return false;
  if (facts.targetPlan !== undefined) return E3_TARGETS_FROM_E4.includes(facts.targetPlan);
  return isAutomaticPath(path);
}

/** The licenses the old subscription holds, as far as the admin told us. */
export function licenseCount(facts: TenantFacts): number | undefined {
  return facts.licensesPurchased ?? facts.licensedUsers;
}

function manualWarnings(facts: TenantFacts, found: Set<WarningId>): void {
  if (crossesFamilies(facts)) {
    found.add('cross-family-no-return');
    found.add('backup-before-cross-family');
    if (facts.customDomain === true) found.add('custom-domain-downtime');
  }
  if (losesDataServices(facts)) found.add('backup-before-fewer-services');
  if (facts.licensedUsers !== undefined && facts.licensedUsers > USERS_PER_BATCH) found.add('bulk-reassign-with-powershell');
  if (facts.billingAccountType === 'mca') found.add('mca-refund-window');
  const licenses = licenseCount(facts);
  if (facts.billingAccountType !== 'mca' && licenses !== undefined && licenses > LIMITS.mosaOnlineCancelLicenses.value) {
    found.add('mosa-cancel-license-limit');
  }
  if (facts.customDomain === true) found.add('domain-before-cancel');
}

/** The warnings that apply to this path and these facts, in WARNING_IDS order. */
export function applicableWarnings(path: UpgradePath, facts: TenantFacts): WarningId[] {
  // The partner or account representative runs the change: nothing for the admin to heed yet.
  if (path === 'contact-partner') return [];
  const found = new Set<WarningId>();
  if (isAutomaticPath(path)) {
    for (const warning of AUTOMATIC_WARNINGS) found.add(warning);
  } else {
    manualWarnings(facts, found);
  }
  if (facts.purchaseChannel === 'direct-invoice') found.add('invoice-credit-check');
  if (e4ToE3(facts, path)) found.add('e4-to-e3-loses-features');
  // Teams since 2024: a with-Teams Enterprise suite is sold only to customers who had one before.
  const current = getPlan(facts.currentPlan);
  if (facts.targetPlan !== undefined && getPlan(facts.targetPlan).soldTo === 'existing-customers' && current.teams !== 'with-teams') {
    found.add('teams-suite-new-customers');
  }
  if (current.teams === 'with-teams') found.add('teams-suite-existing-customers');
  return WARNING_IDS.filter((warning) => found.has(warning));
}
