import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { NoteId } from './notes.js';
import type { SourceId } from './sources.js';

/** Why the Upgrade tab may not be usable. The kind decides the path (see `pathFor`). */

export const REASON_KINDS = ['wait', 'fix', 'manual', 'contact'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export const REASON_IDS = [
  'purchased-through-partner',
  'purchased-through-volume-licensing',
  'no-automatic-path',
  'target-not-eligible',
  'wizard-user-limit',
  'prepaid-plan',
  'custom-domain-small-business',
  'legacy-small-business-user-cap',
  'government-or-nonprofit',
  'role-not-permitted',
  'trial-subscription',
  'license-conflict',
  'multiple-subscriptions-same-product',
  'unpaid-balance',
  'credit-check-pending',
  'plan-change-in-progress',
  'service-health-issue',
  'provisioning-incomplete',
] as const;

export type ReasonId = (typeof REASON_IDS)[number];

export interface ReasonInfo {
  id: ReasonId;
  kind: ReasonKind;
  /** The first source is the primary one, the one the bot cites first. */
  sources: SourceId[];
  /** Where in the admin center the admin sees or fixes it. */
  adminCenter?: AdminCenterPlaceId;
  notes: NoteId[];
}

export const REASONS: Record<ReasonId, ReasonInfo> = {
  'purchased-through-partner': { id: 'purchased-through-partner', kind: 'contact', sources: ['000'], notes: [] },
  'purchased-through-volume-licensing': {
    id: 'purchased-through-volume-licensing',
    kind: 'contact',
    sources: ['000'],
    notes: [],
  },
  'no-automatic-path': {
    id: 'no-automatic-path',
    kind: 'manual',
    sources: ['002'],
    adminCenter: 'upgrade-tab',
    notes: ['switch-plans-wizard-2013', 'manual-switch-via-support-2013'],
  },
  'target-not-eligible': {
    id: 'target-not-eligible',
    kind: 'manual',
    sources: ['002'],
    adminCenter: 'upgrade-tab',
    notes: ['switch-plans-wizard-2013'],
  },
  'wizard-user-limit': {
    id: 'wizard-user-limit',
    kind: 'manual',
    sources: ['002'],
    notes: ['switch-plans-wizard-2013'],
  },
  'prepaid-plan': { id: 'prepaid-plan', kind: 'manual', sources: ['002'], notes: [] },
  'custom-domain-small-business': {
    id: 'custom-domain-small-business',
    kind: 'manual',
    sources: ['002'],
    adminCenter: 'domains',
    notes: [],
  },
  'legacy-small-business-user-cap': {
    id: 'legacy-small-business-user-cap',
    kind: 'manual',
    sources: ['002'],
    notes: [],
  },
  'government-or-nonprofit': { id: 'government-or-nonprofit', kind: 'manual', sources: ['MSD'], notes: [] },
  'role-not-permitted': {
    id: 'role-not-permitted',
    kind: 'fix',
    sources: ['002', 'MSD'],
    adminCenter: 'role-assignments',
    notes: ['admin-role-2013'],
  },
  'trial-subscription': {
    id: 'trial-subscription',
    kind: 'fix',
    sources: ['002'],
    adminCenter: 'billing-your-products',
    notes: [],
  },
  'license-conflict': {
    id: 'license-conflict',
    kind: 'fix',
    sources: ['002', 'MSD'],
    adminCenter: 'licenses',
    notes: [],
  },
  'multiple-subscriptions-same-product': {
    id: 'multiple-subscriptions-same-product',
    kind: 'fix',
    sources: ['MSD'],
    adminCenter: 'billing-your-products',
    notes: [],
  },
  'unpaid-balance': {
    id: 'unpaid-balance',
    kind: 'fix',
    sources: ['MSD'],
    adminCenter: 'bills-payments',
    notes: [],
  },
  'credit-check-pending': {
    id: 'credit-check-pending',
    kind: 'wait',
    sources: ['000', '002'],
    adminCenter: 'billing-your-products',
    notes: ['credit-check-two-weeks-2013'],
  },
  'plan-change-in-progress': {
    id: 'plan-change-in-progress',
    kind: 'wait',
    sources: ['002', 'MSD'],
    adminCenter: 'billing-your-products',
    notes: ['switch-plans-status-page-2013'],
  },
  'service-health-issue': {
    id: 'service-health-issue',
    kind: 'wait',
    sources: ['002', '000'],
    adminCenter: 'service-health',
    notes: ['service-health-location-2013'],
  },
  'provisioning-incomplete': {
    id: 'provisioning-incomplete',
    kind: 'wait',
    sources: ['002', 'MSD'],
    adminCenter: 'service-health',
    notes: ['service-health-location-2013'],
  },
};
