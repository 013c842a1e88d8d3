import { describe, expect, it } from 'vitest';
import { factsFromTenant, ROLE_TEMPLATE_IDS, tenantProducts, type TenantFacts, type TenantSnapshot } from '../../domain/index.js';

const TENANT = 'b1c2d3e4-0000-4000-8000-000000000001';

/** Microsoft 365 E3, nothing unusual: each case below changes one part. */
function snapshot(changes: Partial<TenantSnapshot> = {}): TenantSnapshot {
  return {
    tenantId: TENANT,
    skus: [
      {
        skuPartNumber: 'SPE_E3',
        capabilityStatus: 'Enabled',
        prepaidEnabled: 100,
        consumedUnits: 80,
        servicePlans: [
          { servicePlanName: 'EXCHANGE_S_ENTERPRISE', provisioningStatus: 'Success' },
          { servicePlanName: 'INTUNE_O365', provisioningStatus: 'PendingActivation' },
          { servicePlanName: 'YAMMER_ENTERPRISE', provisioningStatus: 'Disabled' },
        ],
      },
    ],
    subscriptions: [{ skuPartNumber: 'SPE_E3', isTrial: false, status: 'Enabled', ownerTenantId: TENANT }],
    domains: [{ name: 'contoso.onmicrosoft.com', isVerified: true }],
    serviceHealth: [
      { serviceId: 'Exchange', service: 'Exchange Online', status: 'serviceOperational' },
      { serviceId: 'OSDPPlatform', service: 'Microsoft 365 suite', status: 'ServiceOperational' },
    ],
    adminRoles: { roleTemplateIds: [ROLE_TEMPLATE_IDS.globalAdministrator], complete: true },
    ...changes,
  };
}

const e3 = (changes: Partial<TenantSnapshot> = {}) => factsFromTenant(snapshot(changes), 'SPE_E3');
const sku = (changes: Partial<NonNullable<TenantSnapshot['skus']>[number]>) => [{ ...(snapshot().skus?.[0] as NonNullable<TenantSnapshot['skus']>[number]), ...changes }];

