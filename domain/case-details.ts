import { z } from 'zod';
import { extractFacts } from './extract-facts.js';
import { anyOf } from './vocabulary/index.js';

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

// "Customer Contoso Ltd, tenant …": a capitalised name after a lead that opens the message or a clause
// ("a Microsoft Customer Agreement", "contratto del cliente Microsoft" name no customer).
const CUSTOMER_LEAD = new RegExp(`(?:^|[,;(:.!?])\\s*${anyOf((vocabulary) => vocabulary.customerLeads)}\\s*(?:[:=-]\\s*|is\\s+|e\\s+)?`, 'giu');
// Case-sensitive: each word of the name starts with a capital (or is "&").
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&))*/u;

/** A name, not a fact: "Customer: E3, 350 users" names no customer. */
function customerName(text: string): string | undefined {
  for (const lead of text.matchAll(CUSTOMER_LEAD)) {
    const name = CAPITALISED_NAME.exec(text.slice(lead.index + lead[0].length))?.[0].replace(/[.]+$/, '').trim();
    if (name && isCustomerName(name)) return name;
  }
  return undefined;
}

function isCustomerName(name: string): boolean {
  if (isTenantReference(name.toLowerCase()) || Object.keys(extractFacts(name)).length > 0) return false;
  return CustomerNameSchema.safeParse(name).success;
}

/**
 * The customer, ticket and tenant a pasted sentence names: "Customer Contoso", "ticket 48213" /
 * "ticket #48213" / "richiesta n. 48213", and a domain or tenant id. A customer's name is read only
 * when capitalised after its lead and not a fact ("Customer: E3, 350 users" names no customer).
 */
export function extractCaseDetails(text: string): CaseDetails {
  const ticket = TICKET_IN_TEXT.exec(text)?.[1];
  const tenant = TENANT_IN_TEXT.exec(text)?.[1];
  const details: CaseDetails = {};
  const customer = customerName(text);
  if (customer !== undefined) details.customer = customer;
  const parsedTicket = TicketSchema.safeParse(ticket?.replace(/[.]+$/, ''));
  if (ticket !== undefined && parsedTicket.success) details.ticket = parsedTicket.data;
  const parsedTenant = TenantReferenceSchema.safeParse(tenant?.replace(/[.]+$/, ''));
  if (tenant !== undefined && parsedTenant.success) details.tenant = parsedTenant.data;
  return details;
}

/**
 * A sentence that names a customer, or a ticket with a tenant, is a support agent's, about a
 * customer's case (an admin may mention their own support ticket, not with their tenant and ticket).
 */
export function namesACustomerCase(details: CaseDetails): boolean {
  return details.customer !== undefined || (details.ticket !== undefined && details.tenant !== undefined);
}
