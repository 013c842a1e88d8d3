import { describe, expect, it } from 'vitest';
import { diagnose, pathFor, upgradeTargets, type PlanId, type TenantFacts, type UpgradePath, type WarningId } from '../../domain/index.js';
import { tenant } from '../support/tenant-fixtures.js';

// What an automatic change always implies (MSD-2024), plus seed 000's Cart facts on MOSA.
// Today's automatic change, MOSA or MCA alike: the seeds' Cart, "don't reassign" and public-website
// warnings describe pages that are gone, so they are history and never in today's answer.
const AUTOMATIC: WarningId[] = [
  'admin-downtime',
  'users-keep-access',
  'billing-switchover',
  'typical-duration',
  'service-assignments-reset',
  'prorated-credit-invoice',
];
const ON_MCA = AUTOMATIC;
const KEEPS_TEAMS: WarningId = 'teams-suite-existing-customers';
const NEW_TO_TEAMS: WarningId = 'teams-suite-new-customers';
const MCA_OWNER: Partial<TenantFacts> = { billingAccountType: 'mca', adminRole: 'billing-account-role' };

describe('diagnose: path precedence (contact > manual > wait/fix > automatic)', () => {
  const CASES: [string, Partial<TenantFacts>, UpgradePath][] = [
    ['nothing in the way', {}, 'upgrade-tab'],
    ['a wait reason', { serviceHealthIssue: true }, 'resolve-then-upgrade-tab'],
    ['a fix reason', { trial: true }, 'resolve-then-upgrade-tab'],
    ['wait and fix together', { creditCheckPending: true, purchaseChannel: 'direct-invoice', unpaidBalance: true }, 'resolve-then-upgrade-tab'],
    ['a manual reason', { targetPlan: 'o365-enterprise-e1' }, 'manual'],
    ['manual beats wait and fix', { targetPlan: 'o365-enterprise-e1', trial: true, serviceHealthIssue: true }, 'manual'],
    ['contact beats everything', { purchaseChannel: 'partner', targetPlan: 'o365-enterprise-e1', trial: true }, 'contact-partner'],
    ['volume licensing on a retired plan', { purchaseChannel: 'volume-licensing', currentPlan: 'lync-online-p3' }, 'contact-partner'],
    ['government with a service issue', { governmentOrNonprofit: true, serviceHealthIssue: true }, 'manual'],
  ];

  it.each(CASES)('%s', (_what, changes, path) => {
    expect(diagnose(tenant(changes)).path).toBe(path);
  });

  it('maps reason kinds to paths the same way on its own', () => {
    expect(pathFor([])).toBe('upgrade-tab');
    expect(pathFor(['wait'])).toBe('resolve-then-upgrade-tab');
    expect(pathFor(['fix', 'wait'])).toBe('resolve-then-upgrade-tab');
    expect(pathFor(['wait', 'manual'])).toBe('manual');
    expect(pathFor(['manual', 'contact', 'fix'])).toBe('contact-partner');
  });
});