describe('facts read from the tenant', () => {
  it('maps each part to its fact, and says which facts came from the tenant', () => {
    const read = e3();
    expect(read.facts).toEqual({
      currentPlan: 'm365-e3',
      licensesPurchased: 100,
      licensesAssigned: 80,
      licensedUsers: 80,
      provisioningIncomplete: false,
      trial: false,
      multipleSubscriptionsSameProduct: false,
      customDomain: false,
      serviceHealthIssue: false,
      adminRole: 'global-admin',
    } satisfies Partial<TenantFacts>);
    expect(new Set(read.fromTenant)).toEqual(new Set(Object.keys(read.facts)));
    expect(read.fromTenant[0]).toBe('currentPlan');
  });

  it.each<[string, Partial<TenantSnapshot>, Partial<TenantFacts>]>([
    ['more assigned than bought', { skus: sku({ prepaidEnabled: 250, consumedUnits: 262 }) }, { licensesPurchased: 250, licensesAssigned: 262, licensedUsers: 262 }],
    ['a trial subscription', { subscriptions: [{ skuPartNumber: 'SPE_E3', isTrial: true, status: 'Enabled' }] }, { trial: true }],
    [
      'two subscriptions of the same product',
      { subscriptions: [{ skuPartNumber: 'SPE_E3', isTrial: false, status: 'Enabled' }, { skuPartNumber: 'SPE_E3', isTrial: false, status: 'Warning' }] },
      { multipleSubscriptionsSameProduct: true },
    ],
    [
      'two different products are not two subscriptions of one',
      { subscriptions: [{ skuPartNumber: 'SPE_E3', isTrial: false, status: 'Enabled' }, { skuPartNumber: 'ENTERPRISEPREMIUM', isTrial: false, status: 'Enabled' }] },
      { multipleSubscriptionsSameProduct: false },
    ],
    [
      'a deleted subscription does not count',
      { subscriptions: [{ skuPartNumber: 'SPE_E3', isTrial: false, status: 'Enabled' }, { skuPartNumber: 'SPE_E3', isTrial: true, status: 'Deleted' }] },
      { multipleSubscriptionsSameProduct: false, trial: false },
    ],
    ['a verified custom domain', { domains: [{ name: 'contoso.onmicrosoft.com', isVerified: true }, { name: 'contoso.com', isVerified: true }] }, { customDomain: true }],
    ['an unverified domain is not one yet', { domains: [{ name: 'contoso.com', isVerified: false }] }, { customDomain: false }],
    ['the initial mail domain is not custom', { domains: [{ name: 'contoso.mail.onmicrosoft.com', isVerified: true }] }, { customDomain: false }],
    ['Exchange degraded', { serviceHealth: [{ serviceId: 'Exchange', service: 'Exchange Online', status: 'serviceDegradation' }] }, { serviceHealthIssue: true }],
    ['the suite being restored', { serviceHealth: [{ serviceId: 'OSDPPlatform', service: 'Microsoft 365 suite', status: 'RestoringService' }] }, { serviceHealthIssue: true }],
    ['a service outside the plan does not count', { serviceHealth: [{ serviceId: 'DynamicsCRM', service: 'Dynamics 365 Apps', status: 'serviceInterruption' }] }, { serviceHealthIssue: false }],
    ['a status Graph reserves for future use is not read', { serviceHealth: [{ serviceId: 'Exchange', service: 'Exchange Online', status: 'confirmed' }] }, { serviceHealthIssue: undefined }],
    ['a service plan in error', { skus: sku({ servicePlans: [{ servicePlanName: 'EXCHANGE_S_ENTERPRISE', provisioningStatus: 'Error' }] }) }, { provisioningIncomplete: true }],
    ['a service plan still provisioning', { skus: sku({ servicePlans: [{ servicePlanName: 'TEAMS1', provisioningStatus: 'PendingProvisioning' }] }) }, { provisioningIncomplete: true }],
    ['an unknown provisioning status is not read', { skus: sku({ servicePlans: [{ servicePlanName: 'TEAMS1', provisioningStatus: 'Mystery' }] }) }, { provisioningIncomplete: undefined }],
    ['a Billing admin', { adminRoles: { roleTemplateIds: [ROLE_TEMPLATE_IDS.billingAdministrator], complete: true } }, { adminRole: 'billing-admin' }],
    ['Global admin wins over Billing admin', { adminRoles: { roleTemplateIds: [ROLE_TEMPLATE_IDS.billingAdministrator, ROLE_TEMPLATE_IDS.globalAdministrator.toUpperCase()], complete: true } }, { adminRole: 'global-admin' }],
    ['another role', { adminRoles: { roleTemplateIds: ['fe930be7-5e62-47db-91af-98c3a49a38b1'], complete: true } }, { adminRole: 'other' }],
    ['no directory role at all', { adminRoles: { roleTemplateIds: [], complete: true } }, { adminRole: 'other' }],
    ['a role Graph would not name is not guessed', { adminRoles: { roleTemplateIds: [], complete: false } }, { adminRole: undefined }],
    [
      'a subscription a partner tenant created: bought through a partner',
      { subscriptions: [{ skuPartNumber: 'SPE_E3', isTrial: false, status: 'Enabled', ownerTenantId: '331af819-4e0b-49f7-a6bf-14e1165ad3a0' }] },
      { purchaseChannel: 'partner' },
    ],
    ['without the own tenant id, the owner says nothing', { tenantId: undefined, subscriptions: [{ skuPartNumber: 'SPE_E3', isTrial: false, status: 'Enabled', ownerTenantId: '331af819-4e0b-49f7-a6bf-14e1165ad3a0' }] }, { purchaseChannel: undefined }],
    ['a part that could not be read leaves its facts unknown', { domains: undefined, serviceHealth: undefined, adminRoles: undefined }, { customDomain: undefined, serviceHealthIssue: undefined, adminRole: undefined }],
  ])('%s', (_name, changes, expected) => {
    const { facts, fromTenant } = e3(changes);
    for (const [key, value] of Object.entries(expected) as [keyof TenantFacts, unknown][]) {
      expect(facts[key]).toBe(value);
      expect(fromTenant.includes(key)).toBe(value !== undefined);
    }
  });

  it('never says direct, volume licensing or prepaid: how it was bought stays a question', () => {
    expect(e3().facts.purchaseChannel).toBeUndefined();
    expect(e3().facts.billingAccountType).toBeUndefined();
    for (const fact of ['hasAddOn', 'unpaidBalance', 'creditCheckPending', 'planChangeInProgress', 'governmentOrNonprofit', 'notCurrentlyEligible'] as const) {
      expect(e3().facts[fact]).toBeUndefined();
    }
  });

  it('names the verified custom domains and the services with an issue', () => {
    const read = e3({
      domains: [{ name: 'contoso.com', isVerified: true }, { name: 'fabrikam.com', isVerified: false }],
      serviceHealth: [{ serviceId: 'SharePoint', service: 'SharePoint Online', status: 'serviceInterruption' }],
    });
    expect(read.customDomains).toEqual(['contoso.com']);
    expect(read.servicesWithIssues.map((entry) => entry.service)).toEqual(['SharePoint Online']);
  });
});

describe("the tenant's products", () => {
  it('splits the products the domain knows from the ones it does not, never guessing', () => {
    const products = tenantProducts(
      snapshot({
        skus: [
          ...sku({}),
          { skuPartNumber: 'FLOW_FREE', capabilityStatus: 'Enabled', prepaidEnabled: 10000, consumedUnits: 2, servicePlans: [] },
          // Close to a known part number, still not it.
          { skuPartNumber: 'SPE_E3_USGOV_DOD', capabilityStatus: 'Enabled', prepaidEnabled: 5, consumedUnits: 5, servicePlans: [] },
          { skuPartNumber: 'ENTERPRISEPREMIUM', capabilityStatus: 'Deleted', prepaidEnabled: 0, consumedUnits: 0, servicePlans: [] },
        ],
      }),
    );
    expect(products.known.map((product) => [product.skuPartNumber, product.plan.id])).toEqual([['SPE_E3', 'm365-e3']]);
    expect(products.unknownSkus).toEqual(['FLOW_FREE', 'SPE_E3_USGOV_DOD']);
  });

  it('an unknown product gives no plan, and service health is not judged without one', () => {
    const read = factsFromTenant(snapshot(), 'FLOW_FREE');
    expect(read.facts.currentPlan).toBeUndefined();
    expect(read.facts.serviceHealthIssue).toBeUndefined();
    expect(read.facts.customDomain).toBe(false);
  });
});
