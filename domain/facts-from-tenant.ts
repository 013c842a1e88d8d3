import { findPlanBySkuPartNumber, type Plan } from './plans.js';
import { FACT_KEYS, type FactKey, type TenantFacts } from './tenant-facts.js';
import type { ServiceHealthEntry, TenantSku, TenantSnapshot, TenantSubscription } from './tenant-snapshot.js';

/**
 * From what Graph told us to the facts the rules read. Only what a field says is mapped; what Graph
 * cannot tell (how the plan was bought, other than a partner's subscription; add-ons; an unpaid
 * balance; a credit check; the billing account type) stays unknown, and is asked as before.
 */

/** Built-in directory role template ids (Microsoft Entra built-in roles reference). */
export const ROLE_TEMPLATE_IDS = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
} as const;

/**
 * servicePlanInfo.provisioningStatus (Graph). Success, Disabled and PendingActivation ("provisioned
 * but requires explicit activation by an administrator", as Intune's plan is in most tenants) are
 * settled; Error, PendingInput and PendingProvisioning are not. Any other value leaves the fact unknown.
 */
const PROVISIONING_SETTLED: ReadonlySet<string> = new Set(['success', 'disabled', 'pendingactivation']);
const PROVISIONING_UNSETTLED: ReadonlySet<string> = new Set(['error', 'pendinginput', 'pendingprovisioning']);

/**
 * serviceHealthStatus (Graph). A service counts as having an issue while Microsoft is investigating
 * or restoring it, or reports it degraded, interrupted or in extended recovery; it counts as healthy
 * when operational, restored, verified, with its review published, or a false positive. Values Graph
 * reserves for future use (and any new one) leave the fact unknown.
 */
const HEALTH_ISSUE: ReadonlySet<string> = new Set(['investigating', 'restoringservice', 'servicedegradation', 'serviceinterruption', 'extendedrecovery']);
const HEALTH_CLEAR: ReadonlySet<string> = new Set(['serviceoperational', 'servicerestored', 'verifyingservice', 'postincidentreviewpublished', 'falsepositive']);

/**
 * The service-health ids of what a plan runs on: the Microsoft 365 suite (admin center and
 * commerce) for every plan, and the data services the plan includes. Ids as Graph's healthOverviews
 * names them ("Exchange", "OSDPPlatform" in its example; "SharePoint", "OneDriveForBusiness" as listed
 * by Microsoft 365 PnP's workload names).
 */
function healthServicesOf(plan: Plan): string[] {
  const ids = ['osdpplatform'];
  const services = plan.dataServices;
  if (!services) return ids;
  if (services.exchange !== 'none') ids.push('exchange');
  if (services.sharePoint !== 'none') ids.push('sharepoint');
  if (services.oneDrive) ids.push('onedriveforbusiness');
  return ids;
}

/** The tenant's initial domains (contoso.onmicrosoft.com, contoso.mail.onmicrosoft.com) are not custom. */
function isCustomDomain(name: string): boolean {
  return !name.toLowerCase().endsWith('.onmicrosoft.com');
}

/** A product the admin can pick: a SKU the domain knows, with its plan. */
export interface TenantProduct {
  skuPartNumber: string;
  plan: Plan;
  licensesPurchased: number;
  licensesAssigned: number;
}

export interface TenantProducts {
  known: TenantProduct[];
  /** SKU part numbers the domain does not know: named to the admin, never matched to a plan. */
  unknownSkus: string[];
}

const isLive = (status: string) => status.toLowerCase() !== 'deleted';

/** The tenant's products that are not deleted, split into the ones the domain knows and the others. */
export function tenantProducts(snapshot: TenantSnapshot): TenantProducts {
  const known: TenantProduct[] = [];
  const unknownSkus: string[] = [];
  for (const sku of snapshot.skus ?? []) {
    if (!isLive(sku.capabilityStatus)) continue;
    const plan = findPlanBySkuPartNumber(sku.skuPartNumber);
    if (plan) known.push({ skuPartNumber: sku.skuPartNumber, plan, licensesPurchased: sku.prepaidEnabled, licensesAssigned: sku.consumedUnits });
    else unknownSkus.push(sku.skuPartNumber);
  }
  return { known, unknownSkus };
}

