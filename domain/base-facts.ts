import { z } from 'zod';
import { PLAN_IDS } from './plans.js';

/**
 * The facts several rules, steps and warnings read. Yes/no facts that only one reason reads are
 * declared with that reason (see `reasons.ts`); `tenant-facts.ts` joins the two.
 */

/**
 * `billing-account-role`: owner or contributor of the billing account or of a billing profile,
 * the roles a Microsoft Customer Agreement account uses (MSD-2024).
 */
export const ADMIN_ROLES = ['global-admin', 'billing-admin', 'billing-account-role', 'other'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

export const PURCHASE_CHANNELS = ['direct-card', 'direct-invoice', 'partner', 'volume-licensing', 'prepaid-key'] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];

/**
 * MOSA: Microsoft Online Services Agreement; MCA: Microsoft Customer Agreement. Billing > Billing
 * accounts shows which one the organization has (MSD-BILLING-ACCOUNTS).
 */
export const BILLING_ACCOUNT_TYPES = ['mosa', 'mca'] as const;
export type BillingAccountType = (typeof BILLING_ACCOUNT_TYPES)[number];

/**
 * The subscription's commitment: a monthly term, or an annual or three-year one (MSD-LICENSES,
 * MSD-BILLING-FREQUENCY). It decides what a smaller plan or fewer licenses wait for: the renewal.
 * Read when the admin says it ("we're on an annual plan"); it changes the answer, never the path.
 */
export const COMMITMENT_TERMS = ['monthly', 'annual', 'three-year'] as const;
export type CommitmentTerm = (typeof COMMITMENT_TERMS)[number];

const count = z.number().int().min(0);

export const BaseFactsSchema = z.object({
  currentPlan: z.enum(PLAN_IDS),
  targetPlan: z.enum(PLAN_IDS).optional(),
  licensedUsers: count.optional(),
  licensesPurchased: count.optional(),
  licensesAssigned: count.optional(),
  adminRole: z.enum(ADMIN_ROLES).optional(),
  purchaseChannel: z.enum(PURCHASE_CHANNELS).optional(),
  billingAccountType: z.enum(BILLING_ACCOUNT_TYPES).optional(),
  /** Read by a reason, the manual steps and the warnings alike. */
  customDomain: z.boolean().optional(),
  commitmentTerm: z.enum(COMMITMENT_TERMS).optional(),
});

export type BaseFacts = z.infer<typeof BaseFactsSchema>;
export type BaseFactKey = keyof BaseFacts;

export type FactSpec =
  | { kind: 'plan' }
  | { kind: 'boolean' }
  | { kind: 'count' }
  | { kind: 'choice'; options: readonly string[] };

/** How each base fact is asked and typed. Every yes/no fact a reason owns is a 'boolean'. */
export const BASE_FACT_SPECS: Record<BaseFactKey, FactSpec> = {
  currentPlan: { kind: 'plan' },
  targetPlan: { kind: 'plan' },
  licensedUsers: { kind: 'count' },
  licensesPurchased: { kind: 'count' },
  licensesAssigned: { kind: 'count' },
  adminRole: { kind: 'choice', options: ADMIN_ROLES },
  purchaseChannel: { kind: 'choice', options: PURCHASE_CHANNELS },
  billingAccountType: { kind: 'choice', options: BILLING_ACCOUNT_TYPES },
  customDomain: { kind: 'boolean' },
  commitmentTerm: { kind: 'choice', options: COMMITMENT_TERMS },
};
