import type { SourceId } from './sources.js';

/**
 * Facts from the older document (seed 002, about 2013) that the newer one (seed 000, 2020) or the
 * current docs replaced. The newer fact leads; these stay available so the bot can mention them.
 */

export const NOTE_IDS = [
  /** 002: a credit check could take up to two weeks; 000 says up to two business days. */
  'credit-check-two-weeks-2013',
  /** 002: the "Switch plans" wizard under Admin > Licenses; 000 uses the Upgrade tab. */
  'switch-plans-wizard-2013',
  /** 002: the wizard's "Switch plans: status" page; 000 checks the old or the new subscription. */
  'switch-plans-status-page-2013',
  /** 002: only a global admin (a plain admin on Small Business) could switch; MSD adds Billing admin. */
  'admin-role-2013',
  /** 002: service health lived under Admin > Office 365 > Support; now Health > Service health. */
  'service-health-location-2013',
  /** 002: reducing licenses meant contacting support; 000 says reduce before or after the upgrade. */
  'reduce-licenses-via-support-2013',
  /** 002: a manual switch was done by contacting support; 000 lists steps the admin does. */
  'manual-switch-via-support-2013',
  /** 000 links the retired Office 365 PowerShell module; MSD uses Microsoft Graph PowerShell. */
  'office-365-powershell-retired',
] as const;

export type NoteId = (typeof NOTE_IDS)[number];

export interface Note {
  id: NoteId;
  sources: SourceId[];
}

export const NOTES: Record<NoteId, Note> = {
  'credit-check-two-weeks-2013': { id: 'credit-check-two-weeks-2013', sources: ['002'] },
  'switch-plans-wizard-2013': { id: 'switch-plans-wizard-2013', sources: ['002'] },
  'switch-plans-status-page-2013': { id: 'switch-plans-status-page-2013', sources: ['002'] },
  'admin-role-2013': { id: 'admin-role-2013', sources: ['002'] },
  'service-health-location-2013': { id: 'service-health-location-2013', sources: ['002'] },
  'reduce-licenses-via-support-2013': { id: 'reduce-licenses-via-support-2013', sources: ['002'] },
  'manual-switch-via-support-2013': { id: 'manual-switch-via-support-2013', sources: ['002'] },
  'office-365-powershell-retired': { id: 'office-365-powershell-retired', sources: ['000', 'MSD'] },
};
