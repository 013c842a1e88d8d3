/**
 * Microsoft Graph v1.0 response bodies for the tenant check, shaped like the examples in the Graph
 * reference (microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/api: subscribedsku-list,
 * directory-list-subscriptions, domain-list, serviceannouncement-list-healthoverviews,
 * user-list-transitivememberof, organization-list): the same fields, with this tenant's values.
 */

export const TENANT_ID = '48a80680-7326-48cd-9935-b556b81d3a4e';
export const PARTNER_TENANT_ID = '331af819-4e0b-49f7-a6bf-14e1165ad3a0';
export const GLOBAL_ADMIN_TEMPLATE = '62e90394-69f5-4237-9190-012177145e10';
export const BILLING_ADMIN_TEMPLATE = 'b0f54661-2d74-4c50-afa3-1ec803f12efe';

export interface SkuFixture {
  skuPartNumber: string;
  enabled: number;
  consumed: number;
  capabilityStatus?: string;
  servicePlans?: { servicePlanName: string; provisioningStatus: string }[];
}

export interface SubscriptionFixture {
  skuPartNumber: string;
  isTrial?: boolean;
  status?: string;
  ownerTenantId?: string | null;
}

export interface GraphTenant {
  skus: SkuFixture[];
  subscriptions: SubscriptionFixture[];
  domains: { id: string; isVerified: boolean; isInitial?: boolean }[];
  health: { id: string; service: string; status: string }[];
  /** Role template ids of the signed-in admin's directory roles; null: a role returned with limited information. */
  roles: (string | null)[];
}

/** A tenant on Microsoft 365 E3 where nothing blocks the change. */
export function clearTenant(): GraphTenant {
  return {
    skus: [
      {
        skuPartNumber: 'SPE_E3',
        enabled: 100,
        consumed: 90,
        servicePlans: [
          { servicePlanName: 'EXCHANGE_S_ENTERPRISE', provisioningStatus: 'Success' },
          { servicePlanName: 'SHAREPOINTENTERPRISE', provisioningStatus: 'Success' },
          { servicePlanName: 'INTUNE_O365', provisioningStatus: 'PendingActivation' },
        ],
      },
    ],
    subscriptions: [{ skuPartNumber: 'SPE_E3' }],
    domains: [{ id: 'contoso.onmicrosoft.com', isVerified: true, isInitial: true }],
    health: [
      { service: 'Exchange Online', status: 'ServiceOperational', id: 'Exchange' },
      { service: 'Identity Service', status: 'ServiceRestored', id: 'OrgLiveID' },
      { service: 'Microsoft 365 suite', status: 'ServiceOperational', id: 'OSDPPlatform' },
      { service: 'SharePoint Online', status: 'serviceOperational', id: 'SharePoint' },
    ],
    roles: [GLOBAL_ADMIN_TEMPLATE],
  };
}

/**
 * The journey: Microsoft 365 E3 on trial, 262 licenses assigned of 250 bought, a custom
 * domain, and a free product the bot does not know.
 */
export function conflictTrialDomainTenant(): GraphTenant {
  const tenant = clearTenant();
  return {
    ...tenant,
    skus: [{ ...(tenant.skus[0] as SkuFixture), enabled: 250, consumed: 262 }, { skuPartNumber: 'FLOW_FREE', enabled: 10000, consumed: 3 }],
    subscriptions: [{ skuPartNumber: 'SPE_E3', isTrial: true }, { skuPartNumber: 'FLOW_FREE' }],
    domains: [...tenant.domains, { id: 'contoso.com', isVerified: true }],
  };
}

const SKU_IDS: Record<string, string> = {
  SPE_E3: '05e9a617-0261-4cee-bb44-138d3ef5d965',
  ENTERPRISEPREMIUM: 'c7df2760-2c81-4ef7-b578-5b5392b571df',
  O365_BUSINESS_PREMIUM: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
};
const skuIdOf = (part: string) => SKU_IDS[part] ?? 'f30db892-07e9-47e9-837c-80727f46fd3d';

