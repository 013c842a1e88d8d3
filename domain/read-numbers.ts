import { recognizeNumber } from '@microsoft/recognizers-text-number';
import { CompoundNumberReader } from './compound-number-words.js';
import { normalizeText } from './text-normalize.js';
import { anyOf, VOCABULARIES, type NumberWords } from './vocabulary/index.js';

/**
 * Text as the count readers see it: normalized (see `normalizeText`), every number a plain integer
 * in digits, whether typed as digits ("1,200", "1.2k") or in words ("about three hundred and fifty",
 * "duemila e cinquecento"), and every number that is not an exact count ("-5", "2^31", "5.5", "50%",
 * "300-400", "over 300", "between 200 and 250") replaced by `UNREADABLE_NUMBER`, so that no reader
 * takes part of it for a count and the bot asks again.
 */

/** A word no count pattern reads as a number. */
export const UNREADABLE_NUMBER = 'unreadablenumber';

/**
 * Number words that are also ordinary words ("one of our admins", "un dominio", "past due") are read
 * as numbers only before what is counted, unless the whole message answers a count question.
 */
export type AmbiguousNumberWords = 'before-counted-nouns' | 'anywhere';

const COUNTED_NOUNS = anyOf((v) => [...v.counts.users, ...v.counts.licenses, ...v.subscriptions.nouns]);
const BEFORE_COUNTED_NOUN = new RegExp(`^\\s*(?:${anyOf((v) => v.counts.modifiers)} )?${COUNTED_NOUNS}(?![\\p{L}\\p{N}])`, 'iu');

const STANDALONE = '(?<![\\p{L}\\p{N}.,])';
const NOT_FOLLOWED = '(?![\\p{L}\\p{N}])';

