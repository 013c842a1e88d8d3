import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { NoteId } from './notes.js';
import type { SourceId } from './sources.js';

/**
 * The questions admins ask on the way ("how long does it take?", "will users notice?"), answered
 * from the same sourced knowledge as the diagnosis: each topic with the sources its answer rests
 * on, the older facts kept as notes, and the page that shows more.
 */
export const QUESTION_TOPICS = [
  'how-long',
  'users-impact',
  'admin-impact',
  'credit-check',
  'billing',
  'licenses',
  'going-back',
  'custom-domain',
  'add-ons',
  'mca-or-mosa',
  'what-it-does',
  'where-is-upgrade-tab',
  'who-can-change',
  // The commercial half (issue 24): terms, cancel windows, timing and partial changes.
  'mid-term-downgrade',
  'cancel-window',
  'upgrade-timing',
  'partial-upgrade',
  'term-length',
  'mid-term-upgrade',
  'remove-licenses',
  'add-licenses-mid-term',
  'billing-frequency',
  'stop-renewal',
  'data-after-cancel',
  'other-partner',
  // What admins ask around a change in 2024-2026.
  'copilot',
  'trial-to-paid',
  'trial-ends',
  'renewed-new-sku',
  'nonprofit-grant',
  'business-user-cap',
  'end-of-sale',
  'bulk-license-swap',
  'enterprise-to-business',
  'teams-suites',
] as const;

export type QuestionTopicId = (typeof QUESTION_TOPICS)[number];

export interface QuestionTopic {
  id: QuestionTopicId;
  /** Newest first. */
  sources: SourceId[];
  notes: NoteId[];
  adminCenter?: AdminCenterPlaceId;
  /**
   * Asked with words that also request the check ("can I undo the upgrade?", "can I upgrade only
   * some users?"), it is still this question: the answer, not the start of the journey.
   */
  notAJourneyRequest: boolean;
}

type TopicRow = Omit<QuestionTopic, 'id' | 'notes' | 'notAJourneyRequest'> & { notes?: NoteId[]; notAJourneyRequest?: true };

const TOPIC_ROWS: Record<QuestionTopicId, TopicRow> = {
  'how-long': { sources: ['MSD-2024', '002'], notes: ['ten-minutes-2020'] },
  'users-impact': { sources: ['MSD-2024', 'MSD-MOVE-USERS'] },
  'admin-impact': { sources: ['MSD-2024'], notes: ['admin-center-locked-2020'] },
  'credit-check': { sources: ['MSD-2024', '000'], notes: ['credit-check-two-weeks-2013'] },
  billing: { sources: ['MSD-2024'] },
  licenses: { sources: ['MSD-2024', '000'] },
  // Microsoft's pages lead; only partners' published guidance says a new-commerce upgrade can't be undone.
  'going-back': {
    sources: ['MSD-2024', 'MSD-CANCEL', 'PARTNER-CLOUDMORE-UPGRADE', 'PARTNER-INTERWORKS-UPGRADE'],
    notes: ['no-switch-back-across-families-2013'],
    notAJourneyRequest: true,
  },
  'custom-domain': { sources: ['MSD-2024', 'MSD-CANCEL'], notes: ['custom-domain-small-business-2013'], adminCenter: 'domains' },
  'add-ons': { sources: ['MSD-2024', '000'] },
  'mca-or-mosa': { sources: ['MSD-BILLING-ACCOUNTS', 'MSD-2024'], adminCenter: 'billing-accounts' },
  'what-it-does': { sources: ['MSD-2024', '000'] },
  'where-is-upgrade-tab': { sources: ['MSD-2024', '000'], notes: ['upgrade-tab-2020'], adminCenter: 'view-upgrades' },
  'who-can-change': { sources: ['MSD-2024', 'MSD-BILLING-ACCOUNTS'], notes: ['admin-role-2013'], adminCenter: 'role-assignments' },
  'mid-term-downgrade': { sources: ['MSD-LICENSES', 'MSD-2024', 'PARTNER-RHIPE-CANCEL', 'PARTNER-INTERWORKS-UPGRADE'], notAJourneyRequest: true },
  'cancel-window': { sources: ['MSD-CANCEL', 'MSD-LICENSES', 'PARTNER-RHIPE-CANCEL'], notAJourneyRequest: true },
  'upgrade-timing': { sources: ['MSD-2024', 'MSD-SCHEDULED', 'MSD-RECURRING'], notAJourneyRequest: true },
  'partial-upgrade': { sources: ['MSD-2024', 'MSD-MOVE-USERS', 'PARTNER-CLOUDMORE-UPGRADE'], notAJourneyRequest: true },
  'term-length': { sources: ['MSD-CANCEL', 'MSD-LICENSES', 'MSD-BILLING-FREQUENCY', 'PARTNER-RHIPE-CANCEL'], notAJourneyRequest: true },
  'mid-term-upgrade': { sources: ['MSD-2024', 'PARTNER-CLOUDCOCKPIT-UPGRADE', 'PARTNER-CLOUDMORE-UPGRADE'], notAJourneyRequest: true },
  'remove-licenses': { sources: ['MSD-LICENSES', 'MSD-2024'], notes: ['reduce-licenses-via-support-2013'], notAJourneyRequest: true },
  'add-licenses-mid-term': { sources: ['MSD-LICENSES'], notAJourneyRequest: true },
  'billing-frequency': { sources: ['MSD-BILLING-FREQUENCY', 'MSD-CANCEL'], notAJourneyRequest: true },
  'stop-renewal': { sources: ['MSD-RECURRING', 'MSD-CANCEL'], notAJourneyRequest: true },
  'data-after-cancel': { sources: ['MSD-CANCEL'], notAJourneyRequest: true },
  'other-partner': { sources: ['MSD-CANCEL', 'PARTNER-CLOUDCOCKPIT-UPGRADE'], notAJourneyRequest: true },
  copilot: { sources: ['MSD-COPILOT'], notAJourneyRequest: true },
  'trial-to-paid': { sources: ['MSD-TRY-BUY'], notAJourneyRequest: true },
  'trial-ends': { sources: ['MSD-TRY-BUY', 'MSD-CANCEL'], notAJourneyRequest: true },
  'renewed-new-sku': { sources: ['MSD-RENEWAL-SKU-2021', 'MSD-MOVE-USERS'], notAJourneyRequest: true },
  'nonprofit-grant': { sources: ['MSD-2024', 'COMMUNITY-NONPROFIT-2025'], notAJourneyRequest: true },
  'business-user-cap': { sources: ['BP-FAQ', 'MSD-2024'], notAJourneyRequest: true },
  'end-of-sale': { sources: ['MSD-EOS'], notAJourneyRequest: true },
  'bulk-license-swap': { sources: ['MSD-MOVE-USERS', 'MSD-2024'], notAJourneyRequest: true },
  'enterprise-to-business': { sources: ['MSD-2024', 'BP-FAQ'], notAJourneyRequest: true },
  'teams-suites': { sources: ['MSD-NO-TEAMS-2024', 'TEAMS-INCL'], notAJourneyRequest: true },
};

export const QUESTIONS: Record<QuestionTopicId, QuestionTopic> = Object.fromEntries(
  QUESTION_TOPICS.map((id) => [id, { id, ...TOPIC_ROWS[id], notes: TOPIC_ROWS[id].notes ?? [], notAJourneyRequest: TOPIC_ROWS[id].notAJourneyRequest ?? false }]),
) as Record<QuestionTopicId, QuestionTopic>;
