import type { TenantLineInput } from './tenant-messages.js';

type YesNo = { yes: string; no: string };

/**
 * The clauses of the "From your tenant" line in one language. Each is worded so the bot reads it back
 * as the same fact when a support agent pastes the line into a case (a test checks the round trip).
 */
export interface TenantLineWords {
  label: string;
  licensesPurchased: (count: number) => string;
  licensesAssigned: (count: number) => string;
  licensedUsers: (count: number) => string;
  trial: YesNo;
  multipleSubscriptionsSameProduct: YesNo;
  customDomain: { yes: (domains: string) => string; no: string };
  serviceHealthIssue: YesNo;
  provisioningIncomplete: YesNo;
  adminRole: { 'global-admin': string; 'billing-admin': string; other: string };
  boughtThroughPartner: string;
}

/** One line, the facts in the intake's order, only those read. */
export function tenantLine(words: TenantLineWords): (input: TenantLineInput) => string {
  return ({ planName, facts, customDomains }) => {
    const either = (value: boolean | undefined, choice: YesNo) => (value === undefined ? [] : [value ? choice.yes : choice.no]);
    const count = (value: number | undefined, say: (count: number) => string) => (value === undefined ? [] : [say(value)]);
    const role = facts.adminRole;
    const clauses = [
      ...(planName === undefined ? [] : [planName]),
      ...count(facts.licensesPurchased, words.licensesPurchased),
      ...count(facts.licensesAssigned, words.licensesAssigned),
      ...count(facts.licensedUsers, words.licensedUsers),
      ...either(facts.trial, words.trial),
      ...either(facts.multipleSubscriptionsSameProduct, words.multipleSubscriptionsSameProduct),
      ...either(facts.customDomain, { yes: words.customDomain.yes(customDomains.join(', ')), no: words.customDomain.no }),
      ...either(facts.serviceHealthIssue, words.serviceHealthIssue),
      ...either(facts.provisioningIncomplete, words.provisioningIncomplete),
      ...(role === 'global-admin' || role === 'billing-admin' || role === 'other' ? [words.adminRole[role]] : []),
      ...(facts.purchaseChannel === 'partner' ? [words.boughtThroughPartner] : []),
    ];
    return `${words.label} ${clauses.join(', ')}.`;
  };
}
