import { describe, expect, it } from 'vitest';
import { extractFacts, readQuestion } from '../../domain/index.js';
import { CATEGORIES } from './sentences.js';
import { ALL_SENTENCES, formatMisses, formatScore, scoreUnderstanding } from './score.js';

/** The bar the reader must meet over the whole table; `npm run understanding` prints the same table. */
const REQUIRED_SCORE = 0.95;

describe('understanding admins: the sentence table', () => {
  it('has at least 300 sentences, in every category', () => {
    const counts = CATEGORIES.map((category) => ALL_SENTENCES[category].length);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(300);
    for (const count of counts) expect(count).toBeGreaterThan(0);
  });

  it(`reads at least ${REQUIRED_SCORE * 100}% of the facts exactly right`, () => {
    const score = scoreUnderstanding({ facts: extractFacts, question: readQuestion });
    console.log(`${formatScore(score)}\n`);
    expect(score.right / score.items, formatMisses(score)).toBeGreaterThanOrEqual(REQUIRED_SCORE);
  });
});
