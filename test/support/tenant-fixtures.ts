import type { TenantFacts } from '../../domain/index.js';

/**
 * A tenant where every fact is known and nothing blocks the automatic change: Office 365 E3 to
 * Office 365 E5, bought by card on a MOSA account, 100 users. Tests change one or two facts from
 * here so only the rule under test can fire.
 */
export const CLEAR_E3: TenantFacts = {
  currentPlan: 'o365-enterprise-e3',
  targetPlan: 'o365-e5',
  licensedUsers: 100,
  licensesPurchased: 100,
  licensesAssigned: 100,
  adminRole: 'global-admin',
  purchaseChannel: 'direct-card',
  billingAccountType: 'mosa',
  trial: false,
  creditCheckPending: false,
  planChangeInProgress: false,
  serviceHealthIssue: false,
  provisioningIncomplete: false,
  customDomain: false,
  legacySmallBusiness: false,
  multipleSubscriptionsSameProduct: false,
  unpaidBalance: false,
  governmentOrNonprofit: false,
  hasAddOn: false,
  notCurrentlyEligible: false,
  moreUsersThanLicenses: false,
  billingAccountBlocked: false,
};

/** What an admin answers when asked: a direct MOSA purchase with nothing else in the way. */
export const NOTHING_ELSE: Partial<TenantFacts> = {
  purchaseChannel: 'direct-card',
  billingAccountType: 'mosa',
  adminRole: 'global-admin',
  notCurrentlyEligible: false,
  governmentOrNonprofit: false,
  trial: false,
  moreUsersThanLicenses: false,
  hasAddOn: false,
  multipleSubscriptionsSameProduct: false,
  unpaidBalance: false,
  creditCheckPending: false,
  planChangeInProgress: false,
  serviceHealthIssue: false,
  provisioningIncomplete: false,
  billingAccountBlocked: false,
  // Asked only when the wanted plan has fewer services: the most common commitment.
  commitmentTerm: 'annual',
};

/** `NOTHING_ELSE` on an MCA billing account, answered by an owner of it: no scheduled change, no Extended Service Term. */
export const MCA_NOTHING_ELSE: Partial<TenantFacts> = {
  ...NOTHING_ELSE,
  billingAccountType: 'mca',
  adminRole: 'billing-account-role',
  scheduledChange: false,
  extendedServiceTerm: false,
};

/**
 * `CLEAR_E3` with some facts changed; `undefined` in `changes` makes a fact unknown. "More users
 * than licenses" says what the counts say, unless the changes set it: the intake asks it, not the counts.
 */
export function tenant(changes: Partial<TenantFacts>): TenantFacts {
  const facts: Record<string, unknown> = { ...CLEAR_E3, ...changes };
  const { licensesPurchased: purchased, licensesAssigned: assigned } = { ...CLEAR_E3, ...changes };
  if (!('moreUsersThanLicenses' in changes) && purchased !== undefined && assigned !== undefined) facts['moreUsersThanLicenses'] = assigned > purchased;
  for (const [key, value] of Object.entries(facts)) if (value === undefined) delete facts[key];
  return facts as TenantFacts;
}


/**
 * The manual walkthrough used across dialog, end-to-end and recorded tests: Small Business Premium
 * to Enterprise E3 with a custom domain, so every conditional manual step appears.
 */
export const MANUAL_SBP_TO_E3 = {
  currentPlan: 'o365-small-business-premium',
  purchaseChannel: 'direct-card',
  targetPlan: 'o365-enterprise-e3',
  licensedUsers: 45,
  customDomain: true,
  billingAccountType: 'mosa',
} satisfies TenantFacts;
