import { z } from 'zod';
import { BASE_FACT_SPECS, BaseFactsSchema, type FactSpec } from './base-facts.js';
import { REASON_CATALOG, type OwnedFact } from './reasons.js';

export {
  ADMIN_ROLES,
  BILLING_ACCOUNT_TYPES,
  COMMITMENT_TERMS,
  PURCHASE_CHANNELS,
  type AdminRole,
  type BillingAccountType,
  type CommitmentTerm,
  type FactSpec,
  type PurchaseChannel,
} from './base-facts.js';

/**
 * What the bot may know about a tenant: the shared facts, plus the yes/no fact each reason declares
 * for itself. Only the current plan is required; unanswered = undefined.
 */

const OWNED_FACTS = REASON_CATALOG.flatMap((entry): OwnedFact[] => (entry.asks === undefined ? [] : [entry.asks]));

const ownedFactsShape = Object.fromEntries(OWNED_FACTS.map((fact) => [fact, z.boolean().optional()])) as {
  [K in OwnedFact]: z.ZodOptional<z.ZodBoolean>;
};

export const TenantFactsSchema = BaseFactsSchema.extend(ownedFactsShape);

export type TenantFacts = z.infer<typeof TenantFactsSchema>;
export type FactKey = keyof TenantFacts;
/** The facts that are a yes or a no. */
export type YesNoFact = { [K in FactKey]-?: NonNullable<TenantFacts[K]> extends boolean ? K : never }[FactKey];

/**
 * Every fact, in the order the intake prefers when two are equally decisive: the order of the
 * reasons that read them (how it was bought decides the most, then what blocks the change for good,
 * then what only needs fixing or waiting), the current plan first.
 */
export const FACT_KEYS: readonly [FactKey, ...FactKey[]] = [
  'currentPlan',
  ...new Set<FactKey>([
    ...REASON_CATALOG.flatMap((entry): FactKey[] => [...(entry.asks === undefined ? [] : [entry.asks]), ...entry.reads]).filter(
      (fact) => fact !== 'currentPlan',
    ),
    // Facts no reason reads (the term changes what the answer says, never the path) come last.
    ...(Object.keys(BASE_FACT_SPECS) as FactKey[]).filter((fact) => fact !== 'currentPlan'),
  ]),
];

/** How each fact is asked and typed, so dialogs and cards can build the right prompt. */
export const FACTS: Record<FactKey, FactSpec> = {
  ...BASE_FACT_SPECS,
  ...(Object.fromEntries(OWNED_FACTS.map((fact) => [fact, { kind: 'boolean' }])) as Record<OwnedFact, FactSpec>),
};
