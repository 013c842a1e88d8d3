import type { PlanId } from './plans.js';

/**
 * Automatic (Upgrade tab) targets: seed 002's table of plans eligible for the wizard, row by row,
 * plus seed 000 / MSD for E4. A plan missing here has no automatic path.
 */
const AUTOMATIC_TARGETS: Partial<Record<PlanId, readonly PlanId[]>> = {
  'o365-small-business': [
    'o365-small-business-premium',
    'o365-midsize-business',
    'o365-enterprise-e1',
    'o365-enterprise-e3',
    'o365-enterprise-e4',
  ],
  'o365-small-business-premium': ['o365-midsize-business', 'o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-midsize-business': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-enterprise-k1': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-enterprise-k2': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-enterprise-e1': ['o365-enterprise-e3', 'o365-enterprise-e4'],
  'o365-enterprise-e3': ['o365-enterprise-e4'],
  'o365-enterprise-e4': ['o365-e5', 'm365-e5', 'm365-e5-no-audio', 'o365-enterprise-e3', 'm365-e3'],
  'lync-online-p1': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'lync-online-p2': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'lync-online-p3': ['o365-enterprise-e4'],
  'sharepoint-online-p1': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'sharepoint-online-p2': ['o365-enterprise-e3', 'o365-enterprise-e4'],
  'exchange-online-p1': ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  'exchange-online-p2': ['o365-enterprise-e3', 'o365-enterprise-e4'],
  'exchange-online-kiosk': [
    'o365-enterprise-e1',
    'o365-enterprise-e3',
    'o365-enterprise-e4',
    'o365-enterprise-k1',
    'exchange-online-p1',
    'exchange-online-p2',
  ],
  'o365-education-a1': ['o365-education-a2', 'o365-education-a3'],
  'o365-education-a2': ['o365-education-a3'],
  'office-online-sharepoint': ['o365-education-a1', 'o365-education-a2', 'o365-education-a3', 'o365-education-a4'],
};

/** A fresh array each call, so callers may sort or filter it freely. */
export function upgradeTargets(planId: PlanId): PlanId[] {
  return [...(AUTOMATIC_TARGETS[planId] ?? [])];
}

/** E4 to either E3 is automatic but drops E4 features (seed 000, MSD important-information-e4). */
export const E3_TARGETS_FROM_E4: readonly PlanId[] = ['o365-enterprise-e3', 'm365-e3'];
