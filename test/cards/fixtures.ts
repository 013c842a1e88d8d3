import { REASON_IDS, openCase, type ReasonId, type TenantFacts, type TriageCase } from '../../domain/index.js';
import { REASON_CASES } from '../support/reason-cases.js';
import { tenant } from '../support/tenant-fixtures.js';

/** One tenant per reason: the first row of the reason table that gives that reason alone. */
export const FACTS_BY_REASON = Object.fromEntries(
  REASON_IDS.flatMap((id) => {
    const row = REASON_CASES.find(([, , reasons]) => reasons.length === 1 && reasons[0] === id);
    return row === undefined ? [] : [[id, tenant(row[1])]];
  }),
) as Record<ReasonId, TenantFacts>;

/** Tenants for each path and the situations that add steps and warnings. */
export const SCENARIOS = {
  'a prepaid product key (no source decides today)': {
    currentPlan: 'm365-business-basic',
    targetPlan: 'm365-business-standard',
    purchaseChannel: 'prepaid-key',
    licensedUsers: 12,
  },
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
    purchaseChannel: 'direct-invoice',
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
  'retired plan still on the 2013 table (undecided)': { currentPlan: 'o365-enterprise-k1', targetPlan: 'o365-enterprise-e3', purchaseChannel: 'direct-card' },
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
