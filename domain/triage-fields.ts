import { diagnose } from './diagnose.js';
import { FACT_KEYS, type FactKey, type TenantFacts } from './tenant-facts.js';

/**
 * The facts worth a field in an agent's triage form for this plan: the ones already known (so they
 * can be checked or corrected) and the ones `diagnose` could still ask, the same decisive facts the
 * admin's questions come from. In FACT_KEYS order (how it was bought first), the plan first.
 */
export function factsThatMatter(facts: TenantFacts): FactKey[] {
  const diagnosis = diagnose(facts);
  const wanted = new Set<FactKey>(diagnosis.decided ? [] : diagnosis.unknownFacts);
  for (const fact of FACT_KEYS) if (facts[fact] !== undefined) wanted.add(fact);
  return FACT_KEYS.filter((fact) => wanted.has(fact));
}