/** Digits typed in forms that are not counts, or counts in a shorthand; language-neutral. */
const DIGIT_FORMS: readonly [RegExp, (match: string, ...groups: string[]) => string][] = [
  // "1.2k" is 1,200.
  [new RegExp(`${STANDALONE}(\\d+(?:[.,]\\d+)?)\\s?k${NOT_FOLLOWED}`, 'giu'), (_m, value = '') => integerOrUnreadable(Number(value.replace(',', '.')) * 1000)],
  [new RegExp(`${STANDALONE}\\d+(?:[.,]\\d+)?\\s*%`, 'gu'), () => ` ${UNREADABLE_NUMBER} `],
  [new RegExp(`${STANDALONE}\\d+(?:\\s*(?:\\^|\\*\\*)\\s*|e)\\d+${NOT_FOLLOWED}`, 'giu'), () => ` ${UNREADABLE_NUMBER} `],
  [new RegExp(`${STANDALONE}\\d+\\s*\\+(?!\\d)`, 'gu'), () => ` ${UNREADABLE_NUMBER} `],
  [new RegExp(`${STANDALONE}\\d+\\s*[-–]\\s*\\d+${NOT_FOLLOWED}`, 'gu'), () => ` ${UNREADABLE_NUMBER} `],
  // A sign on the number ("-5"), or before a number that is the whole message ("− 3"); a dash
  // with spaces elsewhere is a separator ("Business Standard - 45 users").
  [new RegExp(`(?:(?<![\\p{L}\\p{N}])[-−–]\\d+(?:[.,]\\d+)?|^\\s*[-−–]\\s+\\d+(?:[.,]\\d+)?\\s*$)`, 'gu'), () => ` ${UNREADABLE_NUMBER} `],
  // Thousands separators: "1,200", "1.200", "12'000".
  [new RegExp(`${STANDALONE}\\d{1,3}(?:([.,'’])\\d{3})(?:\\1\\d{3})*(?![\\p{N}]|[.,]\\d)`, 'gu'), (match) => match.replace(/[.,'’]/g, '')],
  [new RegExp(`${STANDALONE}\\d+[.,]\\d+(?!\\p{N})`, 'gu'), () => ` ${UNREADABLE_NUMBER} `],
];

function integerOrUnreadable(value: number): string {
  return Number.isSafeInteger(value) && value >= 0 ? ` ${value} ` : ` ${UNREADABLE_NUMBER} `;
}

type RecognizedWords = Extract<NumberWords, { reader: 'recognizers-text' }>;
type CompoundWords = Extract<NumberWords, { reader: 'compound' }>;

const RECOGNIZED = Object.values(VOCABULARIES).flatMap((v) => (v.numbers.reader === 'recognizers-text' ? [v.numbers] : []));
const COMPOUND = Object.values(VOCABULARIES).flatMap((v) => (v.numbers.reader === 'compound' ? [v.numbers] : []));

interface RecognizerUse {
  words: RecognizedWords;
  cues: RegExp;
  ambiguous: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

const RECOGNIZERS: readonly RecognizerUse[] = RECOGNIZED.map((words) => ({
  words,
  cues: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.cues.join('|')})`, 'iu'),
  ambiguous: new Set(words.ambiguous),
  articles: new Set(words.articles),
}));

/** Whether a number said in words stands as a number here (see `AmbiguousNumberWords`). */
function readsAsNumber(spoken: string, after: string, use: { ambiguous: ReadonlySet<string>; articles: ReadonlySet<string> }, ambiguous: AmbiguousNumberWords): boolean {
  if (ambiguous === 'anywhere') return true;
  if (use.articles.has(spoken)) return false;
  return !use.ambiguous.has(spoken) || BEFORE_COUNTED_NOUN.test(after);
}

/** Numbers in words, through the library, only where a number word is there (it is not free). */
function recognizedAsDigits(text: string, use: RecognizerUse, ambiguous: AmbiguousNumberWords): string {
  if (!use.cues.test(text)) return text;
  let result = text;
  const found = recognizeNumber(text, use.words.culture).filter((number) => /\p{L}/u.test(number.text));
  for (const number of found.sort((a, b) => b.start - a.start)) {
    const end = number.end + 1;
    const spoken = number.text.trim().toLowerCase();
    if (!readsAsNumber(spoken, text.slice(end), use, ambiguous)) continue;
    const value = Number(number.resolution['value']);
    result = `${result.slice(0, number.start)}${integerOrUnreadable(value)}${result.slice(end)}`;
  }
  return result;
}

interface CompoundUse {
  reader: CompoundNumberReader;
  ambiguous: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** "2 mila", "3 milioni": digits before a scale word. */
  scaled: RegExp;
  scales: ReadonlyMap<string, number>;
}

const COMPOUND_READERS: readonly CompoundUse[] = COMPOUND.map((words: CompoundWords) => {
  const scales = new Map<string, number>([
    ...words.thousand.map((word): [string, number] => [word, 1000]),
    ...words.million.map((word): [string, number] => [word, 1_000_000]),
  ]);
  return {
    reader: new CompoundNumberReader(words),
    ambiguous: new Set(words.ambiguous),
    articles: new Set(words.articles),
    scaled: new RegExp(`(?<= )(\\d{1,4}) (${[...scales.keys()].join('|')})(?= )`, 'g'),
    scales,
  };
});

function compoundAsDigits(normalized: string, use: CompoundUse, ambiguous: AmbiguousNumberWords): string {
  const scaled = normalized.replace(use.scaled, (_match, digits: string, scale: string) => String(Number(digits) * (use.scales.get(scale) ?? 1)));
  const words = scaled.trim().split(' ');
  const numbers = use.reader.read(words);
  if (numbers.length === 0) return scaled;
  const out: string[] = [];
  let index = 0;
  for (const number of numbers) {
    out.push(...words.slice(index, number.from));
    const spoken = words.slice(number.from, number.to);
    const after = ` ${words.slice(number.to).join(' ')}`;
    if (readsAsNumber(spoken.join(' '), after, use, ambiguous)) out.push(integerOrUnreadable(number.value).trim());
    else out.push(...spoken);
    index = number.to;
  }
  out.push(...words.slice(index));
  return ` ${out.join(' ')} `;
}

const RANGES = Object.values(VOCABULARIES)
  .flatMap((v) => v.counts.ranges)
  .sort((a, b) => b.before.length - a.before.length);

/** Words around numbers that make them bounds, ranges or shares rather than counts. */
const INEXACT: readonly RegExp[] = [
  ...RANGES.map(({ before, between }) => new RegExp(`(?<= )${before === '' ? '' : `(?:${before}) `}\\d+ (?:${between}) \\d+(?= )`, 'g')),
  new RegExp(`(?<= )${anyOf((v) => v.counts.bounds)} \\d+(?= )`, 'g'),
  new RegExp(`(?<= )\\d+ ${anyOf((v) => v.counts.notCounts)}(?= )`, 'g'),
  // "added 5 licenses", "5 more seats", "aggiunto 10 licenze": a change, not how many there are.
  new RegExp(`(?<= )${anyOf((v) => v.counts.changes)} \\d+(?= )`, 'g'),
  new RegExp(`(?<= )\\d+ ${anyOf((v) => v.counts.changesAfter)}(?= )`, 'g'),
];

function inexactUnreadable(normalized: string): string {
  let text = normalized;
  for (const pattern of INEXACT) text = text.replace(pattern, (match) => match.replace(/\d+/g, UNREADABLE_NUMBER));
  return text;
}

/** See the module comment: normalized text with every count in digits, and every non-count unreadable. */
export function normalizeCounts(text: string, ambiguous: AmbiguousNumberWords = 'before-counted-nouns'): string {
  let raw = text;
  for (const use of RECOGNIZERS) raw = recognizedAsDigits(raw, use, ambiguous);
  for (const [pattern, replace] of DIGIT_FORMS) raw = raw.replace(pattern, replace);
  let normalized = normalizeText(raw);
  for (const use of COMPOUND_READERS) normalized = compoundAsDigits(normalized, use, ambiguous);
  return inexactUnreadable(normalized);
}
