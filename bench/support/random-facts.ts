import { ADMIN_ROLES, FACT_KEYS, FACTS, PLAN_IDS, PURCHASE_CHANNELS, TenantFactsSchema, upgradeTargets, type FactKey, type TenantFacts } from '../../domain/index.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * A whole tenant, every fact known, drawn so that every path turns up: mostly healthy tenants
 * (the automatic change), with blockers, partners and manual switches often enough to matter.
 */
export function randomTenantFacts(random: SeededRandom): TenantFacts {
  const currentPlan = random.pick(PLAN_IDS);
  const targets = upgradeTargets(currentPlan);
  const targetPlan = targets.length > 0 && random.chance(0.8) ? random.pick(targets) : random.pick(PLAN_IDS);
  const licensedUsers = random.chance(0.1) ? random.int(301, 2000) : random.int(1, 300);
  const licensesPurchased = licensedUsers + random.int(0, 10);
  const flag = (probability: number) => random.chance(probability);
  const facts: Record<string, unknown> = {
    currentPlan,
    targetPlan,
    licensedUsers,
    licensesPurchased,
    licensesAssigned: flag(0.1) ? licensesPurchased + random.int(1, 5) : random.int(0, licensesPurchased),
    adminRole: flag(0.1) ? 'other' : random.pick(ADMIN_ROLES.filter((role) => role !== 'other')),
    purchaseChannel: flag(0.2) ? random.pick(PURCHASE_CHANNELS) : 'direct-card',
    customDomain: flag(0.3),
  };
  // The yes/no the intake asks says what the counts say, as it would in a real tenant.
  facts['moreUsersThanLicenses'] = (facts['licensesAssigned'] as number) > licensesPurchased;
  // Every other fact from its kind, so a fact a new reason declares is drawn too: yes/no blockers now and then.
  for (const fact of FACT_KEYS) {
    if (facts[fact] !== undefined) continue;
    const spec = FACTS[fact];
    if (spec.kind === 'boolean') facts[fact] = flag(0.05);
    else if (spec.kind === 'choice') facts[fact] = random.pick(spec.options);
  }
  return TenantFactsSchema.parse(facts);
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
