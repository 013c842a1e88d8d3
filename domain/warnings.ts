import type { NoteId } from './notes.js';
import type { SourceId } from './sources.js';

/** Things the admin should know before or during the change; given only where they apply. */

export const WARNING_IDS = [
  'admin-downtime',
  'users-keep-access',
  'do-not-reassign-during-switch',
  'billing-switchover',
  'cannot-remove-licenses-during-upgrade',
  'add-ons-included-are-removed',
  'invoice-credit-check',
  'cross-family-no-return',
  'backup-before-cross-family',
  'custom-domain-downtime',
  'public-website-domain-first',
  'typical-duration',
  'e4-to-e3-loses-features',
  'bulk-reassign-with-powershell',
  'backup-before-fewer-services',
  'service-assignments-reset',
  'prorated-credit-invoice',
  'mca-refund-window',
  'mosa-cancel-license-limit',
  'domain-before-cancel',
  'teams-suite-new-customers',
  'teams-suite-existing-customers',
] as const;

export type WarningId = (typeof WARNING_IDS)[number];

export interface WarningInfo {
  id: WarningId;
  /** Newest leading. */
  sources: SourceId[];
  notes: NoteId[];
  /**
   * Only a seed gives it, about a page that is gone (the 2020 Cart, the 2013 wizard): history, kept
   * for the 2020 walkthrough, never in today's answer.
   */
  history: boolean;
}

const WARNING_SOURCES: Record<WarningId, { sources: SourceId[]; notes?: NoteId[]; history?: true }> = {
  'admin-downtime': { sources: ['MSD-2024', '000', '002'], notes: ['admin-center-locked-2020'] },
  'users-keep-access': { sources: ['MSD-2024', '000', '002'] },
  'do-not-reassign-during-switch': { sources: ['002'], history: true },
  'billing-switchover': { sources: ['MSD-2024', '002'] },
  'cannot-remove-licenses-during-upgrade': { sources: ['000', '002'], notes: ['reduce-licenses-via-support-2013'], history: true },
  'add-ons-included-are-removed': { sources: ['000'], history: true },
  'invoice-credit-check': { sources: ['MSD-2024', '000', '002'], notes: ['credit-check-two-weeks-2013'] },
  'cross-family-no-return': { sources: ['002'] },
  'backup-before-cross-family': { sources: ['002'] },
  'custom-domain-downtime': { sources: ['002'] },
  'public-website-domain-first': { sources: ['002'], history: true },
  'typical-duration': { sources: ['MSD-2024', '002'], notes: ['ten-minutes-2020', 'switch-plans-status-page-2013'] },
  'e4-to-e3-loses-features': { sources: ['MSD-E4', '000'] },
  'bulk-reassign-with-powershell': { sources: ['PS-2024', '000'], notes: ['office-365-powershell-retired'] },
  'backup-before-fewer-services': { sources: ['MSD-2024', 'MSD-MOVE-USERS'] },
  'service-assignments-reset': { sources: ['MSD-2024'] },
  'prorated-credit-invoice': { sources: ['MSD-2024'] },
  'mca-refund-window': { sources: ['MSD-CANCEL', 'MSD-2024'] },
  'mosa-cancel-license-limit': { sources: ['MSD-CANCEL'] },
  'domain-before-cancel': { sources: ['MSD-CANCEL'] },
  'teams-suite-new-customers': { sources: ['MSD-NO-TEAMS-2024', 'TEAMS-INCL'] },
  'teams-suite-existing-customers': { sources: ['MSD-NO-TEAMS-2024'] },
};

export const WARNINGS: Record<WarningId, WarningInfo> = Object.fromEntries(
  WARNING_IDS.map((id) => [id, { id, sources: WARNING_SOURCES[id].sources, notes: WARNING_SOURCES[id].notes ?? [], history: WARNING_SOURCES[id].history ?? false }]),
) as Record<WarningId, WarningInfo>;

/**
 * Most important first, for a card that shows only the first few: what can lose data or money, or
 * stop the change, before what only says how the change goes.
 */
export const WARNING_PRIORITY: readonly WarningId[] = [
  'backup-before-fewer-services',
  'backup-before-cross-family',
  'cross-family-no-return',
  'e4-to-e3-loses-features',
  'teams-suite-new-customers',
  'mca-refund-window',
  'mosa-cancel-license-limit',
  'domain-before-cancel',
  'custom-domain-downtime',
  'invoice-credit-check',
  'do-not-reassign-during-switch',
  'public-website-domain-first',
  'admin-downtime',
  'service-assignments-reset',
  'bulk-reassign-with-powershell',
  'cannot-remove-licenses-during-upgrade',
  'add-ons-included-are-removed',
  'users-keep-access',
  'billing-switchover',
  'prorated-credit-invoice',
  'teams-suite-existing-customers',
  'typical-duration',
];

/** The warnings in order of importance. */
export function byImportance(warnings: readonly WarningId[]): WarningId[] {
  return [...warnings].sort((a, b) => WARNING_PRIORITY.indexOf(a) - WARNING_PRIORITY.indexOf(b));
}
