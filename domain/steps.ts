import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { NoteId } from './notes.js';
import type { SourceId } from './sources.js';

/** The steps of the two walkthroughs, in order; `walkthrough` picks the ones that apply. */

export const UPGRADE_TAB_STEP_IDS = [
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

export const MANUAL_STEP_IDS = [
  'backup-data',
  'buy-subscription',
  'verify-licenses',
  'reassign-licenses',
  'move-custom-domain',
  'cancel-old-subscription',
] as const;

export const STEP_IDS = [...UPGRADE_TAB_STEP_IDS, ...MANUAL_STEP_IDS] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepInfo {
  id: StepId;
  path: 'upgrade-tab' | 'manual';
  sources: SourceId[];
  adminCenter?: AdminCenterPlaceId;
  notes: NoteId[];
}

export const STEPS: Record<StepId, StepInfo> = {
  'open-your-products': {
    id: 'open-your-products',
    path: 'upgrade-tab',
    sources: ['000'],
    adminCenter: 'billing-your-products',
    notes: ['switch-plans-wizard-2013'],
  },
  'select-subscription': { id: 'select-subscription', path: 'upgrade-tab', sources: ['000'], notes: [] },
  'open-upgrade-tab': {
    id: 'open-upgrade-tab',
    path: 'upgrade-tab',
    sources: ['000'],
    adminCenter: 'upgrade-tab',
    notes: ['switch-plans-wizard-2013'],
  },
  'choose-target': {
    id: 'choose-target',
    path: 'upgrade-tab',
    sources: ['000'],
    adminCenter: 'upgrade-button',
    notes: [],
  },
  'review-cart': { id: 'review-cart', path: 'upgrade-tab', sources: ['000'], adminCenter: 'cart', notes: [] },
  'go-to-checkout': {
    id: 'go-to-checkout',
    path: 'upgrade-tab',
    sources: ['000'],
    adminCenter: 'go-to-checkout',
    notes: [],
  },
  'review-checkout': {
    id: 'review-checkout',
    path: 'upgrade-tab',
    sources: ['000'],
    adminCenter: 'checkout',
    notes: [],
  },
  'place-order': {
    id: 'place-order',
    path: 'upgrade-tab',
    sources: ['000', '002'],
    adminCenter: 'place-order',
    notes: [],
  },
  'check-status': {
    id: 'check-status',
    path: 'upgrade-tab',
    sources: ['000', '002'],
    adminCenter: 'billing-your-products',
    notes: ['switch-plans-status-page-2013'],
  },
  'backup-data': { id: 'backup-data', path: 'manual', sources: ['002'], notes: [] },
  'buy-subscription': {
    id: 'buy-subscription',
    path: 'manual',
    sources: ['000', '002'],
    adminCenter: 'purchase-services',
    notes: ['manual-switch-via-support-2013'],
  },
  'verify-licenses': {
    id: 'verify-licenses',
    path: 'manual',
    sources: ['000'],
    adminCenter: 'subscription-status-active',
    notes: [],
  },
  'reassign-licenses': {
    id: 'reassign-licenses',
    path: 'manual',
    sources: ['000', 'MSD'],
    adminCenter: 'users-active-users',
    notes: ['office-365-powershell-retired'],
  },
  'move-custom-domain': {
    id: 'move-custom-domain',
    path: 'manual',
    sources: ['002'],
    adminCenter: 'domains',
    notes: [],
  },
  'cancel-old-subscription': {
    id: 'cancel-old-subscription',
    path: 'manual',
    sources: ['000', 'MSD'],
    adminCenter: 'cancel-subscription',
    notes: [],
  },
};
