import { ADMIN_ROLES, FACTS, PLAN_IDS, PURCHASE_CHANNELS, TenantFactsSchema, upgradeTargets, type FactKey, type TenantFacts } from '../../domain/index.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * A whole tenant, every fact known, drawn so that every path turns up: mostly healthy tenants
 * (the Upgrade tab), with blockers, partners and manual switches often enough to matter.
 */
export function randomTenantFacts(random: SeededRandom): TenantFacts {
  const currentPlan = random.pick(PLAN_IDS);
  const targets = upgradeTargets(currentPlan);
  const targetPlan = targets.length > 0 && random.chance(0.8) ? random.pick(targets) : random.pick(PLAN_IDS);
  const licensedUsers = random.chance(0.1) ? random.int(301, 2000) : random.int(1, 300);
  const licensesPurchased = licensedUsers + random.int(0, 10);
  const flag = (probability: number) => random.chance(probability);
  return TenantFactsSchema.parse({
    currentPlan,
    targetPlan,
    licensedUsers,
    licensesPurchased,
    licensesAssigned: flag(0.1) ? licensesPurchased + random.int(1, 5) : random.int(0, licensesPurchased),
    adminRole: flag(0.1) ? 'other' : random.pick(ADMIN_ROLES.filter((role) => role !== 'other')),
    purchaseChannel: flag(0.2) ? random.pick(PURCHASE_CHANNELS) : 'direct-card',
    trial: flag(0.1),
    creditCheckPending: flag(0.05),
    planChangeInProgress: flag(0.05),
    serviceHealthIssue: flag(0.05),
    provisioningIncomplete: flag(0.05),
    customDomain: flag(0.3),
    legacySmallBusiness: flag(0.1),
    multipleSubscriptionsSameProduct: flag(0.05),
    unpaidBalance: flag(0.05),
    governmentOrNonprofit: flag(0.05),
  });
}

/** What the question card's input would hold for this fact: the text a click submits. */
export function submittedValue(facts: TenantFacts, fact: FactKey): string {
  const value = facts[fact];
  if (value === undefined) return 'skip';
  switch (FACTS[fact].kind) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'count':
      return String(value);
    case 'plan':
    case 'choice':
      return String(value);
  }
}