/** The body each endpoint answers, by path (without /v1.0). */
export function graphBodies(tenant: GraphTenant): Record<string, unknown> {
  return {
    '/organization': { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#organization(id)', value: [{ id: TENANT_ID }] },
    '/subscribedSkus': {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#subscribedSkus',
      value: tenant.skus.map((sku, index) => ({
        accountName: 'Contoso',
        accountId: 'f97aeefc-af85-414d-8ae4-b457f90efc40',
        appliesTo: 'User',
        capabilityStatus: sku.capabilityStatus ?? 'Enabled',
        consumedUnits: sku.consumed,
        id: `${TENANT_ID}_${skuIdOf(sku.skuPartNumber)}`,
        prepaidUnits: { enabled: sku.enabled, lockedOut: 0, suspended: 0, warning: 0 },
        servicePlans: (sku.servicePlans ?? []).map((plan, planIndex) => ({
          servicePlanId: `8c098270-9dd4-4350-9b30-ba4703f3b3${String(index)}${String(planIndex)}`,
          servicePlanName: plan.servicePlanName,
          provisioningStatus: plan.provisioningStatus,
          appliesTo: 'User',
        })),
        skuId: skuIdOf(sku.skuPartNumber),
        skuPartNumber: sku.skuPartNumber,
        subscriptionIds: ['43d26afe-cb98-48b9-acc4-ae3ef2ac6c51'],
      })),
    },
    '/directory/subscriptions': {
      value: tenant.subscriptions.map((subscription, index) => ({
        createdDateTime: '2023-01-01T00:00:00Z',
        commerceSubscriptionId: `f9c1ea2d-2c6e-4717-8c3b-7130812d70b${String(index)}`,
        id: `860697e3-b0aa-4196-a6c6-7ec361ed58f${String(index)}`,
        isTrial: subscription.isTrial ?? false,
        nextLifecycleDateTime: '2027-02-01T00:00:00Z',
        serviceStatus: [{ appliesTo: 'User', provisioningStatus: 'Success', servicePlanId: '8b8269e5-f841-416c-ab3a-f5dfb9737986', servicePlanName: 'EXCHANGE_S_ENTERPRISE' }],
        skuId: skuIdOf(subscription.skuPartNumber),
        skuPartNumber: subscription.skuPartNumber,
        status: subscription.status ?? 'Enabled',
        totalLicenses: 25,
        ownerId: 'fe04f19f-d924-42b7-9dee-edf4e3fab7f6',
        ownerTenantId: subscription.ownerTenantId === undefined ? TENANT_ID : subscription.ownerTenantId,
        ownerType: 'User',
      })),
    },
    '/domains': {
      value: tenant.domains.map((domain) => ({
        authenticationType: 'Managed',
        availabilityStatus: null,
        isAdminManaged: true,
        isDefault: domain.isInitial ?? false,
        isInitial: domain.isInitial ?? false,
        isRoot: true,
        isVerified: domain.isVerified,
        id: domain.id,
        supportedServices: ['Email', 'OfficeCommunicationsOnline'],
      })),
    },
    '/admin/serviceAnnouncement/healthOverviews': {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/healthOverviews',
      value: tenant.health,
    },
    '/me/transitiveMemberOf': {
      value: [
        { '@odata.type': '#microsoft.graph.group', id: '11111111-2222-3333-4444-555555555555', displayName: 'All Users', mailEnabled: false, securityEnabled: true },
        ...tenant.roles.map((roleTemplateId, index) =>
          roleTemplateId === null
            ? { '@odata.type': '#microsoft.graph.directoryRole', id: `9f06204d-73c1-4d4c-880a-6edb90606fd${String(index)}` }
            : {
                '@odata.type': '#microsoft.graph.directoryRole',
                id: `9f06204d-73c1-4d4c-880a-6edb90606fd${String(index)}`,
                deletedDateTime: null,
                description: 'A directory role',
                displayName: roleTemplateId === GLOBAL_ADMIN_TEMPLATE ? 'Global Administrator' : 'A role',
                roleTemplateId,
              },
        ),
      ],
    },
  };
}
