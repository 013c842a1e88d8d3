import { z } from 'zod';

/**
 * The parts of Microsoft Graph v1.0 responses the tenant check reads, as the Graph reference
 * documents them (subscribedSku, companySubscription, domain, serviceHealth, directoryRole,
 * organization). Unknown fields are allowed; a field we read with the wrong type fails the part.
 */

/** A page of a collection; `@odata.nextLink` names the next page when there is one. */
export function collectionPage<Item extends z.ZodType>(item: Item) {
  return z.object({ value: z.array(item), '@odata.nextLink': z.url().optional() });
}

const count = z.number().int().min(0);

export const OrganizationSchema = z.object({ id: z.string().min(1) });

export const SubscribedSkuSchema = z.object({
  skuPartNumber: z.string().min(1),
  capabilityStatus: z.string(),
  consumedUnits: count,
  prepaidUnits: z.object({ enabled: count }),
  servicePlans: z.array(z.object({ servicePlanName: z.string(), provisioningStatus: z.string() })),
});

export const CompanySubscriptionSchema = z.object({
  skuPartNumber: z.string().min(1),
  isTrial: z.boolean(),
  status: z.string(),
  ownerTenantId: z.string().nullish(),
  ownerType: z.string().nullish(),
});

export const DomainSchema = z.object({ id: z.string().min(1), isVerified: z.boolean() });

export const ServiceHealthSchema = z.object({ id: z.string().min(1), service: z.string(), status: z.string() });

/**
 * A membership of the signed-in user: a group, an administrative unit or a directory role. With too
 * narrow a permission Graph returns a directory role with limited information, without its template id.
 */
export const MembershipSchema = z.object({ '@odata.type': z.string(), roleTemplateId: z.string().nullish() });

export const DIRECTORY_ROLE_TYPE = '#microsoft.graph.directoryRole';

/** Graph's error body: `{ "error": { "code", "message" } }`. */
export const GraphErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
