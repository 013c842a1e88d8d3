import { openCase, type ReasonId, type TenantFacts, type TriageCase } from '../../domain/index.js';
import { tenant } from '../support/tenant-fixtures.js';

/** One tenant per reason: the smallest set of facts that makes the domain give that reason. */
export const FACTS_BY_REASON: Record<ReasonId, TenantFacts> = {
  'purchased-through-partner': { currentPlan: 'o365-enterprise-e1', purchaseChannel: 'partner' },
  'purchased-through-volume-licensing': { currentPlan: 'o365-enterprise-e1', purchaseChannel: 'volume-licensing' },
  'no-automatic-path': { currentPlan: 'o365-education-a4', targetPlan: 'o365-enterprise-e3' },
  'target-not-eligible': { currentPlan: 'o365-enterprise-e1', targetPlan: 'o365-education-a2' },
  'wizard-user-limit': { currentPlan: 'o365-enterprise-e1', targetPlan: 'o365-enterprise-e3', licensedUsers: 450 },
  'prepaid-plan': { currentPlan: 'o365-small-business', purchaseChannel: 'prepaid-key' },
  'custom-domain-small-business': {
    currentPlan: 'o365-small-business',
    targetPlan: 'o365-enterprise-e3',
    customDomain: true,
    licensedUsers: 40,
  },
  'legacy-small-business-user-cap': {
    currentPlan: 'o365-small-business-premium',
    targetPlan: 'o365-midsize-business',
    legacySmallBusiness: true,
    licensedUsers: 30,
  },
  'government-or-nonprofit': { currentPlan: 'o365-enterprise-e3', governmentOrNonprofit: true },
  'role-not-permitted': { currentPlan: 'o365-enterprise-e3', adminRole: 'other' },
  'trial-subscription': { currentPlan: 'o365-enterprise-e3', trial: true },
  'license-conflict': { currentPlan: 'o365-enterprise-e3', licensesPurchased: 10, licensesAssigned: 12 },
  'multiple-subscriptions-same-product': { currentPlan: 'o365-enterprise-e3', multipleSubscriptionsSameProduct: true },
  'unpaid-balance': { currentPlan: 'o365-enterprise-e3', unpaidBalance: true },
  'credit-check-pending': { currentPlan: 'o365-enterprise-e3', creditCheckPending: true, purchaseChannel: 'direct-invoice' },
  'plan-change-in-progress': { currentPlan: 'o365-enterprise-e3', planChangeInProgress: true },
  'service-health-issue': { currentPlan: 'o365-enterprise-e3', serviceHealthIssue: true },
  'provisioning-incomplete': { currentPlan: 'o365-enterprise-e3', provisioningIncomplete: true },
};

/** Tenants for each path and the situations that add steps and warnings. */
export const SCENARIOS = {
  'e4 to m365 e3, custom domain, invoice (upgrade tab)': {
    currentPlan: 'o365-enterprise-e4',
    targetPlan: 'm365-e3',
    purchaseChannel: 'direct-invoice',
    customDomain: true,
    licensedUsers: 120,
  },
  'everything answered, nothing blocks (upgrade tab, decided)': tenant({
    currentPlan: 'o365-enterprise-e1',
    targetPlan: 'o365-enterprise-e3',
    licensedUsers: 15,
    licensesPurchased: 15,
    licensesAssigned: 15,
  }),
  'trial and unpaid (resolve then upgrade tab)': {
    currentPlan: 'o365-small-business',
    targetPlan: 'o365-small-business-premium',
    trial: true,
    unpaidBalance: true,
  },
  'small business with a domain to enterprise, many users (manual across families)': {
    currentPlan: 'o365-small-business',
    targetPlan: 'o365-enterprise-e3',
    customDomain: true,
    licensedUsers: 60,
    licensesPurchased: 60,
  },
  'partner (contact partner)': { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner' },
  'only the current plan known': { currentPlan: 'exchange-online-kiosk' },
} satisfies Record<string, TenantFacts>;

export function triageCase(id: string, facts: TenantFacts, agentName?: string): TriageCase {
  return openCase({
    id,
    by: { id: '29:agent-aad-object-id', ...(agentName === undefined ? {} : { name: agentName }) },
    at: '2026-11-21T10:15:42.123Z',
    facts,
    details: {},
  });
}
