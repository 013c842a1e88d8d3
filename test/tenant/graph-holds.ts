import type { FactKey } from '../../domain/index.js';

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
