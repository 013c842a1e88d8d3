/**
 * The documents the knowledge comes from, so every plan status, target rule, reason, warning and
 * step can cite one. The newest source that speaks to a question leads; the seeds stay as history.
 */

export const SOURCE_IDS = [
  '000',
  '002',
  'MSD',
  'MSD-2024',
  'MSD-E4',
  'MSD-CANCEL',
  'MSD-MOVE-USERS',
  'MSD-SCHEDULED',
  'MSD-EOS',
  'MSD-BILLING-ACCOUNTS',
  'MSD-RENAME-2020',
  'MSD-SMB-2015',
  'MSD-F3-2020',
  'MSD-NO-TEAMS-2024',
  'SFB-2021',
  'LIC-REF',
  'BP-FAQ',
  'LEARN-BIZ-STD',
  'MSD-LICENSES',
  'MSD-BILLING-FREQUENCY',
  'MSD-RECURRING',
  'MSD-TRY-BUY',
  'MSD-COPILOT',
  'MSD-RENEWAL-SKU-2021',
  'PARTNER-CLOUDMORE-UPGRADE',
  'PARTNER-CLOUDCOCKPIT-UPGRADE',
  'PARTNER-RHIPE-CANCEL',
  'PARTNER-INTERWORKS-UPGRADE',
  'COMMUNITY-NONPROFIT-2025',
  'BC-INVOICING-DISCONTINUED',
  'STAFFHUB-RETIRED',
  'GRAPH-LIGHTHOUSE',
  'BASIC-MOBILITY',
  'MSD-2024-12',
  'TRYBUY-2026',
  'PS-2024',
  'TEAMS-INCL',
  'MSD-EST',
  'MSD-KEEP-ACTIVE',
  'AGENT-ID-2026',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  id: SourceId;
  /** The document's English title. */
  title: string;
  /** Its Italian title, where the document itself is Italian (the seeds). */
  titleIt?: string;
  /** The year of `date`; absent for a page that carries no date. */
  year?: number;
  /** The document's own date (ms.date), as precise as it gives it; absent for a page with none. */
  date?: string;
  url?: string;
  /** Where the text was read: repository and path. */
  path?: string;
  /**
   * Who published it when it is not Microsoft: a partner's knowledge base (what partners tell their
   * customers about new commerce) or a community post. The bot says so, and never gives it as Microsoft's word.
   */
  publisher?: { name: string; kind: 'partner' | 'community' };
  /** For a page with no date of its own (no `date`): the day it was read, which the bot says beside "undated". */
  readOn?: string;
}

const COMMERCE = 'MicrosoftDocs/microsoft-365-docs: microsoft-365/commerce';
/** A fork that holds Microsoft's newer commits of the same docs (files dated up to 2026-04-23). */
const COMMERCE_NEWER = 'chhopkin/microsoft-365-docs (fork of MicrosoftDocs/microsoft-365-docs): microsoft-365/commerce';
const LEARN_COMMERCE = 'https://learn.microsoft.com/microsoft-365/commerce';

