import type { FactKey, QuestionTopicId, TenantFacts } from '../../domain/index.js';
import { HELD_OUT_CATEGORIES, HELD_OUT_LANGUAGES, HELD_OUT_SENTENCES, type HeldOutLanguage } from './held-out-sentences.js';
import { CATEGORIES, LATER_SENTENCES, SENTENCES, type AskedTopic, type Category, type Sentence } from './sentences.js';

/**
 * Scores the sentence readers against the table: each fact expected or read is one item, right only
 * when the value read is exactly the value expected (a fact read that was not expected is wrong);
 * a sentence with nothing to read and nothing read is one item, right. Where a sentence says what it
 * asks, the topic is one more item, right only when the question reader finds exactly that topic
 * (or none, for 'no-question').
 */

export interface Readers {
  facts: (text: string) => Partial<TenantFacts>;
  question: (text: string) => QuestionTopicId | undefined;
}

export interface Miss {
  text: string;
  expected: Partial<TenantFacts>;
  read: Partial<TenantFacts>;
  expectedQuestion?: AskedTopic;
  readQuestion?: AskedTopic;
}

export interface CategoryScore {
  category: string;
  sentences: number;
  items: number;
  right: number;
  misses: Miss[];
}

export interface UnderstandingScore {
  categories: CategoryScore[];
  sentences: number;
  items: number;
  right: number;
}

function scoreFacts(sentence: Sentence, read: Partial<TenantFacts>): { items: number; right: number } {
  const keys = new Set([...Object.keys(sentence.facts), ...Object.keys(read)] as FactKey[]);
  if (keys.size === 0) return { items: 1, right: 1 };
  let right = 0;
  for (const key of keys) if (sentence.facts[key] !== undefined && sentence.facts[key] === read[key]) right++;
  return { items: keys.size, right };
}

/** Both batches of the table, by category. */
export const ALL_SENTENCES: Readonly<Record<Category, readonly Sentence[]>> = (() => {
  const merged = {} as Record<Category, readonly Sentence[]>;
  for (const category of CATEGORIES) merged[category] = [...SENTENCES[category], ...LATER_SENTENCES[category]];
  return merged;
})();

/** Scores any table of sentences by category (the tuned table's categories, or the held-out table's), in the table's order. */
export function scoreUnderstanding(readers: Readers, table: Readonly<Record<string, readonly Sentence[]>> = ALL_SENTENCES): UnderstandingScore {
  const categories = Object.entries(table).map(([category, sentences]): CategoryScore => {
    const score: CategoryScore = { category, sentences: 0, items: 0, right: 0, misses: [] };
    for (const sentence of sentences) {
      const read = readers.facts(sentence.text);
      const facts = scoreFacts(sentence, read);
      const expected = sentence.question;
      const asked: AskedTopic | undefined = expected === undefined ? undefined : (readers.question(sentence.text) ?? 'no-question');
      const items = facts.items + (asked === undefined ? 0 : 1);
      const right = facts.right + (asked !== undefined && asked === expected ? 1 : 0);
      score.sentences++;
      score.items += items;
      score.right += right;
      if (right < items) {
        const question = expected === undefined || asked === undefined ? {} : { expectedQuestion: expected, readQuestion: asked };
        score.misses.push({ text: sentence.text, expected: sentence.facts, read, ...question });
      }
    }
    return score;
  });
  const sum = (pick: (score: CategoryScore) => number) => categories.reduce((total, score) => total + pick(score), 0);
  return { categories, sentences: sum((s) => s.sentences), items: sum((s) => s.items), right: sum((s) => s.right) };
}

function percent(right: number, items: number): string {
  return `${((100 * right) / items).toFixed(1)}%`;
}

/** The held-out table scored once per language, each by category (test/understanding/held-out-sentences.ts). */
export type HeldOutScore = Record<HeldOutLanguage, UnderstandingScore>;

export function scoreHeldOut(readers: Readers): HeldOutScore {
  const inLanguage = (language: HeldOutLanguage) =>
    scoreUnderstanding(readers, Object.fromEntries(HELD_OUT_CATEGORIES.map((category) => [category, HELD_OUT_SENTENCES[category][language]])));
  return { en: inLanguage('en'), it: inLanguage('it') };
}

function alignRows(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '))
    .join('\n');
}

function categoryIn(score: UnderstandingScore, category: string): CategoryScore {
  const found = score.categories.find((c) => c.category === category);
  if (!found) throw new RangeError(`No score for category ${category}`);
  return found;
}

type Tally = Pick<CategoryScore, 'sentences' | 'items' | 'right'>;

function tallyRow(label: string, parts: readonly Tally[]): string[] {
  const total = (pick: (part: Tally) => number) => parts.reduce((sum, part) => sum + pick(part), 0);
  const [sentences, items, right] = [total((p) => p.sentences), total((p) => p.items), total((p) => p.right)];
  return [label, String(sentences), String(items), String(right), ...parts.map((p) => percent(p.right, p.items)), percent(right, items)];
}

/** The held-out score by category: each language's share of items read right, then both together. */
export function formatHeldOutScore(score: HeldOutScore): string {
  const byLanguage = HELD_OUT_LANGUAGES.map((language) => score[language]);
  return alignRows([
    ['category', 'sentences', 'items', 'right', ...HELD_OUT_LANGUAGES, 'score'],
    ...HELD_OUT_CATEGORIES.map((category) =>
      tallyRow(
        category,
        byLanguage.map((language) => categoryIn(language, category)),
      ),
    ),
    tallyRow('total', byLanguage),
  ]);
}

/** The score by category as a plain-text table. */
export function formatScore(score: UnderstandingScore): string {
  const rows = [
    ['category', 'sentences', 'items', 'right', 'score'],
    ...score.categories.map((c) => [c.category, String(c.sentences), String(c.items), String(c.right), percent(c.right, c.items)]),
    ['total', String(score.sentences), String(score.items), String(score.right), percent(score.right, score.items)],
  ];
  return alignRows(rows);
}

function describe(facts: Partial<TenantFacts>, question: AskedTopic | undefined): string {
  return question === undefined ? JSON.stringify(facts) : `${JSON.stringify(facts)} asking ${question}`;
}

/** Each sentence read wrong, with what was expected and what was read. */
export function formatMisses(score: UnderstandingScore): string {
  return score.categories
    .flatMap((c) =>
      c.misses.map(
        (miss) =>
          `[${c.category}] ${miss.text}\n  expected ${describe(miss.expected, miss.expectedQuestion)}\n  read     ${describe(miss.read, miss.readQuestion)}`,
      ),
    )
    .join('\n');
}
