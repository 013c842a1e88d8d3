import { describe, expect, it } from 'vitest';
import { DiagnosisSchema, REASONS, diagnose, type ReasonId, type TenantFacts } from '../../domain/index.js';
import { CLEAR_E3, tenant } from '../support/tenant-fixtures.js';

const E4: Partial<TenantFacts> = { currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-e5' };
const SMALL_BUSINESS: Partial<TenantFacts> = { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3' };

// [what, facts changed from a clear E3 tenant, reasons expected]: each reason's trigger and boundary.
const CASES: [string, Partial<TenantFacts>, ReasonId[]][] = [
  ['nothing in the way', {}, []],
  ['bought through a partner', { purchaseChannel: 'partner' }, ['purchased-through-partner']],
  ['bought through volume licensing', { purchaseChannel: 'volume-licensing' }, ['purchased-through-volume-licensing']],
  ['bought by invoice', { purchaseChannel: 'direct-invoice' }, []],
  ['a plan with no automatic target', { currentPlan: 'o365-e5', targetPlan: 'm365-e5' }, ['no-automatic-path']],
  ['Education A3 has no automatic target', { currentPlan: 'o365-education-a3', targetPlan: undefined }, ['no-automatic-path']],
  ['a target the Upgrade tab does not offer', { targetPlan: 'm365-e5' }, ['target-not-eligible']],
  ['the plan itself as target', { targetPlan: 'o365-enterprise-e3' }, ['target-not-eligible']],
  ['301 users', { licensedUsers: 301 }, ['wizard-user-limit']],
  ['300 users', { licensedUsers: 300 }, []],
  ['E4 with 5000 users (seed 000 sets no limit)', { ...E4, licensedUsers: 5000 }, []],
  ['E4 with 301 users', { ...E4, licensedUsers: 301 }, []],
  ['a prepaid product key', { purchaseChannel: 'prepaid-key' }, ['prepaid-plan']],
  ['Small Business to Enterprise with a custom domain', { ...SMALL_BUSINESS, customDomain: true }, ['custom-domain-small-business']],
  [
    'Small Business to Midsize with a custom domain',
    { ...SMALL_BUSINESS, targetPlan: 'o365-midsize-business', customDomain: true },
    ['custom-domain-small-business'],
  ],
  [
    'Small Business to Small Business Premium with a custom domain',
    { ...SMALL_BUSINESS, targetPlan: 'o365-small-business-premium', customDomain: true },
    [],
  ],
  [
    'Small Business Premium with a custom domain and no target: every target is Enterprise or Midsize',
    { currentPlan: 'o365-small-business-premium', targetPlan: undefined, customDomain: true },
    ['custom-domain-small-business'],
  ],
  [
    'Small Business with a custom domain and no target: Premium is still open',
    { ...SMALL_BUSINESS, targetPlan: undefined, customDomain: true },
    [],
  ],
  ['Small Business to Enterprise without a custom domain', { ...SMALL_BUSINESS, customDomain: false }, []],
  ['Enterprise with a custom domain', { customDomain: true }, []],
  [
    'legacy Small Business with 26 users',
    { ...SMALL_BUSINESS, legacySmallBusiness: true, licensedUsers: 26 },
    ['legacy-small-business-user-cap'],
  ],
  ['legacy Small Business with 25 users', { ...SMALL_BUSINESS, legacySmallBusiness: true, licensedUsers: 25 }, []],
  ['current Small Business with 26 users', { ...SMALL_BUSINESS, legacySmallBusiness: false, licensedUsers: 26 }, []],
  ['"legacy" on an Enterprise plan', { legacySmallBusiness: true, licensedUsers: 200 }, []],
  ['government or nonprofit', { governmentOrNonprofit: true }, ['government-or-nonprofit']],
  ['another admin role', { adminRole: 'other' }, ['role-not-permitted']],
  ['a Billing admin', { adminRole: 'billing-admin' }, []],
  ['a trial', { trial: true }, ['trial-subscription']],
  ['more licenses assigned than purchased', { licensesPurchased: 100, licensesAssigned: 101 }, ['license-conflict']],
  ['assigned = purchased', { licensesPurchased: 100, licensesAssigned: 100 }, []],
  ['fewer assigned than purchased', { licensesPurchased: 100, licensesAssigned: 40 }, []],
  ['two subscriptions of the same product', { multipleSubscriptionsSameProduct: true }, ['multiple-subscriptions-same-product']],
  ['an unpaid balance', { unpaidBalance: true }, ['unpaid-balance']],
  ['a pending credit check', { creditCheckPending: true }, ['credit-check-pending']],
  ['a plan change in progress', { planChangeInProgress: true }, ['plan-change-in-progress']],
  ['a service health issue', { serviceHealthIssue: true }, ['service-health-issue']],
  ['provisioning not finished', { provisioningIncomplete: true }, ['provisioning-incomplete']],
];

describe('diagnose: each reason', () => {
  it.each(CASES)('%s', (_what, changes, expected) => {
    const diagnosis = diagnose(tenant(changes));
    expect(diagnosis.reasons.map((reason) => reason.id)).toEqual(expected);
  });

  it('carries kind, primary source and all sources from the catalog', () => {
    const diagnosis = diagnose(tenant({ serviceHealthIssue: true, adminRole: 'other', purchaseChannel: 'partner' }));
    expect(diagnosis.reasons).toEqual([
      { id: 'purchased-through-partner', kind: 'contact', source: '000', sources: ['000'] },
      { id: 'role-not-permitted', kind: 'fix', source: '002', sources: ['002', 'MSD'] },
      { id: 'service-health-issue', kind: 'wait', source: '002', sources: ['002', '000'] },
    ]);
    for (const reason of diagnosis.reasons) expect(reason.kind).toBe(REASONS[reason.id].kind);
  });

  it('lists every reason that applies at once, in catalog order', () => {
    const everything = tenant({
      currentPlan: 'o365-small-business',
      targetPlan: 'o365-enterprise-e3',
      purchaseChannel: 'prepaid-key',
      licensedUsers: 400,
      licensesPurchased: 1,
      licensesAssigned: 2,
      adminRole: 'other',
      trial: true,
      creditCheckPending: true,
      planChangeInProgress: true,
      serviceHealthIssue: true,
      provisioningIncomplete: true,
      customDomain: true,
      legacySmallBusiness: true,
      multipleSubscriptionsSameProduct: true,
      unpaidBalance: true,
      governmentOrNonprofit: true,
    });
    expect(diagnose(everything).reasons.map((reason) => reason.id)).toEqual([
      'wizard-user-limit',
      'prepaid-plan',
      'custom-domain-small-business',
      'legacy-small-business-user-cap',
      'government-or-nonprofit',
      'role-not-permitted',
      'trial-subscription',
      'license-conflict',
      'multiple-subscriptions-same-product',
      'unpaid-balance',
      'credit-check-pending',
      'plan-change-in-progress',
      'service-health-issue',
      'provisioning-incomplete',
    ]);
  });

  it('validates its input and output', () => {
    expect(() => diagnose({ currentPlan: 'o365-enterprise-e9' } as unknown as TenantFacts)).toThrow();
    expect(() => diagnose({ ...CLEAR_E3, licensedUsers: -1 })).toThrow();
    expect(() => diagnose({ ...CLEAR_E3, licensedUsers: 2.5 })).toThrow();
    expect(DiagnosisSchema.parse(diagnose(CLEAR_E3))).toEqual(diagnose(CLEAR_E3));
  });
});
