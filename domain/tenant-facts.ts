import { z } from 'zod';
import { PLAN_IDS } from './plans.js';

/** What the bot may know about a tenant. Only the current plan is required; unanswered = undefined. */

export const ADMIN_ROLES = ['global-admin', 'billing-admin', 'other'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

export const PURCHASE_CHANNELS = ['direct-card', 'direct-invoice', 'partner', 'volume-licensing', 'prepaid-key'] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];

const count = z.number().int().min(0);

export const TenantFactsSchema = z.object({
  currentPlan: z.enum(PLAN_IDS),
  targetPlan: z.enum(PLAN_IDS).optional(),
  licensedUsers: count.optional(),
  licensesPurchased: count.optional(),
  licensesAssigned: count.optional(),
  adminRole: z.enum(ADMIN_ROLES).optional(),
  purchaseChannel: z.enum(PURCHASE_CHANNELS).optional(),
  trial: z.boolean().optional(),
  creditCheckPending: z.boolean().optional(),
  planChangeInProgress: z.boolean().optional(),
  serviceHealthIssue: z.boolean().optional(),
  provisioningIncomplete: z.boolean().optional(),
  customDomain: z.boolean().optional(),
  /** A Small Business subscription bought before the service update (seed 002: 25-user cap after it). */
  legacySmallBusiness: z.boolean().optional(),
  multipleSubscriptionsSameProduct: z.boolean().optional(),
  unpaidBalance: z.boolean().optional(),
  governmentOrNonprofit: z.boolean().optional(),
});

export type TenantFacts = z.infer<typeof TenantFactsSchema>;
export type FactKey = keyof TenantFacts;

/**
 * Every fact, in the order the intake prefers when two are equally decisive: how it was bought
 * decides the most, then what blocks the switch for good, then what only needs fixing or waiting.
 */
export const FACT_KEYS = [
  'currentPlan',
  'purchaseChannel',
  'targetPlan',
  'licensedUsers',
  'customDomain',
  'legacySmallBusiness',
  'governmentOrNonprofit',
  'adminRole',
  'trial',
  'licensesPurchased',
  'licensesAssigned',
  'unpaidBalance',
  'multipleSubscriptionsSameProduct',
  'planChangeInProgress',
  'creditCheckPending',
  'serviceHealthIssue',
  'provisioningIncomplete',
] as const satisfies readonly FactKey[];

export type FactSpec =
  | { kind: 'plan' }
  | { kind: 'boolean' }
  | { kind: 'count' }
  | { kind: 'choice'; options: readonly string[] };

/** How each fact is asked and typed, so dialogs and cards can build the right prompt. */
export const FACTS: Record<FactKey, FactSpec> = {
  currentPlan: { kind: 'plan' },
  targetPlan: { kind: 'plan' },
  licensedUsers: { kind: 'count' },
  licensesPurchased: { kind: 'count' },
  licensesAssigned: { kind: 'count' },
  adminRole: { kind: 'choice', options: ADMIN_ROLES },
  purchaseChannel: { kind: 'choice', options: PURCHASE_CHANNELS },
  trial: { kind: 'boolean' },
  creditCheckPending: { kind: 'boolean' },
  planChangeInProgress: { kind: 'boolean' },
  serviceHealthIssue: { kind: 'boolean' },
  provisioningIncomplete: { kind: 'boolean' },
  customDomain: { kind: 'boolean' },
  legacySmallBusiness: { kind: 'boolean' },
  multipleSubscriptionsSameProduct: { kind: 'boolean' },
  unpaidBalance: { kind: 'boolean' },
  governmentOrNonprofit: { kind: 'boolean' },
};