describe('diagnose: targets still open', () => {
  const E3_TARGETS = upgradeTargets('o365-enterprise-e3');
  const CASES: [string, Partial<TenantFacts>, PlanId[]][] = [
    ['E3, nothing in the way', {}, E3_TARGETS],
    ['E3 after resolving a trial', { trial: true }, E3_TARGETS],
    ['E3 wanting E1: the wanted plan is refused, the others stay', { targetPlan: 'o365-enterprise-e1' }, E3_TARGETS],
    ['E3 wanting E4: retired, the others stay', { targetPlan: 'o365-enterprise-e4' }, E3_TARGETS],
    ['E4 lists the five options', { currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e5' }, ['o365-e5', 'm365-e5', 'm365-e5-no-audio', 'o365-enterprise-e3', 'm365-e3']],
    ['Small Business with a custom domain: none left', { currentPlan: 'o365-small-business', targetPlan: undefined, customDomain: true }, []],
    ['Small Business without a custom domain', { currentPlan: 'o365-small-business', targetPlan: undefined, customDomain: false }, ['o365-enterprise-e1', 'o365-enterprise-e3']],
    ['a reason about the whole subscription opens none', { notCurrentlyEligible: true }, []],
    ['contacting the partner opens none', { purchaseChannel: 'partner' }, []],
  ];

  it.each(CASES)('%s', (_what, changes, targets) => {
    expect(diagnose(tenant(changes)).targets).toEqual(targets);
  });

  it('leaves out a Business plan capped below the head count, keeps the rest', () => {
    const targets = diagnose(tenant({ currentPlan: 'm365-business-standard', targetPlan: undefined, licensedUsers: 350 })).targets;
    expect(targets).not.toContain('m365-business-premium');
    expect(targets).toEqual(expect.arrayContaining(['m365-e3', 'm365-e5']));
  });
});

describe('diagnose: warnings that apply', () => {
  const CASES: [string, Partial<TenantFacts>, WarningId[]][] = [
    // Office 365 E3 with Teams: its holder may keep, renew and adjust it (MSD-NO-TEAMS-2024).
    ['the automatic change', {}, [...AUTOMATIC, KEEPS_TEAMS]],
    ['the automatic change after resolving', { serviceHealthIssue: true }, [...AUTOMATIC, KEEPS_TEAMS]],
    ['the automatic change on MCA: no 2020 Cart', MCA_OWNER, [...ON_MCA, KEEPS_TEAMS]],
    ['paying by invoice', { purchaseChannel: 'direct-invoice' }, [...AUTOMATIC, 'invoice-credit-check', KEEPS_TEAMS]],
    ['a custom domain: the 2013 public-website warning is history', { customDomain: true }, [...AUTOMATIC, KEEPS_TEAMS]],
    // E4 had no Teams suite of its own: the with-Teams suites are sold to those who had one (MSD-NO-TEAMS-2024).
    ['E4 to Office 365 E3', { currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-enterprise-e3' }, [...AUTOMATIC, 'e4-to-e3-loses-features', NEW_TO_TEAMS]],
    ['E4 to Microsoft 365 E3', { currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e3' }, [...AUTOMATIC, 'e4-to-e3-loses-features', NEW_TO_TEAMS]],
    ['E4 with no target yet (both E3s are offered)', { currentPlan: 'o365-enterprise-e4', targetPlan: undefined }, [...AUTOMATIC, 'e4-to-e3-loses-features']],
    ['E4 to Office 365 E5', { currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-e5' }, [...AUTOMATIC, NEW_TO_TEAMS]],
    ['manual to fewer services, 20 users', { targetPlan: 'o365-enterprise-e1', licensedUsers: 20, licensesPurchased: 20 }, ['backup-before-fewer-services', KEEPS_TEAMS]],
    [
      'manual to fewer services, 21 users',
      { targetPlan: 'o365-enterprise-e1', licensedUsers: 21, licensesPurchased: 21 },
      ['backup-before-fewer-services', 'bulk-reassign-with-powershell', KEEPS_TEAMS],
    ],
    [
      'manual, 30 licenses to cancel on MOSA',
      { targetPlan: 'o365-enterprise-e1', licensedUsers: 20, licensesPurchased: 30 },
      ['backup-before-fewer-services', 'mosa-cancel-license-limit', KEEPS_TEAMS],
    ],
    [
      'manual on MCA: the seven-day refund window',
      { targetPlan: 'o365-enterprise-e1', licensedUsers: 20, licensesPurchased: 30, ...MCA_OWNER },
      ['backup-before-fewer-services', 'mca-refund-window', KEEPS_TEAMS],
    ],
    [
      'manual with a custom domain',
      { targetPlan: 'o365-enterprise-e1', licensedUsers: 10, licensesPurchased: 10, customDomain: true },
      ['backup-before-fewer-services', 'domain-before-cancel', KEEPS_TEAMS],
    ],
    [
      'manual across 2013 families with a custom domain',
      { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3', customDomain: true, licensedUsers: 10, licensesPurchased: 10 },
      ['cross-family-no-return', 'backup-before-cross-family', 'custom-domain-downtime', 'domain-before-cancel', NEW_TO_TEAMS],
    ],
    ['contact the partner', { purchaseChannel: 'partner', customDomain: true, licensedUsers: 500 }, []],
  ];

  it.each(CASES)('%s', (_what, changes, warnings) => {
    expect([...diagnose(tenant(changes)).warnings].sort()).toEqual([...warnings].sort());
  });
});
