import { describe, expect, it } from 'vitest';
import { diagnose, walkthrough, type StepId, type TenantFacts } from '../../domain/index.js';
import { tenant } from '../support/tenant-fixtures.js';

const UPGRADE_TAB_STEPS: StepId[] = [
  'open-your-products',
  'select-subscription',
  'open-upgrade-tab',
  'choose-target',
  'review-cart',
  'go-to-checkout',
  'review-checkout',
  'place-order',
  'check-status',
];

function ids(path: Parameters<typeof walkthrough>[0], facts: TenantFacts): StepId[] {
  return walkthrough(path, facts).map((step) => step.id);
}

describe('walkthrough: Upgrade tab (seed 000)', () => {
  it('has the nine steps in order, on both automatic paths', () => {
    expect(ids('upgrade-tab', tenant({}))).toEqual(UPGRADE_TAB_STEPS);
    expect(ids('resolve-then-upgrade-tab', tenant({ trial: true }))).toEqual(UPGRADE_TAB_STEPS);
  });

  it('points into the admin center and cites seed 000', () => {
    const [first, , third] = walkthrough('upgrade-tab', tenant({}));
    expect(first).toMatchObject({ id: 'open-your-products', adminCenter: 'billing-your-products', source: '000' });
    expect(third).toMatchObject({ id: 'open-upgrade-tab', adminCenter: 'upgrade-tab', notes: ['switch-plans-wizard-2013'] });
  });

  it('gives each warning at its step', () => {
    const steps = walkthrough('upgrade-tab', tenant({ purchaseChannel: 'direct-invoice', currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e3' }));
    const warningsOf = (id: StepId) => steps.find((step) => step.id === id)?.warnings;
    expect(warningsOf('choose-target')).toEqual(['e4-to-e3-loses-features']);
    expect(warningsOf('review-cart')).toEqual(['cannot-remove-licenses-during-upgrade', 'add-ons-included-are-removed']);
    expect(warningsOf('review-checkout')).toEqual(['invoice-credit-check']);
    expect(warningsOf('place-order')).toEqual(['admin-downtime', 'users-keep-access', 'do-not-reassign-during-switch', 'billing-switchover']);
    expect(warningsOf('check-status')).toEqual(['typical-duration']);
  });

  it('leaves out the invoice warning when paying by card', () => {
    const steps = walkthrough('upgrade-tab', tenant({}));
    expect(steps.find((step) => step.id === 'review-checkout')?.warnings).toEqual([]);
  });

  it('carries the plans into the steps that need them', () => {
    const steps = walkthrough('upgrade-tab', tenant({}));
    expect(steps.find((step) => step.id === 'select-subscription')?.params).toEqual({ currentPlan: 'o365-enterprise-e3' });
    expect(steps.find((step) => step.id === 'choose-target')?.params).toEqual({
      currentPlan: 'o365-enterprise-e3',
      targetPlan: 'o365-enterprise-e4',
    });
  });
});

describe('walkthrough: manual switch (seeds 000, 002, MSD)', () => {
  const CASES: [string, Partial<TenantFacts>, StepId[]][] = [
    [
      'within the family: no backup, no domain move',
      { targetPlan: 'm365-e5', customDomain: true },
      ['buy-subscription', 'verify-licenses', 'reassign-licenses', 'cancel-old-subscription'],
    ],
    [
      'across families without a custom domain: backup only',
      { currentPlan: 'exchange-online-p1', targetPlan: 'm365-e5', customDomain: false },
      ['backup-data', 'buy-subscription', 'verify-licenses', 'reassign-licenses', 'cancel-old-subscription'],
    ],
    [
      'across families with a custom domain: backup and domain move',
      { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3', customDomain: true },
      ['backup-data', 'buy-subscription', 'verify-licenses', 'reassign-licenses', 'move-custom-domain', 'cancel-old-subscription'],
    ],
    [
      'no target yet, but every possible one is in another family',
      { currentPlan: 'o365-small-business-premium', targetPlan: undefined, customDomain: true },
      ['backup-data', 'buy-subscription', 'verify-licenses', 'reassign-licenses', 'move-custom-domain', 'cancel-old-subscription'],
    ],
    [
      'no target and no automatic path: nothing says it crosses',
      { currentPlan: 'm365-e5', targetPlan: undefined, customDomain: true },
      ['buy-subscription', 'verify-licenses', 'reassign-licenses', 'cancel-old-subscription'],
    ],
  ];

  it.each(CASES)('%s', (_what, changes, expected) => {
    expect(ids('manual', tenant(changes))).toEqual(expected);
  });

  it('reassigns 20 users at a time in the admin center, and by PowerShell or groups over 20', () => {
    const reassign = (licensedUsers: number | undefined) =>
      walkthrough('manual', tenant({ targetPlan: 'm365-e5', licensedUsers })).find((step) => step.id === 'reassign-licenses');
    expect(reassign(20)).toMatchObject({ params: { usersPerBatch: 20, usePowerShell: false }, warnings: [] });
    expect(reassign(20)?.params).not.toHaveProperty('powerShellCommand');
    expect(reassign(21)).toMatchObject({
      params: { usersPerBatch: 20, usePowerShell: true, powerShellCommand: 'Set-MgUserLicense', groupBasedLicensing: true },
      warnings: ['bulk-reassign-with-powershell'],
      notes: ['office-365-powershell-retired'],
    });
    expect(reassign(undefined)?.params).toEqual({ usersPerBatch: 20 });
  });

  it('expects the old license count when it is known', () => {
    const verify = (changes: Partial<TenantFacts>) =>
      walkthrough('manual', tenant({ targetPlan: 'm365-e5', ...changes })).find((step) => step.id === 'verify-licenses')?.params;
    expect(verify({ licensesPurchased: 120, licensedUsers: 100 })).toEqual({ expectedLicenses: 120 });
    expect(verify({ licensesPurchased: undefined, licensedUsers: 100 })).toEqual({ expectedLicenses: 100 });
    expect(verify({ licensesPurchased: undefined, licensedUsers: undefined })).toEqual({});
  });

  it('cancels the old plan last, warning there is no way back across families', () => {
    const steps = walkthrough('manual', tenant({ currentPlan: 'exchange-online-p2', targetPlan: 'm365-e3' }));
    expect(steps.at(-1)).toMatchObject({
      id: 'cancel-old-subscription',
      adminCenter: 'cancel-subscription',
      params: { currentPlan: 'exchange-online-p2' },
      warnings: ['cross-family-no-return'],
    });
    expect(steps[0]).toMatchObject({ id: 'backup-data', warnings: ['backup-before-cross-family'], source: '002' });
  });
});

describe('walkthrough: agreement with diagnose', () => {
  it('has no steps when the partner runs the change', () => {
    expect(walkthrough('contact-partner', tenant({ purchaseChannel: 'partner' }))).toEqual([]);
  });

  const TENANTS: [string, Partial<TenantFacts>][] = [
    ['Upgrade tab by invoice, E4 to E3', { currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-enterprise-e3', purchaseChannel: 'direct-invoice' }],
    ['Upgrade tab with a custom domain', { customDomain: true }],
    ['manual across families, 400 users, custom domain, invoice', {
      currentPlan: 'o365-small-business',
      targetPlan: 'o365-enterprise-e3',
      customDomain: true,
      licensedUsers: 400,
      purchaseChannel: 'direct-invoice',
    }],
    ['manual E4 to E3 bought with a key', { currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e3', purchaseChannel: 'prepaid-key' }],
  ];

  it.each(TENANTS)('%s: the steps carry exactly the warnings of the diagnosis', (_what, changes) => {
    const facts = tenant(changes);
    const diagnosis = diagnose(facts);
    const fromSteps = walkthrough(diagnosis.path, facts).flatMap((step) => step.warnings);
    expect([...fromSteps].sort()).toEqual([...diagnosis.warnings].sort());
    expect(new Set(fromSteps).size).toBe(fromSteps.length);
  });
});
