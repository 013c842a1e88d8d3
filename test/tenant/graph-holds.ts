import type { FactKey, TenantFacts } from '../../domain/index.js';

/** The facts a full read of the tenant sets for a product the domain knows: never asked after one. */
export const GRAPH_HOLDS: readonly FactKey[] = [
  'currentPlan',
  'licensesPurchased',
  'licensesAssigned',
  'licensedUsers',
  'trial',
  'multipleSubscriptionsSameProduct',
  'customDomain',
  'serviceHealthIssue',
  'provisioningIncomplete',
  'adminRole',
];

/** The admin's answers to what Graph cannot tell: a test fails if the bot asks anything else. */
export const ADMIN_ANSWERS: Partial<TenantFacts> = {
  targetPlan: 'm365-e5',
  purchaseChannel: 'direct-card',
  billingAccountType: 'mosa',
  hasAddOn: false,
  unpaidBalance: false,
  creditCheckPending: false,
  planChangeInProgress: false,
  governmentOrNonprofit: false,
  notCurrentlyEligible: false,
  billingAccountBlocked: false,
};
