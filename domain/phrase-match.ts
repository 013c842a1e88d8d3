/**
 * Finding phrases from a table in normalized text (see `normalizeText`): each phrase is a regex
 * source matched on whole words; where phrases overlap the longest wins, like plan names.
 */

export interface PhraseHit<V> {
  value: V;
  start: number;
  end: number;
}

export type PhraseTable<V extends string> = Readonly<Record<V, readonly string[]>>;

export interface CompiledPhrases<V extends string> {
  entries: readonly { value: V; pattern: RegExp }[];
  /** Every phrase of the table at once: most messages name none, and one scan says so. */
  any: RegExp;
}

const wholeWords = (phrases: readonly string[]) => `(?<= )(?:${phrases.join('|')})(?= )`;

export function compilePhrases<V extends string>(table: PhraseTable<V>): CompiledPhrases<V> {
  return compilePhraseList(Object.entries(table) as [V, readonly string[]][]);
}

/** As `compilePhrases`, for a list where one value may come back with more phrases (read as separate hits). */
export function compilePhraseList<V extends string>(list: readonly (readonly [V, readonly string[]])[]): CompiledPhrases<V> {
  // A value with no phrases in any language is never found (an empty pattern would match everywhere).
  const entries = list
    .filter(([, phrases]) => phrases.length > 0)
    .map(([value, phrases]) => ({ value, pattern: new RegExp(wholeWords(phrases), 'g') }));
  const any = entries.length === 0 ? /(?!)/ : new RegExp(entries.map(({ pattern }) => pattern.source).join('|'));
  return { entries, any };
}

/**
 * Every match of a global pattern. An exec loop on the compiled pattern itself: `matchAll` would
 * clone the regex on every call, and readers run dozens of them on each message.
 */
export function matchesOf(text: string, pattern: RegExp): { start: number; end: number }[] {
  const matches: { start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push({ start: match.index, end: match.index + match[0].length });
    // An empty match would find itself forever.
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return matches;
}

/** Every hit of every value, overlapping or not, value by value in the table's order. */
export function findEveryPhrase<V extends string>(normalized: string, phrases: CompiledPhrases<V>): PhraseHit<V>[] {
  if (!phrases.any.test(normalized)) return [];
  return phrases.entries.flatMap(({ value, pattern }) => matchesOf(normalized, pattern).map(({ start, end }) => ({ value, start, end })));
}

/** The phrases found; where hits overlap the longest wins. */
export function findPhrases<V extends string>(normalized: string, phrases: CompiledPhrases<V>): PhraseHit<V>[] {
  return longestOf(findEveryPhrase(normalized, phrases));
}

/** Of hits found by several tables, the ones kept where they overlap: the longest, then the first. */
export function longestOf<V>(hits: readonly PhraseHit<V>[]): PhraseHit<V>[] {
  const found = [...hits];
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseHit<V>[] = [];
  for (const hit of found) {
    if (kept.every((other) => hit.end <= other.start || hit.start >= other.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The only value the text names, or undefined when it names none or several. */
export function soleValue<V>(hits: readonly PhraseHit<V>[]): V | undefined {
  const values = new Set(hits.map((hit) => hit.value));
  return values.size === 1 ? hits[0]?.value : undefined;
}

/** Hits that don't overlap any of `taken` (a longer phrase of another table already read them). */
export function outside<V>(hits: readonly PhraseHit<V>[], taken: readonly PhraseHit<unknown>[]): PhraseHit<V>[] {
  return hits.filter((hit) => taken.every((other) => hit.end <= other.start || hit.start >= other.end));
}
