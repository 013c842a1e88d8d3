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
  'teams-suites',
] as const;

export type QuestionTopicId = (typeof QUESTION_TOPICS)[number];

export interface QuestionTopic {
  id: QuestionTopicId;
  /** Newest first. */
  sources: SourceId[];
  notes: NoteId[];
  adminCenter?: AdminCenterPlaceId;
}

type TopicRow = Omit<QuestionTopic, 'id' | 'notes'> & { notes?: NoteId[] };

const TOPIC_ROWS: Record<QuestionTopicId, TopicRow> = {
  'how-long': { sources: ['MSD-2024', '002'], notes: ['ten-minutes-2020'] },
  'users-impact': { sources: ['MSD-2024', 'MSD-MOVE-USERS'] },
  'admin-impact': { sources: ['MSD-2024'], notes: ['admin-center-locked-2020'] },
  'credit-check': { sources: ['MSD-2024', '000'], notes: ['credit-check-two-weeks-2013'] },
  billing: { sources: ['MSD-2024'] },
  licenses: { sources: ['MSD-2024', '000'] },
  'going-back': { sources: ['MSD-2024', 'MSD-CANCEL'], notes: ['no-switch-back-across-families-2013'] },
  'custom-domain': { sources: ['MSD-2024', 'MSD-CANCEL'], notes: ['custom-domain-small-business-2013'], adminCenter: 'domains' },
  'add-ons': { sources: ['MSD-2024', '000'] },
  'mca-or-mosa': { sources: ['MSD-BILLING-ACCOUNTS', 'MSD-2024'], adminCenter: 'billing-accounts' },
  'what-it-does': { sources: ['MSD-2024', '000'] },
  'where-is-upgrade-tab': { sources: ['MSD-2024', '000'], notes: ['upgrade-tab-2020'], adminCenter: 'view-upgrades' },
  'who-can-change': { sources: ['MSD-2024', 'MSD-BILLING-ACCOUNTS'], notes: ['admin-role-2013'], adminCenter: 'role-assignments' },
  'teams-suites': { sources: ['MSD-NO-TEAMS-2024', 'TEAMS-INCL'] },
};

export const QUESTIONS: Record<QuestionTopicId, QuestionTopic> = Object.fromEntries(
  QUESTION_TOPICS.map((id) => [id, { id, ...TOPIC_ROWS[id], notes: TOPIC_ROWS[id].notes ?? [] }]),
) as Record<QuestionTopicId, QuestionTopic>;
