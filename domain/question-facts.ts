import { extractFacts } from './extract-facts.js';
import { readComparison } from './read-comparison.js';
import { readQuestion } from './read-question.js';
import type { TenantFacts } from './tenant-facts.js';

/**
 * Sentences end at a full stop, a question or exclamation mark, a semicolon, or a new line. Not at a
 * colon: "E3 → E5 mid-term: how is it billed?" names the subject of its question before it.
 */
const SENTENCE_END = /(?<=[.!?;])\s+|\n+/;

function asks(sentence: string): boolean {
  return sentence.trim().endsWith('?') || readQuestion(sentence) !== undefined || readComparison(sentence) !== undefined;
}

export interface QuestionFacts {
  /** What the sentences that don't ask state: "We're on E3 with 300 users." before "How long does it take?". */
  stated: Partial<TenantFacts>;
  /**
   * Whether a sentence that asks names facts too ("E3 → E5 mid-term: how is it billed?", "we hit 300
   * users, what now?"): what a question is about is not a fact about the tenant, so those are left out.
   */
  leftOut: boolean;
}

/**
 * The facts a message that asks a question states about the tenant: only those of its sentences
 * that don't ask. A plan or a count named in a question is what the question is about ("what do we
 * lose going from E3 to E1?", "E3 → E5 mid-term"), and taking it as a fact replaced the tenant's
 * plans in the middle of a walkthrough.
 */
export function factsBesideQuestion(text: string): QuestionFacts {
  const sentences = text.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '');
  const stating = sentences.filter((sentence) => !asks(sentence));
  const stated = stating.length === 0 ? {} : extractFacts(stating.join(' '));
  const all = extractFacts(text);
  const leftOut = Object.keys(all).some((fact) => !(fact in stated));
  return { stated, leftOut };
}
