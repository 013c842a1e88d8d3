import { tenantLine, type TenantLineWords } from './tenant-line.js';
import type { TenantMessages } from './tenant-messages.js';

const list = (items: readonly string[]): string => items.join(', ');

const LINE: TenantLineWords = {
  label: 'From your tenant:',
  licensesPurchased: (count) => `${count} licenses purchased`,
  licensesAssigned: (count) => `${count} assigned`,
  licensedUsers: (count) => `${count} users`,
  trial: { yes: 'a trial', no: 'no trial' },
  multipleSubscriptionsSameProduct: { yes: 'duplicate subscriptions of this product (2 or more)', no: 'no duplicate subscriptions of this product' },
  customDomain: { yes: (domains) => `custom domain ${domains}`, no: 'no custom domain' },
  serviceHealthIssue: { yes: 'a service health issue', no: 'no service health issues' },
  provisioningIncomplete: { yes: 'provisioning pending', no: 'no provisioning pending' },
  adminRole: {
    'global-admin': 'signed in as a Global admin',
    'billing-admin': 'signed in as a Billing admin',
    other: 'signed in as a user with no admin role (neither Global nor Billing admin)',
  },
  boughtThroughPartner: 'bought through a partner',
};

export const enTenant: TenantMessages = {
  menu: 'Check my tenant',
  help: '*Check my tenant*: sign in with your Microsoft 365 admin account and I read your plan, licenses, domains, service health and role myself. *Sign out* forgets the sign-in.',
  intro:
    'I will read your subscriptions, licenses, domains, service health and your admin role from Microsoft 365. I only read: nothing is changed, and I keep only the facts in this conversation. Please sign in with your admin account.',
  signInTitle: 'Sign in',
  signInText: 'Sign in to Microsoft 365 so I can read your tenant',
  signInSkipped: 'No sign-in, so I will ask you instead.',
  signInUnavailable: 'I could not reach the Microsoft 365 sign-in service, so I will ask you instead. Try Check my tenant again later.',
  parts: {
    tenantId: 'your organization',
    skus: 'your products and licenses',
    subscriptions: 'your subscriptions',
    domains: 'your domains',
    serviceHealth: 'service health',
    adminRoles: 'your admin role',
  },
  fault: {
    forbidden: (parts) =>
      `I was not allowed to read ${list(parts)}: the app has no consent for that permission yet, or your role cannot read it. A Global admin can grant consent; meanwhile I will ask you.`,
    throttled: (parts) => `Microsoft 365 asked me to slow down while reading ${list(parts)}, and waiting longer would keep you too long. I will ask you instead; try Check my tenant again in a few minutes.`,
    unavailable: (parts) => `Microsoft 365 did not answer in time for ${list(parts)}. I will ask you instead; try Check my tenant again later.`,
    'token-expired': (parts) => `Your sign-in has expired, so I could not read ${list(parts)}. I will ask you instead; say Check my tenant to sign in again.`,
    'unexpected-response': (parts) => `Microsoft 365 answered in a way I do not understand for ${list(parts)}, so I did not use it. I will ask you instead.`,
  },
  chooseProductTitle: 'Which subscription do you want to change?',
  chooseProductHint: 'Your tenant has several. Pick one, or type its number.',
  productLabel: ({ planName, skuPartNumber, licensesPurchased, licensesAssigned }) =>
    `${planName} (${skuPartNumber}): ${licensesPurchased} licenses, ${licensesAssigned} assigned`,
  noKnownProduct: (skus) => `None of the products in your tenant is a plan I know (${list(skus)}), so I cannot tell which plan you are on. I will ask you.`,
  unknownProducts: (skus) => `Your tenant also has products I do not know: ${list(skus)}. I did not use them.`,
  fromTenantLabel: LINE.label,
  fromTenant: tenantLine(LINE),
  servicesWithIssues: (services) => `Not running normally right now: ${list(services)}.`,
  correctHint: 'Something wrong? Type the right value when you see my answer (for example "300 licenses purchased"): what you type replaces what I read.',
  signedOut: 'You are signed out. I keep nothing from your tenant beyond the facts in this conversation.',
};
