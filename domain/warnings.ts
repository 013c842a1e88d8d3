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
] as const;

export type WarningId = (typeof WARNING_IDS)[number];

export interface WarningInfo {
  id: WarningId;
  sources: SourceId[];
  notes: NoteId[];
}

export const WARNINGS: Record<WarningId, WarningInfo> = {
  'admin-downtime': { id: 'admin-downtime', sources: ['000', '002'], notes: [] },
  'users-keep-access': { id: 'users-keep-access', sources: ['000', '002'], notes: [] },
  'do-not-reassign-during-switch': { id: 'do-not-reassign-during-switch', sources: ['002'], notes: [] },
  'billing-switchover': { id: 'billing-switchover', sources: ['002'], notes: [] },
  'cannot-remove-licenses-during-upgrade': {
    id: 'cannot-remove-licenses-during-upgrade',
    sources: ['000', '002'],
    notes: ['reduce-licenses-via-support-2013'],
  },
  'add-ons-included-are-removed': { id: 'add-ons-included-are-removed', sources: ['000'], notes: [] },
  'invoice-credit-check': {
    id: 'invoice-credit-check',
    sources: ['000', '002'],
    notes: ['credit-check-two-weeks-2013'],
  },
  'cross-family-no-return': { id: 'cross-family-no-return', sources: ['002'], notes: [] },
  'backup-before-cross-family': { id: 'backup-before-cross-family', sources: ['002'], notes: [] },
  'custom-domain-downtime': { id: 'custom-domain-downtime', sources: ['002'], notes: [] },
  'public-website-domain-first': { id: 'public-website-domain-first', sources: ['002'], notes: [] },
  'typical-duration': {
    id: 'typical-duration',
    sources: ['000', '002'],
    notes: ['switch-plans-status-page-2013'],
  },
  'e4-to-e3-loses-features': { id: 'e4-to-e3-loses-features', sources: ['000', 'MSD'], notes: [] },
  'bulk-reassign-with-powershell': {
    id: 'bulk-reassign-with-powershell',
    sources: ['000', 'MSD'],
    notes: ['office-365-powershell-retired'],
  },
};
