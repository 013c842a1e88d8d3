import type { Diagnosis } from './diagnosis.js';
import { REASON_CATALOG } from './reasons.js';
import type { FactKey, TenantFacts } from './tenant-facts.js';

/** The facts "check again" asks afresh: those behind the reasons found that the admin may have cleared. */
export function factsToRecheck(diagnosis: Diagnosis): FactKey[] {
  const found = new Set(diagnosis.reasons.map((reason) => reason.id));
  return [...new Set(REASON_CATALOG.filter((entry) => found.has(entry.id)).flatMap((entry): FactKey[] => [...entry.recheck]))];
}

/** The facts with the ones a recheck asks again removed. */
export function withoutRecheckedFacts(facts: Partial<TenantFacts>, diagnosis: Diagnosis): Partial<TenantFacts> {
  const cleared = { ...facts };
  for (const fact of factsToRecheck(diagnosis)) delete cleared[fact];
  return cleared;
}
