import type { SourceId } from './sources.js';

/**
 * What older sources said that newer ones changed. The newer fact leads; these stay available so
 * the bot can say how it was ("in 2020 this page had an Upgrade tab").
 */

export const NOTE_IDS = [
  /** 002: a credit check could take up to two weeks; 000 and MSD-2024 say up to two working days. */
  'credit-check-two-weeks-2013',
  /** 002: the "Switch plans" wizard under Admin > Licenses; 000 the Upgrade tab; MSD-2024 View upgrades. */
  'switch-plans-wizard-2013',
  /** 002: the wizard's "Switch plans: status" page; later you check the subscriptions themselves. */
  'switch-plans-status-page-2013',
  /** 002: only a global admin (a plain admin on Small Business) could switch; MSD-2024 asks for a Billing role. */
  'admin-role-2013',
  /** 002: service health lived under Admin > Office 365 > Support; now Health > Service health. */
  'service-health-location-2013',
  /** 002: reducing licenses meant contacting support; 000 says reduce before or after the upgrade. */
  'reduce-licenses-via-support-2013',
  /** 002: a manual switch was done by contacting support; later sources list steps the admin does. */
  'manual-switch-via-support-2013',
  /** 000 links the retired Office 365 PowerShell module; MSD uses Microsoft Graph PowerShell. */
  'office-365-powershell-retired',
  /** 000: in 2020 the subscription page had an Upgrade tab; since 2022 it is View upgrades recommended for your org. */
  'upgrade-tab-2020',
  /** 000: in 2020 a Cart page (billing frequency, Quantity, add-ons) came before Checkout. */
  'cart-page-2020',
  /** 000: in 2020 admins could not use the admin center at all during the upgrade; MSD-2024 locks only the subscription page. */
  'admin-center-locked-2020',
  /** 000 and 002: a change typically took less than ten minutes; MSD-2024 says it can take up to an hour. */
  'ten-minutes-2020',
  /** 002: in 2013, E3 could move to E4; E4 was retired in 2015 (MSD-E4). */
  'e3-to-e4-2013',
  /** The 2024-12-05 version of the upgrade page said the unpaid-balance block applied to payment by invoice; the 2025-10-02 version says wire transfer. */
  'unpaid-balance-invoice-2024',
  /** Until 2025 the new plan was bought in Billing > Purchase services; TRYBUY-2026 says Marketplace or Billing > Add more products. */
  'purchase-services-label',
  /** 002 and lists up to 2021 named prepaid plans; MSD-2024's lists (2024 and 2025) no longer do. */
  'prepaid-not-in-2024-list',
  /** 002: with a custom domain, Small Business could not switch to Enterprise or Midsize; the domain was removed and added back. MSD-2024 is silent. */
  'custom-domain-small-business-2013',
  /** 002: a plan moved to another family of plans could not switch back; no newer page speaks of going back. */
  'no-switch-back-across-families-2013',
] as const;

export type NoteId = (typeof NOTE_IDS)[number];

export interface Note {
  id: NoteId;
  sources: SourceId[];
}

const SOURCES_OF_NOTES: Record<NoteId, SourceId[]> = {
  'credit-check-two-weeks-2013': ['002'],
  'switch-plans-wizard-2013': ['002'],
  'switch-plans-status-page-2013': ['002'],
  'admin-role-2013': ['002'],
  'service-health-location-2013': ['002'],
  'reduce-licenses-via-support-2013': ['002'],
  'manual-switch-via-support-2013': ['002'],
  'office-365-powershell-retired': ['000', 'MSD'],
  'upgrade-tab-2020': ['000', 'MSD-2024'],
  'cart-page-2020': ['000'],
  'admin-center-locked-2020': ['000', 'MSD-2024'],
  'ten-minutes-2020': ['000', '002', 'MSD-2024'],
  'e3-to-e4-2013': ['002', 'MSD-E4'],
  'unpaid-balance-invoice-2024': ['MSD-2024-12'],
  'purchase-services-label': ['TRYBUY-2026'],
  'prepaid-not-in-2024-list': ['002', 'MSD-2024'],
  'custom-domain-small-business-2013': ['002'],
  'no-switch-back-across-families-2013': ['002'],
};

export const NOTES: Record<NoteId, Note> = Object.fromEntries(
  NOTE_IDS.map((id) => [id, { id, sources: SOURCES_OF_NOTES[id] }]),
) as Record<NoteId, Note>;
