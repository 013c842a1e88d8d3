import { compilePhrases, findEveryPhrase, findPhrases, type PhraseHit } from './phrase-match.js';
import { QUESTION_TOPICS, type QuestionTopicId } from './questions.js';
import { readAdminCenterMessage } from './read-admin-center-message.js';
import { normalizeForReading } from './reading-text.js';
import { clauseAt, labelledAnswer } from './reading-scope.js';
import { anyOf, tableOfEveryLanguage } from './vocabulary/index.js';

type TopicHit = PhraseHit<QuestionTopicId>;
type Clause = ReturnType<typeof clauseAt>;

const TOPICS = compilePhrases(tableOfEveryLanguage((v) => v.questions.topics));
/** Every topic, for the vocabularies that list worries for a few topics only. */
const NO_WORRIES = Object.fromEntries(QUESTION_TOPICS.map((topic): [QuestionTopicId, readonly string[]] => [topic, []])) as Record<
  QuestionTopicId,
  readonly string[]
>;
const WORRIES = compilePhrases(tableOfEveryLanguage((v) => ({ ...NO_WORRIES, ...v.questions.worries })));
const QUESTION_WORDS = new RegExp(`(?<= )${anyOf((v) => v.questions.questionWords)}(?= )`);
const OPENS_A_QUESTION = new RegExp(`^ (?:${anyOf((v) => v.questions.leadIns)} )*${anyOf((v) => v.questions.openers)} `);
const REFERS_BACK = new RegExp(`(?<= )${anyOf((v) => v.questions.referBack)}(?= )`);

/**
 * A message asking about two topics gets the answer about the one it names as its subject, not the
 * frame around it: "how long does the credit check take?" is about the credit check (whose answer
 * says how long), "what happens to my add-ons?" about add-ons. So the topics that name a thing come
 * first (a product, a trial, a grant, the credit check), then the commercial ones that name a moment
 * or a kind of change (mid-term, at renewal, some users, the cancel window: "can we downgrade
 * mid-term?" asks about the term, not about going back), then going back, billing and licenses,
 * then what admins and users notice, then the length, then the change as a whole. A fixed order
 * rather than the first phrase in the text: the subject often comes last.
 */
const PRECEDENCE: Readonly<Record<QuestionTopicId, number>> = {
  copilot: 1,
  'trial-to-paid': 2,
  'trial-ends': 3,
  'renewed-new-sku': 4,
  'nonprofit-grant': 5,
  'teams-suites': 6,
  'business-user-cap': 7,
  'end-of-sale': 8,
  'other-partner': 9,
  'enterprise-to-business': 10,
  'bulk-license-swap': 11,
  'credit-check': 12,
  'custom-domain': 13,
  'add-ons': 14,
  'who-can-change': 15,
  'mca-or-mosa': 16,
  'where-is-upgrade-tab': 17,
  'mid-term-upgrade': 18,
  'mid-term-downgrade': 19,
  'upgrade-timing': 20,
  'partial-upgrade': 21,
  'remove-licenses': 22,
  'add-licenses-mid-term': 23,
  'cancel-window': 24,
  'stop-renewal': 25,
  'data-after-cancel': 26,
  'billing-frequency': 27,
  'term-length': 28,
  'going-back': 29,
  billing: 30,
  licenses: 31,
  'admin-impact': 32,
  'users-impact': 33,
  'how-long': 34,
  'what-it-does': 35,
};

/** Every topic's phrases found on their own, so a longer phrase of one topic never hides another topic's subject. */
function topicHits(normalized: string): TopicHit[] {
  return findEveryPhrase(normalized, TOPICS);
}

/** A clause asks: a question mark ends it, a question word comes before `upTo`, or a verb opens it. */
function asks(normalized: string, clause: Clause, upTo = clause.end + 1): boolean {
  if (clause.asked) return true;
  if (QUESTION_WORDS.test(normalized.slice(clause.start, upTo))) return true;
  return OPENS_A_QUESTION.test(normalized.slice(clause.start, clause.end + 1));
}

/** Asked in its own clause; "custom domain? yes" is a ticket's label with its answer, not a question. */
function isAskedAbout(normalized: string, hit: TopicHit): boolean {
  return labelledAnswer(normalized, hit) === undefined && asks(normalized, clauseAt(normalized, hit.start), hit.end + 1);
}

/** "we have a custom domain, do we lose it?": the next clause asks, names no topic itself and points back. */
function isAskedAboutAfter(normalized: string, hit: TopicHit, hits: readonly TopicHit[]): boolean {
  const { end } = clauseAt(normalized, hit.start);
  if (end >= normalized.length - 1) return false;
  const next = clauseAt(normalized, end + 2);
  const nextText = normalized.slice(next.start, next.end + 1);
  const namesItsOwn = hits.some((other) => other.start >= next.start && other.start < next.end);
  return !namesItsOwn && REFERS_BACK.test(nextText) && asks(normalized, next);
}

/**
 * Which of the questions the bot answers a message asks (domain/questions.ts), in English or
 * Italian, misspellings forgiven as the facts reader forgives them: "how long does the upgrade
 * take?", "posso tornare indietro?". A statement of facts ("E3, 120 users, invoice"), a command, a
 * question too short to say what it asks ("how long?") and a message pasted from the admin center
 * ask none. A message may state facts and ask ("we're on E3 with 300 users, how long does it
 * take?"): the facts are for `extractFacts`. Asking about two topics, the one first in `PRECEDENCE`.
 */
export function readQuestion(text: string): QuestionTopicId | undefined {
  if (readAdminCenterMessage(text, 'whole-message')) return undefined;
  const normalized = normalizeForReading(text);
  const hits = topicHits(normalized);
  const asked = [
    ...hits.filter((hit) => isAskedAbout(normalized, hit) || isAskedAboutAfter(normalized, hit, hits)),
    ...findPhrases(normalized, WORRIES),
  ];
  return asked.map((hit) => hit.value).sort((a, b) => PRECEDENCE[a] - PRECEDENCE[b])[0];
}
