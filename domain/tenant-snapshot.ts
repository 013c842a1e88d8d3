/**
 * What Microsoft Graph told us about the signed-in admin's tenant, in the domain's words, and the
 * port that reads it. Each part is missing when its read failed; the fault says why, so the bot can
 * ask those facts as before.
 */

/** A product the tenant has licenses of (Graph: subscribedSku). */
export interface TenantSku {
  skuPartNumber: string;
  /** Enabled, Warning, Suspended, Deleted, LockedOut. */
  capabilityStatus: string;
  /** Licenses bought and active (prepaidUnits.enabled). */
  prepaidEnabled: number;
  /** Licenses assigned to users (consumedUnits). */
  consumedUnits: number;
  servicePlans: { servicePlanName: string; provisioningStatus: string }[];
}

/** One commercial subscription (Graph: companySubscription). */
export interface TenantSubscription {
  skuPartNumber: string;
  isTrial: boolean;
  /** Enabled, Deleted, Suspended, Warning, LockedOut. */
  status: string;
  /** The partner tenant that created the subscription on this tenant, where one did. */
  ownerTenantId?: string;
  ownerType?: string;
}

export interface TenantDomain {
  name: string;
  isVerified: boolean;
}

/** The health of one service the tenant subscribes to (Graph: serviceHealth). */
export interface ServiceHealthEntry {
  /** Graph's service id, e.g. "Exchange", "OSDPPlatform". */
  serviceId: string;
  /** Its display name, e.g. "Exchange Online". */
  service: string;
  status: string;
}

/** The directory roles the signed-in admin holds, by role template id. */
export interface AdminRoles {
  roleTemplateIds: string[];
  /** False when Graph returned some roles without their template id (too narrow a permission). */
  complete: boolean;
}

export interface TenantSnapshot {
  /** The tenant's own id, to tell a partner-created subscription from the tenant's own. */
  tenantId?: string;
  skus?: TenantSku[];
  subscriptions?: TenantSubscription[];
  domains?: TenantDomain[];
  serviceHealth?: ServiceHealthEntry[];
  adminRoles?: AdminRoles;
}

export const TENANT_PARTS = ['tenantId', 'skus', 'subscriptions', 'domains', 'serviceHealth', 'adminRoles'] as const;
export type TenantPart = (typeof TENANT_PARTS)[number];

/**
 * Why a part could not be read: 'forbidden' (403: consent not granted or the admin's role may not
 * read it), 'throttled' (429 past the retry bound), 'unavailable' (5xx, a timeout, no answer),
 * 'token-expired' (401), 'unexpected-response' (a body that is not what Graph documents).
 */
export const TENANT_READ_FAULTS = ['forbidden', 'throttled', 'unavailable', 'token-expired', 'unexpected-response'] as const;
export type TenantReadFault = (typeof TENANT_READ_FAULTS)[number];

export interface TenantReading {
  snapshot: TenantSnapshot;
  faults: Partial<Record<TenantPart, TenantReadFault>>;
}

/** The port the host implements with Microsoft Graph; the token is used for this read only, never kept. */
export interface TenantReader {
  read(accessToken: string): Promise<TenantReading>;
}
