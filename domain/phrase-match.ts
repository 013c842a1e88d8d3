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
}

export function compilePhrases<V extends string>(table: PhraseTable<V>): CompiledPhrases<V> {
  // A value with no phrases in any language is never found (an empty pattern would match everywhere).
  const entries = (Object.entries(table) as [V, readonly string[]][])
    .filter(([, phrases]) => phrases.length > 0)
    .map(([value, phrases]) => ({
      value,
      pattern: new RegExp(phrases.map((phrase) => `(?<= )(?:${phrase})(?= )`).join('|'), 'g'),
    }));
  return { entries };
}

export function findPhrases<V extends string>(normalized: string, phrases: CompiledPhrases<V>): PhraseHit<V>[] {
  const found: PhraseHit<V>[] = [];
  for (const { value, pattern } of phrases.entries) {
    for (const match of normalized.matchAll(pattern)) {
      found.push({ value, start: match.index, end: match.index + match[0].length });
    }
  }
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