export interface FactsFromTenant {
  facts: Partial<TenantFacts>;
  /** The facts set from the tenant, in the intake's order. */
  fromTenant: FactKey[];
  /** Verified custom domains, for the admin to recognise. */
  customDomains: string[];
  /** The plan's services Graph reports with an issue now. */
  servicesWithIssues: ServiceHealthEntry[];
}

function provisioningIncomplete(sku: TenantSku): boolean | undefined {
  const statuses = sku.servicePlans.map((plan) => plan.provisioningStatus.toLowerCase());
  if (statuses.some((status) => PROVISIONING_UNSETTLED.has(status))) return true;
  return statuses.every((status) => PROVISIONING_SETTLED.has(status)) ? false : undefined;
}

function serviceHealth(entries: readonly ServiceHealthEntry[], plan: Plan): { issue?: boolean; affected: ServiceHealthEntry[] } {
  const ids = new Set(healthServicesOf(plan));
  const ofPlan = entries.filter((entry) => ids.has(entry.serviceId.toLowerCase()));
  const affected = ofPlan.filter((entry) => HEALTH_ISSUE.has(entry.status.toLowerCase()));
  if (affected.length > 0) return { issue: true, affected };
  return ofPlan.every((entry) => HEALTH_CLEAR.has(entry.status.toLowerCase())) ? { issue: false, affected } : { affected };
}

function adminRole(snapshot: TenantSnapshot): TenantFacts['adminRole'] {
  const roles = snapshot.adminRoles;
  if (!roles) return undefined;
  const held = new Set(roles.roleTemplateIds.map((id) => id.toLowerCase()));
  if (held.has(ROLE_TEMPLATE_IDS.globalAdministrator)) return 'global-admin';
  if (held.has(ROLE_TEMPLATE_IDS.billingAdministrator)) return 'billing-admin';
  // A role Graph would not name might be either of them.
  return roles.complete ? 'other' : undefined;
}

/** Only a subscription a partner tenant created says "partner"; nothing here says direct, volume or prepaid. */
function boughtThroughPartner(subscriptions: readonly TenantSubscription[], tenantId: string | undefined): boolean {
  if (tenantId === undefined) return false;
  return subscriptions.some((subscription) => subscription.ownerTenantId !== undefined && subscription.ownerTenantId.toLowerCase() !== tenantId.toLowerCase());
}

/** What the tenant says about the product the admin picked (its SKU part number). */
export function factsFromTenant(snapshot: TenantSnapshot, skuPartNumber: string): FactsFromTenant {
  const plan = findPlanBySkuPartNumber(skuPartNumber);
  const sku = snapshot.skus?.find((candidate) => candidate.skuPartNumber === skuPartNumber);
  const facts: Partial<TenantFacts> = {};
  if (plan) facts.currentPlan = plan.id;
  if (sku) {
    facts.licensesPurchased = sku.prepaidEnabled;
    facts.licensesAssigned = sku.consumedUnits;
    facts.licensedUsers = sku.consumedUnits;
    const incomplete = provisioningIncomplete(sku);
    if (incomplete !== undefined) facts.provisioningIncomplete = incomplete;
  }
  // The same product only: two subscriptions of different products are not this reason.
  const subscriptions = (snapshot.subscriptions ?? []).filter((subscription) => subscription.skuPartNumber === skuPartNumber && isLive(subscription.status));
  if (subscriptions.length > 0) {
    facts.trial = subscriptions.some((subscription) => subscription.isTrial);
    facts.multipleSubscriptionsSameProduct = subscriptions.length >= 2;
    if (boughtThroughPartner(subscriptions, snapshot.tenantId)) facts.purchaseChannel = 'partner';
  }
  const customDomains = (snapshot.domains ?? []).filter((domain) => domain.isVerified && isCustomDomain(domain.name)).map((domain) => domain.name);
  if (snapshot.domains) facts.customDomain = customDomains.length > 0;
  // Which services matter depends on the plan: without one, service health says nothing here.
  const health = plan && snapshot.serviceHealth ? serviceHealth(snapshot.serviceHealth, plan) : { affected: [] };
  if (health.issue !== undefined) facts.serviceHealthIssue = health.issue;
  const role = adminRole(snapshot);
  if (role) facts.adminRole = role;
  const fromTenant = FACT_KEYS.filter((key) => facts[key] !== undefined);
  return { facts, fromTenant, customDomains, servicesWithIssues: health.affected };
}
