import { describe, expect, it } from 'vitest';
import { buildMenuCard, buildTenantProductCard, parseSubmit } from '../../cards/index.js';
import { extractFacts, type TenantFacts } from '../../domain/index.js';
import { LANGUAGES, messagesFor, planName } from '../../i18n/index.js';
import { cardProblems } from '../cards/card-validation.js';

const PRODUCTS = [
  { skuPartNumber: 'SPE_E3', planId: 'm365-e3', licensesPurchased: 250, licensesAssigned: 262 },
  { skuPartNumber: 'O365_BUSINESS_PREMIUM', planId: 'm365-business-standard', licensesPurchased: 20, licensesAssigned: 25 },
] as const;

describe.each(LANGUAGES)('tenant check cards in %s', (language) => {
  it('the subscription choice and the menu with "Check my tenant" are valid Adaptive Cards', () => {
    expect(cardProblems(buildTenantProductCard(language, PRODUCTS))).toEqual([]);
    expect(cardProblems(buildMenuCard(language, { canResume: true, canCheckTenant: true }))).toEqual([]);
  });

  it('the menu offers "Check my tenant" only when asked to', () => {
    const label = messagesFor(language).tenant.menu;
    expect(JSON.stringify(buildMenuCard(language, { canResume: false, canCheckTenant: true }))).toContain(label);
    expect(JSON.stringify(buildMenuCard(language, { canResume: false }))).not.toContain(label);
  });
});

describe('what the tenant cards send back', () => {
  it.each<[string, unknown, boolean]>([
    ['a product', { action: 'tenant-product', sku: 'SPE_E3' }, true],
    ['the menu entry', { action: 'menu', choice: 'check-tenant' }, true],
    ['a product without its SKU', { action: 'tenant-product' }, false],
    ['an absurdly long SKU', { action: 'tenant-product', sku: 'X'.repeat(500) }, false],
  ])('%s', (_name, value, ok) => {
    expect(parseSubmit(value).ok).toBe(ok);
  });
});

/** Every fact the line can carry, each way it can go. */
const LINES: Partial<TenantFacts>[] = [
  {
    currentPlan: 'm365-business-premium',
    licensesPurchased: 300,
    licensesAssigned: 280,
    licensedUsers: 280,
    trial: true,
    multipleSubscriptionsSameProduct: true,
    customDomain: true,
    serviceHealthIssue: true,
    provisioningIncomplete: true,
    adminRole: 'global-admin',
    purchaseChannel: 'partner',
  },
  {
    currentPlan: 'o365-enterprise-e3',
    licensesPurchased: 5,
    licensesAssigned: 0,
    licensedUsers: 0,
    trial: false,
    multipleSubscriptionsSameProduct: false,
    customDomain: false,
    serviceHealthIssue: false,
    provisioningIncomplete: false,
    adminRole: 'other',
  },
  { currentPlan: 'm365-f3', adminRole: 'billing-admin' },
  { customDomain: true },
];

describe.each(LANGUAGES)('the "From your tenant" line in %s', (language) => {
  const messages = messagesFor(language);
  it.each(LINES)('reads back as the facts it says (%#)', (facts) => {
    const plan = facts.currentPlan === undefined ? {} : { planName: planName(messages, facts.currentPlan) };
    const line = messages.tenant.fromTenant({ ...plan, facts, customDomains: ['contoso.com'] });
    expect(line.startsWith(messages.tenant.fromTenantLabel)).toBe(true);
    expect(extractFacts(line)).toEqual(facts);
  });
});
