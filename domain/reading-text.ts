import { PLAN_VOCABULARY } from './find-plan.js';
import { correctSpelling, normalizeText } from './text-normalize.js';
import { wordsOfEveryLanguage } from './vocabulary/index.js';

/** Every word a misspelling is corrected to: plan names' words and the vocabularies' fact words. */
const READING_WORDS: readonly string[] = [...new Set([...PLAN_VOCABULARY, ...wordsOfEveryLanguage((v) => v.spelling)])];

/** Already normalized text with misspelt words of plan names and facts corrected ("invocie", "usres"). */
export function correctForReading(normalized: string): string {
  return correctSpelling(normalized, READING_WORDS);
}

/** A message as the sentence readers see it: normalized (see `normalizeText`), misspellings corrected. */
export function normalizeForReading(text: string): string {
  return correctForReading(normalizeText(text));
}