export const SOURCES: Record<SourceId, Source> = {
  '000': {
    id: '000',
    title: 'Upgrade from an Office 365 E4 subscription',
    titleIt: "Eseguire l'aggiornamento da un abbonamento a Office 365 E4",
    year: 2020,
    date: '2020-08-14',
  },
  '002': {
    id: '002',
    title: 'Change your Office 365 plan or subscription',
    titleIt: 'Modificare il piano o la sottoscrizione di Office 365',
    year: 2013,
    date: '2013',
  },
  MSD: {
    id: 'MSD',
    title: 'Microsoft 365 commerce documentation: Upgrade or change to a different plan',
    year: 2024,
    date: '2024',
    url: `${LEARN_COMMERCE}/subscriptions/upgrade-to-different-plan`,
  },
  // The upgrade page, at its newest version (commit 3c3a9ff6). The id keeps the name the contract
  // gave it; the 2024-12-05 version is MSD-2024-12, which differs only in the unpaid-balance row.
  'MSD-2024': {
    id: 'MSD-2024',
    title: 'Upgrade or change to a different Microsoft 365 for business plan',
    year: 2025,
    date: '2025-10-02',
    url: `${LEARN_COMMERCE}/subscriptions/upgrade-to-different-plan`,
    path: `${COMMERCE_NEWER}/subscriptions/upgrade-to-different-plan.md`,
  },
  'MSD-2024-12': {
    id: 'MSD-2024-12',
    title: 'Upgrade or change to a different Microsoft 365 for business plan (earlier version)',
    year: 2024,
    date: '2024-12-05',
    url: `${LEARN_COMMERCE}/subscriptions/upgrade-to-different-plan`,
    path: `${COMMERCE}/subscriptions/upgrade-to-different-plan.md`,
  },
  'MSD-E4': {
    id: 'MSD-E4',
    title: 'Important information for Office 365 E4 customers',
    year: 2020,
    date: '2020-08-14',
    url: `${LEARN_COMMERCE}/subscriptions/important-information-e4`,
    path: `${COMMERCE}/subscriptions/important-information-e4.md`,
  },
  'MSD-CANCEL': {
    id: 'MSD-CANCEL',
    title: 'Cancel your Microsoft business subscription',
    year: 2025,
    date: '2025-05-19',
    url: `${LEARN_COMMERCE}/subscriptions/cancel-your-subscription`,
    path: `${COMMERCE_NEWER}/subscriptions/cancel-your-subscription.md`,
  },
  'MSD-MOVE-USERS': {
    id: 'MSD-MOVE-USERS',
    title: 'Move users to a different subscription',
    year: 2025,
    date: '2025-05-02',
    url: `${LEARN_COMMERCE}/subscriptions/move-users-different-subscription`,
    path: `${COMMERCE_NEWER}/subscriptions/move-users-different-subscription.md`,
  },
  'MSD-SCHEDULED': {
    id: 'MSD-SCHEDULED',
    title: 'View scheduled changes to your subscription',
    year: 2025,
    date: '2025-07-07',
    url: `${LEARN_COMMERCE}/subscriptions/view-scheduled-changes`,
    path: `${COMMERCE}/subscriptions/view-scheduled-changes.md`,
  },
  'MSD-EOS': {
    id: 'MSD-EOS',
    title: 'Understand end-of-sale products',
    year: 2025,
    date: '2025-05-02',
    url: `${LEARN_COMMERCE}/subscriptions/understand-eos-products`,
    path: `${COMMERCE_NEWER}/subscriptions/understand-eos-products.md`,
  },
  'MSD-BILLING-ACCOUNTS': {
    id: 'MSD-BILLING-ACCOUNTS',
    title: 'Understand your Microsoft business billing account',
    year: 2026,
    date: '2026-02-26',
    url: `${LEARN_COMMERCE}/manage-billing-accounts`,
    path: `${COMMERCE_NEWER}/manage-billing-accounts.md`,
  },
  'LIC-REF': {
    id: 'LIC-REF',
    title: 'Product names and service plan identifiers for licensing',
    year: 2025,
    date: '2025-10-29',
    url: 'https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference',
    path: 'MicrosoftDocs/entra-docs: docs/identity/users/licensing-service-plan-reference.md',
  },
  'MSD-RENAME-2020': {
    id: 'MSD-RENAME-2020',
    title: 'Office 365 is now Microsoft 365',
    year: 2020,
    date: '2020-05-13',
    url: 'https://learn.microsoft.com/microsoft-365/admin/new-subscription-names',
    path: 'MicrosoftDocs/microsoft-365-docs: microsoft-365/admin/new-subscription-names.md',
  },
  'MSD-SMB-2015': {
    id: 'MSD-SMB-2015',
    title: 'Office 365 SMB SKU Transition Walkthrough (Microsoft partner blog, archived)',
    year: 2015,
    date: '2015-11',
    url: 'https://docs.microsoft.com/en-us/archive/blogs/uspartner_ts2team/office-365-smb-sku-transition-walkthrough',
  },
  'MSD-F3-2020': {
    id: 'MSD-F3-2020',
    title: 'Migrate from Kaizala Pro (names "Microsoft 365 F3 (formerly Microsoft 365 F1)")',
    year: 2020,
    date: '2020-06-01',
    path: 'MicrosoftDocs/OfficeDocs-O365ITPro: Office365-Kaizala/migrate-kaizala-pro.md',
  },
  'MSD-NO-TEAMS-2024': {
    id: 'MSD-NO-TEAMS-2024',
    // The include has no title of its own; this names what it says.
    title: 'Teams licensing notice (Frontline docs include): suites with and without Microsoft Teams',
    year: 2024,
    date: '2024-05-15',
    path: 'MicrosoftDocs/microsoft-365-docs: microsoft-365/frontline/includes/teams-licensing-notice.md',
  },
  'SFB-2021': {
    id: 'SFB-2021',
    // The page's own ms.date is 2019-09-06; the date shown is the retirement it announces.
    title: 'Skype for Business Online retirement',
    year: 2021,
    date: '2021-07-31',
    url: 'https://learn.microsoft.com/microsoftteams/skype-for-business-online-retirement',
    path: 'MicrosoftDocs/OfficeDocs-SkypeForBusiness: Teams/skype-for-business-online-retirement.md',
  },
  'BP-FAQ': {
    id: 'BP-FAQ',
    title: 'Microsoft 365 Business Premium FAQ',
    year: 2025,
    date: '2025-04-16',
    url: 'https://learn.microsoft.com/microsoft-365/business-premium/microsoft-365-business-faqs',
    path: 'chhopkin/microsoft-365-docs (fork of MicrosoftDocs/microsoft-365-docs): microsoft-365/business-premium/microsoft-365-business-faqs.yml',
  },
  'LEARN-BIZ-STD': {
    id: 'LEARN-BIZ-STD',
    title: 'Introduction to Microsoft 365 Business Standard (Microsoft Learn training module)',
    year: 2025,
    date: '2025-09-11',
    path: 'MicrosoftDocs/learn: learn-pr/device-partner-university/introduction-to-microsoft-365-business-standard',
  },
  'MSD-LICENSES': {
    id: 'MSD-LICENSES',
    title: 'Buy or remove licenses for a Microsoft business subscription',
    year: 2025,
    date: '2025-07-08',
    url: `${LEARN_COMMERCE}/licenses/buy-licenses`,
    path: 'chhopkin/microsoft-365-docs (fork of MicrosoftDocs/microsoft-365-docs): microsoft-365/commerce/licenses/buy-licenses.md',
  },
  'MSD-BILLING-FREQUENCY': {
    id: 'MSD-BILLING-FREQUENCY',
    title: 'Change your Microsoft 365 subscription billing frequency',
    year: 2025,
    date: '2025-05-29',
    url: `${LEARN_COMMERCE}/billing-and-payments/change-payment-frequency`,
    path: 'chhopkin/microsoft-365-docs (fork of MicrosoftDocs/microsoft-365-docs): microsoft-365/commerce/billing-and-payments/change-payment-frequency.md',
  },
  'MSD-RECURRING': {
    id: 'MSD-RECURRING',
    title: 'Manage recurring billing in the Microsoft 365 admin center',
    year: 2025,
    date: '2025-07-30',
    url: `${LEARN_COMMERCE}/subscriptions/renew-your-subscription`,
    path: 'chhopkin/microsoft-365-docs (fork of MicrosoftDocs/microsoft-365-docs): microsoft-365/commerce/subscriptions/renew-your-subscription.md',
  },
  'MSD-TRY-BUY': {
    id: 'MSD-TRY-BUY',
    title: 'Try or buy a Microsoft 365 for business subscription',
    year: 2026,
    date: '2026-04-23',
    url: `${LEARN_COMMERCE}/try-or-buy-microsoft-365`,
    path: 'chhopkin/microsoft-365-docs (fork of MicrosoftDocs/microsoft-365-docs): microsoft-365/commerce/try-or-buy-microsoft-365.md',
  },
  'MSD-COPILOT': {
    id: 'MSD-COPILOT',
    title: 'License options for Microsoft 365 Copilot',
    year: 2025,
    date: '2025-11-17',
    url: 'https://learn.microsoft.com/copilot/microsoft-365/microsoft-365-copilot-licensing',
    path: 'chhopkin/microsoft-365-docs (fork of MicrosoftDocs/microsoft-365-docs): copilot/microsoft-365-copilot-licensing.md',
  },
  'MSD-RENEWAL-SKU-2021': {
    id: 'MSD-RENEWAL-SKU-2021',
    title: 'Change plans manually (note on renewing to a Microsoft 365 plan)',
    year: 2021,
    date: '2021-06-01',
    url: 'https://github.com/MicrosoftDocs/microsoft-365-docs/pull/5183',
    path: 'MicrosoftDocs/microsoft-365-docs: microsoft-365/commerce/subscriptions/change-plans-manually.md (pull request 5183)',
  },
  'PARTNER-CLOUDMORE-UPGRADE': {
    id: 'PARTNER-CLOUDMORE-UPGRADE',
    title: 'Upgrade NCE Subscription on Cloudmore',
    readOn: '2026-12-07',
    publisher: { name: 'Cloudmore', kind: 'partner' },
    url: 'https://support.cloudmore.com/knowledge/upgrade-nce-subscription-on-cloudmore',
  },
  'PARTNER-CLOUDCOCKPIT-UPGRADE': {
    id: 'PARTNER-CLOUDCOCKPIT-UPGRADE',
    title: 'Mastering Subscription Updates: a guide to license upgrades in the new commerce landscape',
    readOn: '2026-12-07',
    publisher: { name: 'CloudCockpit', kind: 'partner' },
    url: 'https://cloudcockpit.com/blog/Mastering-Subscription-Updates-Guide-License-Upgrades-NCE',
  },
  'PARTNER-RHIPE-CANCEL': {
    id: 'PARTNER-RHIPE-CANCEL',
    title: 'Cancelation Policy - New Commerce Experience (NCE)',
    readOn: '2026-12-07',
    publisher: { name: 'rhipe', kind: 'partner' },
    url: 'https://operations.rhipe.com/portal/en/kb/articles/nce-cancelation-policy',
  },
  'PARTNER-INTERWORKS-UPGRADE': {
    id: 'PARTNER-INTERWORKS-UPGRADE',
    title: 'Upgrading NCE Subscriptions',
    readOn: '2026-12-07',
    publisher: { name: 'interworks.cloud', kind: 'partner' },
    url: 'https://interworkscloud.atlassian.net/wiki/spaces/ICPD/pages/1363869697/Upgrading+NCE+Subscriptions',
  },
  'COMMUNITY-NONPROFIT-2025': {
    id: 'COMMUNITY-NONPROFIT-2025',
    title: "Microsoft's new nonprofit licensing changes: what organizations need to know",
    year: 2025,
    date: '2025',
    publisher: { name: 'Windows Forum', kind: 'community' },
    url: 'https://windowsforum.com/threads/microsofts-new-nonprofit-licensing-changes-what-organizations-need-to-know.368107/',
  },
  'BC-INVOICING-DISCONTINUED': {
    id: 'BC-INVOICING-DISCONTINUED',
    title: 'Business Central reference: Table "O365 Customer" ("Microsoft Invoicing has been discontinued", obsolete from version 24.0)',
    // The page carries no date of its own.
    url: 'https://learn.microsoft.com/dynamics365/business-central/application/base-application/table/o365-customer',
  },
  'STAFFHUB-RETIRED': {
    id: 'STAFFHUB-RETIRED',
    title: 'Microsoft StaffHub connector (deprecated: its actions moved to Shifts in the Teams connector)',
    // The page carries no date of its own.
    url: 'https://learn.microsoft.com/connectors/staffhub/',
  },
  'GRAPH-LIGHTHOUSE': {
    id: 'GRAPH-LIGHTHOUSE',
    title: 'Microsoft Graph: managedTenant resource type (Microsoft 365 Lighthouse, for managed service providers)',
    // The page carries no date of its own.
    url: 'https://learn.microsoft.com/graph/api/resources/managedtenants-managedtenant',
  },
  'BASIC-MOBILITY': {
    id: 'BASIC-MOBILITY',
    title: 'Overview of Basic Mobility and Security for Microsoft 365',
    // No ms.date in the stored version (commit 151f8ddc).
    url: 'https://learn.microsoft.com/microsoft-365/admin/basic-mobility-security/overview',
    path: 'MicrosoftDocs/microsoft-365-docs: microsoft-365/admin/basic-mobility-security/overview.md',
  },
  'TRYBUY-2026': {
    id: 'TRYBUY-2026',
    title: 'Try or buy a Microsoft 365 for business subscription',
    year: 2026,
    date: '2026-04-23',
    url: `${LEARN_COMMERCE}/try-or-buy-microsoft-365`,
    path: `${COMMERCE_NEWER}/try-or-buy-microsoft-365.md`,
  },
  'PS-2024': {
    id: 'PS-2024',
    title: 'Assign Microsoft 365 licenses to user accounts with PowerShell',
    year: 2024,
    date: '2024-12-04',
    url: 'https://learn.microsoft.com/microsoft-365/enterprise/assign-licenses-to-user-accounts-with-microsoft-365-powershell',
    path: 'MicrosoftDocs/microsoft-365-docs: microsoft-365/enterprise/assign-licenses-to-user-accounts-with-microsoft-365-powershell.md',
  },
  'TEAMS-INCL': {
    id: 'TEAMS-INCL',
    title: 'Teams licensing notice (Teams docs include): "Microsoft 365 Business suites (up to 300 users)"',
    year: 2024,
    // The include carries no ms.date; its text speaks of April 1, 2024 (an older version: May 1, 2024).
    date: '2024',
    path: 'MicrosoftDocs/OfficeDocs-SkypeForBusiness: Teams/includes/eea-teams-licensing.md',
  },
  'MSD-EST': {
    id: 'MSD-EST',
    title: 'Extend your Microsoft 365 subscription with an Extended Service Term (EST)',
    year: 2026,
    date: '2026-02-27',
    url: `${LEARN_COMMERCE}/subscriptions/extend-your-subscription-with-est`,
    path: `${COMMERCE_NEWER}/subscriptions/extend-your-subscription-with-est.md`,
  },
  'MSD-KEEP-ACTIVE': {
    id: 'MSD-KEEP-ACTIVE',
    title: 'Keep your Microsoft business billing account active',
    year: 2025,
    date: '2025-09-15',
    url: `${LEARN_COMMERCE}/keep-billing-accounts-active`,
    path: `${COMMERCE_NEWER}/keep-billing-accounts-active.md`,
  },
  'AGENT-ID-2026': {
    id: 'AGENT-ID-2026',
    title: 'What is Microsoft Entra Agent ID ("Agent 365 is included with Microsoft 365 E7")',
    year: 2026,
    date: '2026-04-14',
    url: 'https://learn.microsoft.com/entra/agent-id/what-is-microsoft-entra-agent-id',
  },
};
