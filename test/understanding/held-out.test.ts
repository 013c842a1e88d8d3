import { describe, expect, it } from 'vitest';
import { extractFacts, FACT_KEYS, QUESTION_TOPICS, readQuestion, TenantFactsSchema } from '../../domain/index.js';
import { HELD_OUT_CATEGORIES, HELD_OUT_LANGUAGES, HELD_OUT_SENTENCES } from './held-out-sentences.js';
import { ALL_SENTENCES, formatHeldOutScore, scoreHeldOut } from './score.js';
import type { Sentence } from './sentences.js';

/**
 * The held-out table is checked for being well formed, and its score is computed and printed but
 * not asserted: the readers are improved against the tuned table, and this one measures how far
 * that generalises.
 */

const everySentence: Sentence[] = HELD_OUT_CATEGORIES.flatMap((category) => HELD_OUT_LANGUAGES.flatMap((language) => HELD_OUT_SENTENCES[category][language]));
const normalized = (text: string) => text.trim().toLowerCase();

describe('understanding admins: the held-out sentence table', () => {
  it('has at least 300 sentences', () => {
    expect(everySentence.length).toBeGreaterThanOrEqual(300);
  });

  it.each(HELD_OUT_CATEGORIES)('has at least 20 sentences in %s, in both languages, neither under 40%%', (category) => {
    const counts = HELD_OUT_LANGUAGES.map((language) => HELD_OUT_SENTENCES[category][language].length);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(20);
    for (const count of counts) expect(count / total).toBeGreaterThanOrEqual(0.4);
  });

  it('gives only facts the tenant facts schema accepts, with valid values', () => {
    const facts = TenantFactsSchema.partial().strict();
    const invalid = everySentence.filter((sentence) => !facts.safeParse(sentence.facts).success).map((sentence) => sentence.text);
    expect(invalid).toEqual([]);
  });

  it('asks only real question topics, or none', () => {
    const topics = new Set<string>([...QUESTION_TOPICS, 'no-question']);
    const unknown = everySentence.flatMap((sentence) => (sentence.question === undefined || topics.has(sentence.question) ? [] : [sentence.question]));
    expect(unknown).toEqual([]);
  });

  it('covers every fact and every question topic', () => {
    const factsGiven = new Set(everySentence.flatMap((sentence) => Object.keys(sentence.facts)));
    const topicsAsked = new Set(everySentence.map((sentence) => sentence.question));
    expect(FACT_KEYS.filter((key) => !factsGiven.has(key))).toEqual([]);
    expect(QUESTION_TOPICS.filter((topic) => !topicsAsked.has(topic))).toEqual([]);
    expect(topicsAsked.has('no-question')).toBe(true);
  });

  it('repeats no sentence, of its own or of the tuned table', () => {
    const tuned = new Set(Object.values(ALL_SENTENCES).flatMap((sentences) => sentences.map((sentence) => normalized(sentence.text))));
    const texts = everySentence.map((sentence) => normalized(sentence.text));
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
    expect(texts.filter((text) => tuned.has(text))).toEqual([]);
  });

  it('is scored item by item in both languages (reported, not asserted)', () => {
    const score = scoreHeldOut({ facts: extractFacts, question: readQuestion });
    console.log(`Held out, by category and language:\n${formatHeldOutScore(score)}\n`);
    for (const language of HELD_OUT_LANGUAGES) {
      const written = HELD_OUT_CATEGORIES.reduce((sum, category) => sum + HELD_OUT_SENTENCES[category][language].length, 0);
      expect(score[language].sentences).toBe(written);
      expect(score[language].right).toBeLessThanOrEqual(score[language].items);
    }
  });
});
