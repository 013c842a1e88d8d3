import { z } from 'zod';

/**
 * Who a case is about, as the agent gives it: the customer's name, the tenant (a domain such as
 * contoso.com or contoso.onmicrosoft.com, or the tenant id, a GUID) and the ticket number of the
 * agent's own ticketing tool.
 */

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DOMAIN_NAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isTenantReference(text: string): boolean {
  return TENANT_ID.test(text) || DOMAIN_NAME.test(text);
}

/** Domains and tenant ids are case-insensitive: kept in lower case so a search finds them either way. */
export const TenantReferenceSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isTenantReference, { message: 'a domain such as contoso.com or a tenant id (GUID)' });

export const TicketSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^#?[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, { message: 'letters, digits and - _ . / only' })
  .transform((ticket) => ticket.replace(/^#/, ''));

export const CustomerNameSchema = z.string().trim().min(1).max(120);

export const CaseDetailsSchema = z.object({
  customer: CustomerNameSchema.optional(),
  tenant: TenantReferenceSchema.optional(),
  ticket: TicketSchema.optional(),
});

export type CaseDetails = z.infer<typeof CaseDetailsSchema>;
export const CASE_DETAIL_KEYS = ['customer', 'tenant', 'ticket'] as const satisfies readonly (keyof CaseDetails)[];
export type CaseDetailKey = (typeof CASE_DETAIL_KEYS)[number];

const TICKET_IN_TEXT = /(?:^|[\s,;(])(?:ticket|tkt|richiesta|segnalazione)\s*(?:n(?:o|r|um(?:ber|ero)?)?\.?\s*|#\s*|:\s*)?#?([\p{L}\p{N}][\p{L}\p{N}._/-]*\p{N}[\p{L}\p{N}._/-]*)/iu;
const TENANT_IN_TEXT =
  /(?:^|[\s,;(:])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?=$|[\s,;:)]|\.(?:\s|$))/i;

/**
 * The ticket and tenant a pasted sentence names: "ticket 48213" / "ticket #48213" / "richiesta n.
 * 48213", and a domain or tenant id. The customer's name is not guessed ("Customer: E3, 350 users"
 * names no customer): the agent types it in the form.
 */
export function extractCaseDetails(text: string): CaseDetails {
  const ticket = TICKET_IN_TEXT.exec(text)?.[1];
  const tenant = TENANT_IN_TEXT.exec(text)?.[1];
  const details: CaseDetails = {};
  const parsedTicket = TicketSchema.safeParse(ticket?.replace(/[.]+$/, ''));
  if (ticket !== undefined && parsedTicket.success) details.ticket = parsedTicket.data;
  const parsedTenant = TenantReferenceSchema.safeParse(tenant?.replace(/[.]+$/, ''));
  if (tenant !== undefined && parsedTenant.success) details.tenant = parsedTenant.data;
  return details;
}
