import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { NoteId } from './notes.js';
import type { SourceId } from './sources.js';

/**
 * The steps of the walkthroughs, in order; `walkthrough` picks the ones that apply. Today's
 * automatic change differs by billing account (MSD-2024): MOSA goes through View upgrades
 * recommended for your org, MCA through Change to a different subscription option. The 2020
 * Upgrade-tab steps (seed 000) stay as history the bot can show.
 */

export const MOSA_UPGRADE_STEP_IDS = [
  'open-your-products',
  'select-subscription',
  'view-upgrades',
  'choose-upgrade',
  'checkout',
  'place-order',
  'check-status',
] as const;

export const MCA_UPGRADE_STEP_IDS = [
  'open-your-products',
  'select-subscription',
  'change-subscription-option',
  'choose-options',
  'change-plan',
  'check-status',
] as const;

/** Seed 000's Upgrade tab and Cart, 2020: history, no longer returned by `walkthrough`. */
export const UPGRADE_TAB_2020_STEP_IDS = [
  'open-your-products',
  'select-subscription',
  'open-upgrade-tab',
  'choose-target',
  'review-cart',
  'go-to-checkout',
  'review-checkout',
  'place-order',
  'check-status',
] as const;

/** Kept under its v1 name: the Upgrade-tab steps of 2020. */
export const UPGRADE_TAB_STEP_IDS = UPGRADE_TAB_2020_STEP_IDS;

export const MANUAL_STEP_IDS = [
  'backup-data',
  'buy-subscription',
  'verify-licenses',
  'reassign-licenses',
  'move-custom-domain',
  'cancel-old-subscription',
] as const;

export const STEP_IDS = [
  ...UPGRADE_TAB_2020_STEP_IDS,
  ...MANUAL_STEP_IDS,
  'view-upgrades',
  'choose-upgrade',
  'checkout',
  'change-subscription-option',
  'choose-options',
  'change-plan',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Which walkthrough a step belongs to: today's automatic change, the manual one, or 2020's Upgrade tab only. */
export type StepPath = 'upgrade-tab' | 'manual' | 'upgrade-tab-2020';

export interface StepInfo {
  id: StepId;
  path: StepPath;
  sources: SourceId[];
  adminCenter?: AdminCenterPlaceId;
  notes: NoteId[];
}

type StepRow = Omit<StepInfo, 'id' | 'notes'> & { notes?: NoteId[] };

const STEP_ROWS: Record<StepId, StepRow> = {
  'open-your-products': { path: 'upgrade-tab', sources: ['MSD-2024', '000'], adminCenter: 'billing-your-products', notes: ['switch-plans-wizard-2013'] },
  'select-subscription': { path: 'upgrade-tab', sources: ['MSD-2024', '000'] },
  'view-upgrades': { path: 'upgrade-tab', sources: ['MSD-2024'], adminCenter: 'view-upgrades', notes: ['upgrade-tab-2020'] },
  'choose-upgrade': { path: 'upgrade-tab', sources: ['MSD-2024'], adminCenter: 'available-upgrades' },
  checkout: { path: 'upgrade-tab', sources: ['MSD-2024', '000'], adminCenter: 'checkout', notes: ['cart-page-2020'] },
  'change-subscription-option': { path: 'upgrade-tab', sources: ['MSD-2024'], adminCenter: 'change-subscription-option' },
  'choose-options': { path: 'upgrade-tab', sources: ['MSD-2024'] },
  'change-plan': { path: 'upgrade-tab', sources: ['MSD-2024'], adminCenter: 'change-plan' },
  'place-order': { path: 'upgrade-tab', sources: ['MSD-2024', '000', '002'], adminCenter: 'place-order' },
  'check-status': {
    path: 'upgrade-tab',
    sources: ['MSD-2024', '000', '002'],
    adminCenter: 'billing-your-products',
    notes: ['switch-plans-status-page-2013'],
  },
  'open-upgrade-tab': { path: 'upgrade-tab-2020', sources: ['000'], adminCenter: 'upgrade-tab', notes: ['switch-plans-wizard-2013'] },
  'choose-target': { path: 'upgrade-tab-2020', sources: ['000'], adminCenter: 'upgrade-button' },
  'review-cart': { path: 'upgrade-tab-2020', sources: ['000'], adminCenter: 'cart' },
  'go-to-checkout': { path: 'upgrade-tab-2020', sources: ['000'], adminCenter: 'go-to-checkout' },
  'review-checkout': { path: 'upgrade-tab-2020', sources: ['000'], adminCenter: 'checkout' },
  'backup-data': { path: 'manual', sources: ['MSD-2024', 'MSD-MOVE-USERS', '002'] },
  'buy-subscription': {
    path: 'manual',
    sources: ['TRYBUY-2026', 'MSD-2024', '000', '002'],
    adminCenter: 'marketplace',
    notes: ['purchase-services-label', 'manual-switch-via-support-2013'],
  },
  'verify-licenses': { path: 'manual', sources: ['MSD-2024', '000'], adminCenter: 'billing-your-products' },
  'reassign-licenses': {
    path: 'manual',
    sources: ['MSD-MOVE-USERS', 'PS-2024', '000'],
    adminCenter: 'users-active-users',
    notes: ['office-365-powershell-retired'],
  },
  'move-custom-domain': { path: 'manual', sources: ['002'], adminCenter: 'domains' },
  'cancel-old-subscription': { path: 'manual', sources: ['MSD-2024', 'MSD-CANCEL', '000'], adminCenter: 'cancel-subscription' },
};

export const STEPS: Record<StepId, StepInfo> = Object.fromEntries(
  STEP_IDS.map((id) => [id, { id, ...STEP_ROWS[id], notes: STEP_ROWS[id].notes ?? [] }]),
) as Record<StepId, StepInfo>;
