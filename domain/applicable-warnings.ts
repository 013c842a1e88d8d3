import { isAutomaticPath } from './path-precedence.js';
import type { UpgradePath } from './paths.js';
import { getPlan, type PlanId } from './plans.js';
import type { TenantFacts } from './tenant-facts.js';
import { E3_TARGETS_FROM_E4, upgradeTargets } from './upgrade-targets.js';
import { USERS_PER_BATCH } from './limits.js';
import { WARNING_IDS, type WarningId } from './warnings.js';

/** What the Upgrade tab always implies (seeds 000 and 002). */
const UPGRADE_TAB_WARNINGS: readonly WarningId[] = [
  'admin-downtime',
  'users-keep-access',
  'do-not-reassign-during-switch',
  'billing-switchover',
  'cannot-remove-licenses-during-upgrade',
  'add-ons-included-are-removed',
  'typical-duration',
];

/**
 * A manual switch crosses families when the chosen target is in another family or, with no
 * target chosen yet, when every plan this one could move to is in another family.
 */
export function crossesFamilies(facts: TenantFacts): boolean {
  const family = getPlan(facts.currentPlan).family;
  const differs = (target: PlanId) => getPlan(target).family !== family;
  if (facts.targetPlan !== undefined) return differs(facts.targetPlan);
  const targets = upgradeTargets(facts.currentPlan);
  return targets.length > 0 && targets.every(differs);
}

/** E4 to either E3 loses E4 features; with no target chosen the Upgrade tab still offers both. */
function e4ToE3(facts: TenantFacts, path: UpgradePath): boolean {
  if (facts.currentPlan !== 'o365-enterprise-e4') return false;
  if (facts.targetPlan !== undefined) return E3_TARGETS_FROM_E4.includes(facts.targetPlan);
  return isAutomaticPath(path);
}

/** The warnings that apply to this path and these facts, in WARNING_IDS order. */
export function applicableWarnings(path: UpgradePath, facts: TenantFacts): WarningId[] {
  // The partner or account representative runs the change: nothing for the admin to heed yet.
  if (path === 'contact-partner') return [];
  const found = new Set<WarningId>();
  if (isAutomaticPath(path)) {
    for (const warning of UPGRADE_TAB_WARNINGS) found.add(warning);
    if (facts.customDomain === true) found.add('public-website-domain-first');
  } else {
    if (crossesFamilies(facts)) {
      found.add('cross-family-no-return');
      found.add('backup-before-cross-family');
      if (facts.customDomain === true) found.add('custom-domain-downtime');
    }
    if (facts.licensedUsers !== undefined && facts.licensedUsers > USERS_PER_BATCH) found.add('bulk-reassign-with-powershell');
  }
  if (facts.purchaseChannel === 'direct-invoice') found.add('invoice-credit-check');
  if (e4ToE3(facts, path)) found.add('e4-to-e3-loses-features');
  return WARNING_IDS.filter((warning) => found.has(warning));
}
