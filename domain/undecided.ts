import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { SourceId } from './sources.js';

/**
 * Questions no source decides for this tenant. The bot says so and points to the admin-center page
 * that shows the answer, rather than invent a path.
 */
export const UNDECIDED_IDS = [
  /** MSD-2024's "Why can't I change plans?" list covers MOSA accounts only. */
  'mca-blockers-undocumented',
  /** No current source speaks for education plans; seed 002's table is the newest that does. */
  'education-plans-undocumented',
  /** A retired plan's targets come from the 2013 table; today's page shows what it really offers. */
  'retired-plan-targets-2013',
  /** The 2013 guide and the 2020 page blocked prepaid plans; MSD-2024's lists (2024, 2025) no longer name them. */
  'prepaid-plan-undocumented',
  /** A plan a source names (Microsoft 365 E7, Teams Enterprise, the Microsoft 365 A-plans) but none says what it changes to or from. */
  'plan-targets-undocumented',
] as const;

export type UndecidedId = (typeof UNDECIDED_IDS)[number];

export interface UndecidedInfo {
  id: UndecidedId;
  /** The page that shows the answer. */
  adminCenter: AdminCenterPlaceId;
  /** What the sources do say, and why it does not decide. */
  sources: SourceId[];
}

export const UNDECIDED: Record<UndecidedId, UndecidedInfo> = {
  'mca-blockers-undocumented': { id: 'mca-blockers-undocumented', adminCenter: 'change-subscription-option', sources: ['MSD-2024'] },
  'education-plans-undocumented': { id: 'education-plans-undocumented', adminCenter: 'view-upgrades', sources: ['002', 'MSD-2024'] },
  'retired-plan-targets-2013': { id: 'retired-plan-targets-2013', adminCenter: 'view-upgrades', sources: ['002'] },
  'prepaid-plan-undocumented': { id: 'prepaid-plan-undocumented', adminCenter: 'view-upgrades', sources: ['MSD-2024', '002'] },
  'plan-targets-undocumented': { id: 'plan-targets-undocumented', adminCenter: 'view-upgrades', sources: ['MSD-2024', 'AGENT-ID-2026', 'MSD-NO-TEAMS-2024'] },
};
