import { diagnose, type ReasonId, type TenantFacts, type TriageCase } from '../../domain/index.js';
import { tenant } from '../support/tenant-fixtures.js';

/** One tenant per reason: the smallest set of facts that makes the domain give that reason. */
export const FACTS_BY_REASON: Record<ReasonId, TenantFacts> = {
  'purchased-through-partner': { currentPlan: 'o365-enterprise-e1', purchaseChannel: 'partner' },
  'purchased-through-volume-licensing': { currentPlan: 'o365-enterprise-e1', purchaseChannel: 'volume-licensing' },
  'no-automatic-path': { currentPlan: 'o365-education-a4', targetPlan: 'o365-enterprise-e3' },
  'target-retired': { currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-enterprise-e4' },
  'target-not-eligible': { currentPlan: 'o365-small-business', targetPlan: 'm365-e5', customDomain: false },
  'target-fewer-services': { currentPlan: 'o365-enterprise-e3', targetPlan: 'm365-business-premium' },
  'business-plan-user-cap': { currentPlan: 'm365-business-standard', targetPlan: 'm365-business-premium', licensedUsers: 340 },
  'end-of-sale-mca': { currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e5', billingAccountType: 'mca', adminRole: 'billing-account-role' },
  'wizard-user-limit': { currentPlan: 'o365-enterprise-k1', targetPlan: 'o365-enterprise-e3', licensedUsers: 450 },
  'prepaid-plan': { currentPlan: 'o365-small-business', purchaseChannel: 'prepaid-key' },
  'custom-domain-small-business': {
    currentPlan: 'o365-small-business',
    targetPlan: 'o365-enterprise-e3',
    customDomain: true,
    licensedUsers: 40,
  },
  'legacy-small-business-user-cap': {
    currentPlan: 'o365-small-business-premium',
    targetPlan: 'o365-enterprise-e1',
    legacySmallBusiness: true,
    licensedUsers: 30,
  },
  'not-currently-eligible': { currentPlan: 'm365-business-basic', notCurrentlyEligible: true },
  'government-or-nonprofit': { currentPlan: 'o365-enterprise-e3', governmentOrNonprofit: true },
  'role-not-permitted': { currentPlan: 'o365-enterprise-e3', adminRole: 'other' },
  'trial-subscription': { currentPlan: 'o365-enterprise-e3', trial: true },
  'license-conflict': { currentPlan: 'o365-enterprise-e3', licensesPurchased: 10, licensesAssigned: 12 },
  'add-on-present': { currentPlan: 'm365-business-standard', hasAddOn: true },
  'multiple-subscriptions-same-product': { currentPlan: 'o365-enterprise-e3', multipleSubscriptionsSameProduct: true },
  'unpaid-balance': { currentPlan: 'o365-enterprise-e3', unpaidBalance: true },
  'credit-check-pending': { currentPlan: 'o365-enterprise-e3', creditCheckPending: true, purchaseChannel: 'direct-invoice' },
  'plan-change-in-progress': { currentPlan: 'o365-enterprise-e3', planChangeInProgress: true },
  'service-health-issue': { currentPlan: 'o365-enterprise-e3', serviceHealthIssue: true },
  'provisioning-incomplete': { currentPlan: 'o365-enterprise-e3', provisioningIncomplete: true },
};

/** Tenants for each path and the situations that add steps and warnings. */
export const SCENARIOS = {
  'e4 to m365 e3, custom domain, invoice (automatic, MOSA)': {
    currentPlan: 'o365-enterprise-e4',
    targetPlan: 'm365-e3',
    purchaseChannel: 'direct-invoice',
    customDomain: true,
    licensedUsers: 120,
  },
  'business standard to premium on MCA (automatic, MCA)': {
    currentPlan: 'm365-business-standard',
    targetPlan: 'm365-business-premium',
    billingAccountType: 'mca',
    adminRole: 'billing-account-role',
    licensedUsers: 30,
  },
  'everything answered, nothing blocks (automatic, decided)': tenant({
    currentPlan: 'o365-enterprise-e1',
    targetPlan: 'o365-enterprise-e3',
    licensedUsers: 15,
    licensesPurchased: 15,
    licensesAssigned: 15,
  }),
  'trial and unpaid (resolve then automatic)': {
    currentPlan: 'm365-business-basic',
    targetPlan: 'm365-business-standard',
    trial: true,
    unpaidBalance: true,
  },
  'small business with a domain to enterprise, many users (manual across 2013 families)': {
    currentPlan: 'o365-small-business',
    targetPlan: 'o365-enterprise-e3',
    customDomain: true,
    licensedUsers: 60,
    licensesPurchased: 60,
  },
  'e3 to e1 on MCA, 30 licenses, custom domain (manual, fewer services)': {
    currentPlan: 'o365-enterprise-e3',
    targetPlan: 'o365-enterprise-e1',
    billingAccountType: 'mca',
    adminRole: 'billing-account-role',
    customDomain: true,
    licensedUsers: 30,
    licensesPurchased: 30,
  },
  'e3 to e1 on MOSA, 30 licenses (manual, fewer services)': {
    currentPlan: 'o365-enterprise-e3',
    targetPlan: 'o365-enterprise-e1',
    billingAccountType: 'mosa',
    licensedUsers: 30,
    licensesPurchased: 30,
  },
  'partner (contact partner)': { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner' },
  'education plan (undecided)': { currentPlan: 'o365-education-a1', targetPlan: 'o365-education-a3' },
  'only the current plan known': { currentPlan: 'exchange-online-kiosk' },
} satisfies Record<string, TenantFacts>;

export function triageCase(id: string, facts: TenantFacts, agentName?: string): TriageCase {
  return {
    id,
    agentId: '29:agent-aad-object-id',
    ...(agentName === undefined ? {} : { agentName }),
    createdAt: '2026-11-21T10:15:42.123Z',
    facts,
    diagnosis: diagnose(facts),
  };
}
