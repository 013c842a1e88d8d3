import type { TenantFacts, TenantPart, TenantReadFault } from '../domain/index.js';

/** What the "From your tenant" line is made of: the facts read, the plan's name in this language, the domains. */
export interface TenantLineInput {
  planName?: string;
  facts: Partial<TenantFacts>;
  customDomains: readonly string[];
}

/** A product the admin can pick when the tenant has several. */
export interface TenantProductLabelInput {
  planName: string;
  skuPartNumber: string;
  licensesPurchased: number;
  licensesAssigned: number;
}

/** The words of "Check my tenant": sign-in, what Graph could and could not read, the subscription choice. */
export interface TenantMessages {
  /** The menu button and the typed command's meaning. */
  menu: string;
  /** One line added to the help while the feature is offered. */
  help: string;
  /** Before the sign-in card: what will be read and that nothing is changed. */
  intro: string;
  signInTitle: string;
  signInText: string;
  /** No sign-in (the admin typed something else, or the card timed out). */
  signInSkipped: string;
  /** The token service could not be reached. */
  signInUnavailable: string;
  /** Where each part of the tenant is read from, as the admin would name it. */
  parts: Record<TenantPart, string>;
  /** Why some parts could not be read, with what happens next; `parts` are names from `parts`. */
  fault: Record<TenantReadFault, (parts: string[]) => string>;
  chooseProductTitle: string;
  chooseProductHint: string;
  productLabel: (input: TenantProductLabelInput) => string;
  /** None of the tenant's products is a plan the bot knows. */
  noKnownProduct: (skuPartNumbers: string[]) => string;
  /** Products the bot does not know, named as such and left out. */
  unknownProducts: (skuPartNumbers: string[]) => string;
  /** The prefix of the line below, so a pasted line can be recognised. */
  fromTenantLabel: string;
  /** "From your tenant: ...": one sentence a support agent can paste into a case. */
  fromTenant: (input: TenantLineInput) => string;
  /** The plan's services Graph reports with an issue now. */
  servicesWithIssues: (services: string[]) => string;
  /** How to correct a fact read from the tenant. */
  correctHint: string;
  signedOut: string;
}
