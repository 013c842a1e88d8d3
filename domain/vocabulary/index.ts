import { EN } from './en.js';
import { IT } from './it.js';
import type { Vocabulary, VocabularyLanguage } from './vocabulary.js';

export * from './vocabulary.js';
export { EN } from './en.js';
export { IT } from './it.js';

/** One vocabulary a language the bot speaks. */
export const VOCABULARIES: Readonly<Record<VocabularyLanguage, Vocabulary>> = { en: EN, it: IT };

const ALL = Object.values(VOCABULARIES);

/**
 * A message may mix languages ("siamo su E3, bought through a partner"), and the bot reads any
 * message whatever language it speaks: the readers take every language's words at once.
 */
export function wordsOfEveryLanguage(pick: (vocabulary: Vocabulary) => readonly string[]): readonly string[] {
  return [...new Set(ALL.flatMap(pick))];
}

/** Every language's phrases for one entry as one regex group: `(?:a|b|c)`. */
export function anyOf(pick: (vocabulary: Vocabulary) => readonly string[]): string {
  return `(?:${wordsOfEveryLanguage(pick).join('|')})`;
}

/** A table keyed alike in every language (channels, roles, commands), merged key by key. */
export function tableOfEveryLanguage<K extends string>(
  pick: (vocabulary: Vocabulary) => Readonly<Record<K, readonly string[]>>,
): Readonly<Record<K, readonly string[]>> {
  const merged = {} as Record<K, readonly string[]>;
  for (const vocabulary of ALL) {
    const table = pick(vocabulary);
    for (const key of Object.keys(table) as K[]) merged[key] = [...new Set([...(merged[key] ?? []), ...table[key]])];
  }
  return merged;
}
