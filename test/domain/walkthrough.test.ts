import { describe, expect, it } from 'vitest';
import {
  diagnose,
  upgradeTabWalkthrough2020,
  walkthrough,
  walkthroughNeeds,
  type StepId,
  type TenantFacts,
} from '../../domain/index.js';
import { tenant } from '../support/tenant-fixtures.js';

const MOSA_STEPS: StepId[] = ['open-your-products', 'select-subscription', 'view-upgrades', 'choose-upgrade', 'checkout', 'place-order', 'check-status'];
const MCA_STEPS: StepId[] = ['open-your-products', 'select-subscription', 'change-subscription-option', 'choose-options', 'change-plan', 'check-status'];
const MCA_OWNER: Partial<TenantFacts> = { billingAccountType: 'mca', adminRole: 'billing-account-role' };
const ALL_MANUAL: StepId[] = ['backup-data', 'buy-subscription', 'verify-licenses', 'reassign-licenses', 'move-custom-domain', 'cancel-old-subscription'];

function ids(path: Parameters<typeof walkthrough>[0], facts: TenantFacts): StepId[] {
  return walkthrough(path, facts).map((step) => step.id);
}

describe('walkthrough: the automatic change today (MSD-2024)', () => {
  it('on MOSA, or an account not named, goes through View upgrades recommended for your org', () => {
    expect(ids('upgrade-tab', tenant({}))).toEqual(MOSA_STEPS);
    expect(ids('resolve-then-upgrade-tab', tenant({ trial: true }))).toEqual(MOSA_STEPS);
    expect(ids('upgrade-tab', tenant({ billingAccountType: undefined }))).toEqual(MOSA_STEPS);
  });

  it('on MCA goes through Change to a different subscription option', () => {
    expect(ids('upgrade-tab', tenant(MCA_OWNER))).toEqual(MCA_STEPS);
  });

  it('points into the admin center, cites MSD-2024 and keeps 2020 as a note', () => {
    const [first, , third] = walkthrough('upgrade-tab', tenant({}));
    expect(first).toMatchObject({ id: 'open-your-products', adminCenter: 'billing-your-products', source: 'MSD-2024' });
    expect(third).toMatchObject({ id: 'view-upgrades', adminCenter: 'view-upgrades', notes: ['upgrade-tab-2020'] });
  });

  it('gives each warning at its step', () => {
    const steps = walkthrough('upgrade-tab', tenant({ purchaseChannel: 'direct-invoice', currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e3' }));
    const warningsOf = (id: StepId) => steps.find((step) => step.id === id)?.warnings;
    expect(warningsOf('choose-upgrade')).toEqual(['e4-to-e3-loses-features', 'teams-suite-new-customers']);
    // The 2020 Cart warnings and 2013's "don't reassign" are history, not today's steps.
    expect(warningsOf('checkout')).toEqual(['invoice-credit-check']);
    expect(warningsOf('place-order')).toEqual(['admin-downtime', 'users-keep-access', 'billing-switchover', 'service-assignments-reset']);
    expect(warningsOf('check-status')).toEqual(['typical-duration', 'prorated-credit-invoice']);
  });

  it('on MCA gives the change warnings at Change plan', () => {
    const steps = walkthrough('upgrade-tab', tenant(MCA_OWNER));
    expect(steps.find((step) => step.id === 'change-plan')?.warnings).toEqual([
      'admin-downtime',
      'users-keep-access',
      'billing-switchover',
      'service-assignments-reset',
    ]);
  });

  it('carries the plans and the license count into the steps that need them', () => {
    const mosa = walkthrough('upgrade-tab', tenant({}));
    expect(mosa.find((step) => step.id === 'select-subscription')?.params).toEqual({ currentPlan: 'o365-enterprise-e3' });
    expect(mosa.find((step) => step.id === 'choose-upgrade')?.params).toEqual({ currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-e5' });
    const mca = walkthrough('upgrade-tab', tenant(MCA_OWNER));
    expect(mca.find((step) => step.id === 'choose-options')?.params).toEqual({
      currentPlan: 'o365-enterprise-e3',
      targetPlan: 'o365-e5',
      expectedLicenses: 100,
    });
  });
});

describe('walkthrough: the Upgrade tab of 2020, as history', () => {
  it('keeps seed 000\'s nine steps, citing it', () => {
    const steps = upgradeTabWalkthrough2020(tenant({}));
    expect(steps.map((step) => step.id)).toEqual([
      'open-your-products',
      'select-subscription',
      'open-upgrade-tab',
      'choose-target',
      'review-cart',
      'go-to-checkout',
      'review-checkout',
      'place-order',
      'check-status',
    ]);
    for (const step of steps) expect(step.sources).toEqual(['000']);
  });
});

describe('walkthrough: manual change', () => {
  const CASES: [string, Partial<TenantFacts>, StepId[]][] = [
    ['to fewer data-related services: back up first', { targetPlan: 'o365-enterprise-e1' }, ALL_MANUAL.filter((id) => id !== 'move-custom-domain')],
    [
      'to the same services (E3 to E5 by hand): no backup, no domain move',
      { targetPlan: 'o365-e5', customDomain: true },
      ['buy-subscription', 'verify-licenses', 'reassign-licenses', 'cancel-old-subscription'],
    ],
    ['across 2013 families with a custom domain: backup and domain move', { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3', customDomain: true }, ALL_MANUAL],
    ['no target yet, but every 2013 target is in another family', { currentPlan: 'o365-small-business-premium', targetPlan: undefined, customDomain: true }, ALL_MANUAL],
    [
      'no target and today\'s plan: nothing says data is lost',
      { currentPlan: 'm365-e5', targetPlan: undefined, customDomain: true },
      ['buy-subscription', 'verify-licenses', 'reassign-licenses', 'cancel-old-subscription'],
    ],
  ];

  it.each(CASES)('%s', (_what, changes, expected) => {
    expect(ids('manual', tenant(changes))).toEqual(expected);
  });

  it('says why to back up', () => {
    const backup = (changes: Partial<TenantFacts>) => walkthrough('manual', tenant(changes)).find((step) => step.id === 'backup-data');
    expect(backup({ targetPlan: 'o365-enterprise-e1' })).toMatchObject({ params: { backupBecause: 'fewer-services' }, warnings: ['backup-before-fewer-services'] });
    expect(backup({ currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3' })).toMatchObject({
      params: { backupBecause: 'other-family' },
      warnings: ['backup-before-cross-family'],
    });
  });

  it('reassigns in the admin center up to 20 users, and by PowerShell or groups over 20', () => {
    const reassign = (licensedUsers: number | undefined) =>
      walkthrough('manual', tenant({ targetPlan: 'o365-e5', licensedUsers })).find((step) => step.id === 'reassign-licenses');
    expect(reassign(20)).toMatchObject({ params: { usersPerBatch: 20, usePowerShell: false }, warnings: [] });
    expect(reassign(20)?.params).not.toHaveProperty('powerShellCommand');
    expect(reassign(21)).toMatchObject({
      params: { usersPerBatch: 20, usePowerShell: true, powerShellCommand: 'Set-MgUserLicense', groupBasedLicensing: true },
      warnings: ['bulk-reassign-with-powershell'],
      notes: ['office-365-powershell-retired'],
    });
    expect(reassign(undefined)?.params).toEqual({ usersPerBatch: 20 });
  });

  it('expects one license per user moved, from the old count when it is known', () => {
    const verify = (changes: Partial<TenantFacts>) =>
      walkthrough('manual', tenant({ targetPlan: 'o365-e5', ...changes })).find((step) => step.id === 'verify-licenses')?.params;
    expect(verify({ licensesPurchased: 120, licensedUsers: 100 })).toEqual({ targetPlan: 'o365-e5', expectedLicenses: 120 });
    expect(verify({ licensesPurchased: undefined, licensedUsers: 100 })).toEqual({ targetPlan: 'o365-e5', expectedLicenses: 100 });
    expect(verify({ licensesPurchased: undefined, licensedUsers: undefined })).toEqual({ targetPlan: 'o365-e5' });
  });

  it.each<[string, Partial<TenantFacts>, object, string[]]>([
    ['MOSA, 25 licenses: cancel online', { licensesPurchased: 25, licensedUsers: 25 }, { billingAccountType: 'mosa' }, []],
    ['MOSA, 26 licenses: reduce to 25 first', { licensesPurchased: 26, licensedUsers: 26 }, { billingAccountType: 'mosa', reduceLicensesTo: 25 }, ['mosa-cancel-license-limit']],
    ['MCA: the seven-day refund window', { ...MCA_OWNER, licensesPurchased: 300 }, { billingAccountType: 'mca' }, ['mca-refund-window']],
    ['a custom domain used with it', { customDomain: true, licensesPurchased: 10, licensedUsers: 10 }, { billingAccountType: 'mosa' }, ['domain-before-cancel']],
  ])('cancels the old plan last: %s', (_what, changes, params, warnings) => {
    const steps = walkthrough('manual', tenant({ targetPlan: 'o365-e5', ...changes }));
    expect(steps.at(-1)).toMatchObject({ id: 'cancel-old-subscription', adminCenter: 'cancel-subscription', params: { currentPlan: 'o365-enterprise-e3', ...params }, warnings });
  });

  it('warns there is no way back across 2013 families', () => {
    const steps = walkthrough('manual', tenant({ currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3', licensesPurchased: 10 }));
    expect(steps.at(-1)?.warnings).toEqual(['cross-family-no-return']);
  });
});

describe('walkthroughNeeds: what the steps ask before they start', () => {
  it.each<[string, Parameters<typeof walkthroughNeeds>[0], Partial<TenantFacts>, string[]]>([
    ['the automatic change: the billing account', 'upgrade-tab', { currentPlan: 'o365-enterprise-e3' }, ['billingAccountType']],
    ['the manual change', 'manual', { currentPlan: 'o365-enterprise-e3' }, ['purchaseChannel', 'targetPlan', 'licensedUsers', 'billingAccountType']],
    [
      'the manual change across 2013 families: the custom domain too',
      'manual',
      { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3' },
      ['purchaseChannel', 'targetPlan', 'licensedUsers', 'billingAccountType', 'customDomain'],
    ],
    ['the partner\'s change: nothing', 'contact-partner', { currentPlan: 'o365-enterprise-e3' }, []],
  ])('%s', (_what, path, facts, needs) => {
    expect(walkthroughNeeds(path, facts)).toEqual(needs);
  });
});

describe('walkthrough: agreement with diagnose', () => {
  it('has no steps when the partner runs the change', () => {
    expect(walkthrough('contact-partner', tenant({ purchaseChannel: 'partner' }))).toEqual([]);
  });

  const TENANTS: [string, Partial<TenantFacts>][] = [
    ['automatic by invoice, E4 to E3', { currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-enterprise-e3', purchaseChannel: 'direct-invoice' }],
    ['automatic with a custom domain', { customDomain: true }],
    ['automatic on MCA', MCA_OWNER],
    [
      'manual across 2013 families, 400 users, custom domain, invoice',
      { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3', customDomain: true, licensedUsers: 400, purchaseChannel: 'direct-invoice' },
    ],
    ['manual E4 to E3 bought with a key', { currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e3', purchaseChannel: 'prepaid-key' }],
    ['manual to fewer services on MCA with 30 licenses', { targetPlan: 'o365-enterprise-e1', licensesPurchased: 30, ...MCA_OWNER }],
  ];

  it.each(TENANTS)('%s: the steps carry exactly the warnings of the diagnosis', (_what, changes) => {
    const facts = tenant(changes);
    const diagnosis = diagnose(facts);
    const fromSteps = walkthrough(diagnosis.path, facts).flatMap((step) => step.warnings);
    expect([...fromSteps].sort()).toEqual([...diagnosis.warnings].sort());
    expect(new Set(fromSteps).size).toBe(fromSteps.length);
  });
});
