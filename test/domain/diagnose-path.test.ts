import { describe, expect, it } from 'vitest';
import { diagnose, pathFor, type PlanId, type TenantFacts, type UpgradePath, type WarningId } from '../../domain/index.js';
import { tenant } from '../support/tenant-fixtures.js';

const UPGRADE_TAB_WARNINGS: WarningId[] = [
  'admin-downtime',
  'users-keep-access',
  'do-not-reassign-during-switch',
  'billing-switchover',
  'cannot-remove-licenses-during-upgrade',
  'add-ons-included-are-removed',
  'typical-duration',
];

describe('diagnose: path precedence (contact > manual > wait/fix > Upgrade tab)', () => {
  const CASES: [string, Partial<TenantFacts>, UpgradePath][] = [
    ['nothing in the way', {}, 'upgrade-tab'],
    ['a wait reason', { serviceHealthIssue: true }, 'resolve-then-upgrade-tab'],
    ['a fix reason', { trial: true }, 'resolve-then-upgrade-tab'],
    ['wait and fix together', { creditCheckPending: true, unpaidBalance: true }, 'resolve-then-upgrade-tab'],
    ['a manual reason', { licensedUsers: 301 }, 'manual'],
    ['manual beats wait and fix', { licensedUsers: 301, trial: true, serviceHealthIssue: true }, 'manual'],
    ['contact beats everything', { purchaseChannel: 'partner', licensedUsers: 301, trial: true }, 'contact-partner'],
    ['volume licensing with no automatic path', { purchaseChannel: 'volume-licensing', currentPlan: 'o365-e5' }, 'contact-partner'],
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
  const CASES: [string, Partial<TenantFacts>, PlanId[]][] = [
    ['E3 on the Upgrade tab', {}, ['o365-enterprise-e4']],
    ['E3 after resolving a trial', { trial: true }, ['o365-enterprise-e4']],
    ['E4 lists the five E4 targets', { currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e5' }, [
      'o365-e5',
      'm365-e5',
      'm365-e5-no-audio',
      'o365-enterprise-e3',
      'm365-e3',
    ]],
    [
      'Small Business with a custom domain keeps only Premium',
      { currentPlan: 'o365-small-business', targetPlan: undefined, customDomain: true },
      ['o365-small-business-premium'],
    ],
    [
      'Small Business without a custom domain keeps all five',
      { currentPlan: 'o365-small-business', targetPlan: undefined, customDomain: false },
      ['o365-small-business-premium', 'o365-midsize-business', 'o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
    ],
    ['the manual path opens none', { licensedUsers: 301 }, []],
    ['contacting the partner opens none', { purchaseChannel: 'partner' }, []],
  ];

  it.each(CASES)('%s', (_what, changes, targets) => {
    expect(diagnose(tenant(changes)).targets).toEqual(targets);
  });
});

describe('diagnose: warnings that apply', () => {
  const CASES: [string, Partial<TenantFacts>, WarningId[]][] = [
    ['the Upgrade tab', {}, UPGRADE_TAB_WARNINGS],
    ['the Upgrade tab after resolving', { serviceHealthIssue: true }, UPGRADE_TAB_WARNINGS],
    ['paying by invoice', { purchaseChannel: 'direct-invoice' }, [...UPGRADE_TAB_WARNINGS.slice(0, 6), 'invoice-credit-check', 'typical-duration']],
    ['a custom domain on the Upgrade tab', { customDomain: true }, [...UPGRADE_TAB_WARNINGS.slice(0, 6), 'public-website-domain-first', 'typical-duration']],
    ['E4 to Office 365 E3', { currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-enterprise-e3' }, [...UPGRADE_TAB_WARNINGS, 'e4-to-e3-loses-features']],
    ['E4 to Microsoft 365 E3', { currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e3' }, [...UPGRADE_TAB_WARNINGS, 'e4-to-e3-loses-features']],
    ['E4 with no target yet (both E3s are offered)', { currentPlan: 'o365-enterprise-e4', targetPlan: undefined }, [...UPGRADE_TAB_WARNINGS, 'e4-to-e3-loses-features']],
    ['E4 to Office 365 E5', { currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-e5' }, UPGRADE_TAB_WARNINGS],
    ['manual within the family, 20 users', { targetPlan: 'm365-e5', licensedUsers: 20 }, []],
    ['manual within the family, 21 users', { targetPlan: 'm365-e5', licensedUsers: 21 }, ['bulk-reassign-with-powershell']],
    ['manual within the family, users unknown', { targetPlan: 'm365-e5', licensedUsers: undefined }, []],
    [
      'manual across families with a custom domain',
      { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3', customDomain: true, licensedUsers: 10 },
      ['cross-family-no-return', 'backup-before-cross-family', 'custom-domain-downtime'],
    ],
    [
      'manual across families without a custom domain, by invoice, 400 users',
      { currentPlan: 'exchange-online-p1', targetPlan: 'm365-e5', licensedUsers: 400, purchaseChannel: 'direct-invoice' },
      ['invoice-credit-check', 'cross-family-no-return', 'backup-before-cross-family', 'bulk-reassign-with-powershell'],
    ],
    ['contact the partner', { purchaseChannel: 'partner', customDomain: true, licensedUsers: 500 }, []],
  ];

  it.each(CASES)('%s', (_what, changes, warnings) => {
    expect([...diagnose(tenant(changes)).warnings].sort()).toEqual([...warnings].sort());
  });
});
