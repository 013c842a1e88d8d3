import { extractFacts } from './extract-facts.js';
import type { TenantFacts } from './tenant-facts.js';
import { CLAUSE_BREAK, QUESTION_MARK, normalizeText } from './text-normalize.js';
import { anyOf } from './vocabulary/index.js';

const WHAT_IF_LEAD = ` ${anyOf((vocabulary) => vocabulary.whatIf)} `;
const SUPPOSES = new RegExp(WHAT_IF_LEAD);
const WHAT_IF = new RegExp(WHAT_IF_LEAD, 'g');

/**
 * "What if we had 250 users?": the facts only supposed, to show their effect without keeping them;
 * undefined when the message supposes nothing or names no fact. Read as statements: the question
 * mark and the lead go (a question states no fact, and "if" makes a doubt), the clause breaks stay.
 */
export function whatIfFacts(text: string): Partial<TenantFacts> | undefined {
  const normalized = normalizeText(text);
  if (!SUPPOSES.test(normalized)) return undefined;
  const supposed = normalized
    .replace(WHAT_IF, ' ')
    .split(' ')
    .filter((word) => word !== QUESTION_MARK)
    .map((word) => (word === CLAUSE_BREAK ? ',' : word))
    .join(' ');
  const facts = extractFacts(supposed);
  return Object.keys(facts).length > 0 ? facts : undefined;
}
