import { describe, expect, it } from 'vitest';
import { DiagnosisSchema, REASONS, diagnose, type ReasonId, type TenantFacts } from '../../domain/index.js';
import { CLEAR_E3, tenant } from '../support/tenant-fixtures.js';
import { E4, MCA_OWNER, REASON_CASES } from '../support/reason-cases.js';

describe('diagnose: each reason', () => {
  it.each(REASON_CASES)('%s', (_what, changes, expected) => {
    const diagnosis = diagnose(tenant(changes));
    expect(diagnosis.reasons.map((reason) => reason.id)).toEqual(expected);
  });

  it('carries kind, primary source and all sources, newest first', () => {
    const diagnosis = diagnose(tenant({ serviceHealthIssue: true, adminRole: 'other', purchaseChannel: 'partner' }));
    expect(diagnosis.reasons).toEqual([
      { id: 'purchased-through-partner', kind: 'contact', source: 'MSD-CANCEL', sources: ['MSD-CANCEL', '000'] },
      { id: 'role-not-permitted', kind: 'fix', source: 'MSD-2024', sources: ['MSD-2024', '002'] },
      { id: 'service-health-issue', kind: 'wait', source: 'MSD-2024', sources: ['MSD-2024', '002', '000'] },
    ]);
    for (const reason of diagnosis.reasons) expect(reason.kind).toBe(REASONS[reason.id].kind);
  });

  it.each<[string, Partial<TenantFacts>, ReasonId, string[]]>([
    ['E4, retired per MSD-E4', { targetPlan: 'o365-enterprise-e4' }, 'target-retired', ['MSD-E4']],
    ['Small Business Premium, retired per the 2015 transition', { targetPlan: 'o365-small-business-premium' }, 'target-retired', ['MSD-SMB-2015']],
    ['Lync Online Plan 3, from the 2013 table', { currentPlan: 'lync-online-p3', targetPlan: undefined }, 'no-automatic-path', ['002']],
    ['E4 to E1, from the E4 options', { ...E4, targetPlan: 'o365-enterprise-e1' }, 'target-not-eligible', ['MSD-E4', '000']],
    ['E3 to E1, from the services rule', { targetPlan: 'o365-enterprise-e1' }, 'target-fewer-services', ['MSD-2024', 'LIC-REF']],
  ])('cites the source that decides this tenant: %s', (_what, changes, id, sources) => {
    const reason = diagnose(tenant(changes)).reasons.find((each) => each.id === id);
    expect(reason?.sources).toEqual(sources);
    expect(reason?.source).toBe(sources[0]);
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
      hasAddOn: true,
      notCurrentlyEligible: true,
    });
    expect(diagnose(everything).reasons.map((reason) => reason.id)).toEqual([
      'wizard-user-limit',
      'custom-domain-small-business',
      'legacy-small-business-user-cap',
      'not-currently-eligible',
      'government-or-nonprofit',
      'role-not-permitted',
      'trial-subscription',
      'license-conflict',
      'add-on-present',
      'multiple-subscriptions-same-product',
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

  it('reads a diagnosis stored before it said what no source decides', () => {
    const { undecided: _undecided, ...stored } = diagnose(CLEAR_E3);
    expect(DiagnosisSchema.parse(stored).undecided).toEqual([]);
  });
});

describe('diagnose: what no source decides', () => {
  it.each<[string, Partial<TenantFacts>, string[]]>([
    ['a MOSA account, today\'s plan', {}, []],
    ['an MCA account', MCA_OWNER, ['mca-blockers-undocumented']],
    ['an education plan', { currentPlan: 'o365-education-a1', targetPlan: 'o365-education-a3' }, ['education-plans-undocumented']],
    ['a retired plan the 2013 table still gives targets', { currentPlan: 'o365-enterprise-k1', targetPlan: 'o365-enterprise-e3' }, ['retired-plan-targets-2013']],
    ['E4, whose options a 2020 page gives', E4, []],
  ])('%s', (_what, changes, undecided) => {
    expect(diagnose(tenant(changes)).undecided).toEqual(undecided);
  });
});
