import type { FactKey, QuestionTopicId, TenantFacts } from '../../domain/index.js';
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

export function scoreUnderstanding(readers: Readers, table: Readonly<Record<Category, readonly Sentence[]>> = ALL_SENTENCES): UnderstandingScore {
  const categories = CATEGORIES.map((category): CategoryScore => {
    const score: CategoryScore = { category, sentences: 0, items: 0, right: 0, misses: [] };
    for (const sentence of table[category]) {
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

/** The score by category as a plain-text table. */
export function formatScore(score: UnderstandingScore): string {
  const rows = [
    ['category', 'sentences', 'items', 'right', 'score'],
    ...score.categories.map((c) => [c.category, String(c.sentences), String(c.items), String(c.right), percent(c.right, c.items)]),
    ['total', String(score.sentences), String(score.items), String(score.right), percent(score.right, score.items)],
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(rows[0] ?? []), ...rows.slice(1, -1).map(line), line(rows.at(-1) ?? [])].join('\n');
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
