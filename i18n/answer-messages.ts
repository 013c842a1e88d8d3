import type { QuestionTopicId } from '../domain/index.js';
import type { CurrentActivity } from './current-activity.js';

/** Answers to the questions admins ask on the way, and how the bot returns to where it was. */
export interface AnswerMessages {
  /** Above an answer: "About how long it takes". */
  title: (question: string) => string;
  /** After an answer, in the middle of something: one line instead of the whole card again. */
  backTo: (where: string) => string;
  /** The card still waiting above an answer ("the question card above"), for `backTo`. */
  pendingCard: (activity: CurrentActivity) => string;
  /** Something typed that the bot cannot read: what it can do instead. */
  notUnderstood: string;
  /** Above the page of the admin center that shows more. */
  whereToLook: string;
  /** Above what older documents said, kept as history. */
  historyTitle: string;
  /** Each topic in a few words, for titles. */
  topics: Record<QuestionTopicId, string>;
  answers: Record<QuestionTopicId, string>;
  /** "What do we lose going from E3 to E1?": the services a change gains and loses, from the licensing reference. */
  comparison: ComparisonMessages;
}

export interface ComparisonMessages {
  heading: (from: string, to: string) => string;
  gained: string;
  lost: string;
  nothingGained: string;
  nothingLost: string;
  /** Something is lost: what that makes of the change. */
  fewerServices: string;
  /** Nothing is lost. */
  sameOrMore: string;
  /** Said with every comparison: a comparison is not a fact about the tenant, and changes nothing. */
  notAFact: string;
  samePlan: (plan: string) => string;
  /** Plans it knows without a list of services, or plan codes it does not know ("E9"). */
  unknownPlan: (unknown: string) => string;
  onePlan: string;
  /** The plans it can compare, after `unknownPlan` or `onePlan`. */
  canCompare: (plans: string) => string;
}
