import type { FactKey, TenantFacts } from '../../domain/index.js';
import { CATEGORIES, LATER_SENTENCES, SENTENCES, type Category, type Sentence } from './sentences.js';

/**
 * Scores a sentence reader against the table: each fact expected or read is one item, right only
 * when the value read is exactly the value expected (a fact read that was not expected is wrong);
 * a sentence with nothing to read and nothing read is one item, right.
 */

export type Reader = (text: string) => Partial<TenantFacts>;

export interface Miss {
  text: string;
  expected: Partial<TenantFacts>;
  read: Partial<TenantFacts>;
}

export interface CategoryScore {
  category: Category;
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

function scoreSentence(sentence: Sentence, read: Partial<TenantFacts>): { items: number; right: number } {
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

export function scoreUnderstanding(reader: Reader, table: Readonly<Record<Category, readonly Sentence[]>> = ALL_SENTENCES): UnderstandingScore {
  const categories = CATEGORIES.map((category): CategoryScore => {
    const score: CategoryScore = { category, sentences: 0, items: 0, right: 0, misses: [] };
    for (const sentence of table[category]) {
      const read = reader(sentence.text);
      const { items, right } = scoreSentence(sentence, read);
      score.sentences++;
      score.items += items;
      score.right += right;
      if (right < items) score.misses.push({ text: sentence.text, expected: sentence.facts, read });
    }
    return score;
  });
  const sum = (pick: (score: CategoryScore) => number) => categories.reduce((total, score) => total + pick(score), 0);
  return { categories, sentences: sum((s) => s.sentences), items: sum((s) => s.items), right: sum((s) => s.right) };
}

function percent(right: number, items: number): string {
  return `${((100 * right) / items).toFixed(1)}%`;
}

/** The score by category as a plain-text table. */
export function formatScore(score: UnderstandingScore): string {
  const rows = [
    ['category', 'sentences', 'facts', 'right', 'score'],
    ...score.categories.map((c) => [c.category, String(c.sentences), String(c.items), String(c.right), percent(c.right, c.items)]),
    ['total', String(score.sentences), String(score.items), String(score.right), percent(score.right, score.items)],
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(rows[0] ?? []), ...rows.slice(1, -1).map(line), line(rows.at(-1) ?? [])].join('\n');
}

/** Each sentence read wrong, with what was expected and what was read. */
export function formatMisses(score: UnderstandingScore): string {
  return score.categories
    .flatMap((c) => c.misses.map((miss) => `[${c.category}] ${miss.text}\n  expected ${JSON.stringify(miss.expected)}\n  read     ${JSON.stringify(miss.read)}`))
    .join('\n');
}
