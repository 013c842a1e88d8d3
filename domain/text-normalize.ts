/** Marks where a clause ended, so a "not" in one clause doesn't negate the next. */
export const CLAUSE_BREAK = '|';
/** Stands before the `CLAUSE_BREAK` of a clause that asked something: a question states no fact. */
export const QUESTION_MARK = '?';

/**
 * Text as the parsers see it: lower case, no accents, arrows read as "to", thousands separators
 * dropped, clause punctuation a `CLAUSE_BREAK` word (after a `QUESTION_MARK` word where it asked),
 * any other punctuation a single space, padded with spaces so patterns can anchor on ' word '.
 */
export function normalizeText(text: string): string {
  const known = recentlyNormalized.get(text);
  if (known !== undefined) return known;
  const normalized = foldText(text);
  // A turn's text is read by several readers (commands, questions, facts, pasted messages): about
  // eight times on a first message. Keeping the last few spares those repeats; the bound keeps it small.
  if (recentlyNormalized.size >= RECENT_TEXTS) recentlyNormalized.clear();
  recentlyNormalized.set(text, normalized);
  return normalized;
}

const RECENT_TEXTS = 16;
const recentlyNormalized = new Map<string, string>();

function foldText(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/->|=>|→|»/g, ' to ')
    .replace(/(\d)[.,'’ ](?=\d{3}(?!\d))/g, '$1')
    .replace(/[.,;:!?]+/g, (marks) => (marks.includes('?') ? ` ${QUESTION_MARK} ${CLAUSE_BREAK} ` : ` ${CLAUSE_BREAK} `));
  return ` ${folded.replace(/[^a-z0-9|?]+/g, ' ').trim()} `;
}

/** Only the words, single-spaced, for matching a whole message: "Sì!" and "si" read alike. */
export function normalizeWords(text: string): string {
  return normalizeText(text)
    .split(' ')
    .filter((word) => word !== '' && word !== CLAUSE_BREAK && word !== QUESTION_MARK)
    .join(' ');
}

/** Optimal string alignment distance (edits, with adjacent swaps), capped for speed. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  const first = rows[0];
  if (first) for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > cap) return cap + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * Replaces a word with the vocabulary word it misspells (one edit for words of 5 to 7 letters,
 * two from 8; a longer form of a vocabulary word is left as it is), so "buisness" or "exchnage"
 * still read as the product name. A word of 4 letters is only completed by the letter it lacks
 * ("chek", "admn"), never into a longer form of itself ("user" stays "user"). Shorter words are
 * left alone: "e3" or "a1" one edit away are different plans.
 */
export function correctSpelling(normalized: string, vocabulary: readonly string[]): string {
  const known = knownWordsOf(vocabulary);
  const words = normalized.trim().split(' ');
  const corrected = words.map((word) => {
    if (word.length < 4 || known.has(word) || /\d/.test(word)) return word;
    return closestWord(word, vocabulary);
  });
  return ` ${corrected.join(' ')} `;
}

/** Every message is spelled against the same few vocabularies: their word sets are built once. */
const knownWordsByVocabulary = new WeakMap<readonly string[], ReadonlySet<string>>();

function knownWordsOf(vocabulary: readonly string[]): ReadonlySet<string> {
  let known = knownWordsByVocabulary.get(vocabulary);
  if (known === undefined) {
    known = new Set(vocabulary);
    knownWordsByVocabulary.set(vocabulary, known);
  }
  return known;
}

/** Words repeat across turns ("business", "subscription"): remember recent answers, within bounds. */
const rememberedByVocabulary = new WeakMap<readonly string[], Map<string, string>>();
const MAX_REMEMBERED = 2000;

function closestWord(word: string, vocabulary: readonly string[]): string {
  let remembered = rememberedByVocabulary.get(vocabulary);
  if (remembered === undefined) {
    remembered = new Map();
    rememberedByVocabulary.set(vocabulary, remembered);
  }
  const known = remembered.get(word);
  if (known !== undefined) return known;
  const corrected = searchClosestWord(word, vocabulary);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(word, corrected);
  return corrected;
}

function searchClosestWord(word: string, vocabulary: readonly string[]): string {
  // "businesses" or "invoices" is another form of a known word, not a misspelling of anything.
  if (vocabulary.some((candidate) => candidate.length >= 4 && word.startsWith(candidate))) return word;
  const cap = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = cap + 1;
  for (const candidate of vocabulary) {
    if (word.length === 4 && (candidate.length !== 5 || candidate.startsWith(word))) continue;
    const distance = editDistance(word, candidate, cap);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
