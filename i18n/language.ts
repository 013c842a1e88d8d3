import { z } from 'zod';
import { VOCABULARIES, wordsOfEveryLanguage } from '../domain/index.js';

/** The languages the bot speaks. */
export const LANGUAGES = ['en', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LanguageSchema = z.enum(LANGUAGES);

// A BCP 47 tag's first subtag is the language; channels sometimes write "it_IT" with an underscore.
const ITALIAN_TAG = /^\s*it(?:[-_]|\s*$)/i;

/**
 * The channel's locale ("it-IT", "it", "en-US", "fr-FR", undefined) mapped onto a language we speak:
 * Italian for any Italian locale, English for everything else. Called on every turn, so a plain
 * pattern rather than building an Intl.Locale each time.
 */
export function languageFromLocale(locale?: string): Language {
  return typeof locale === 'string' && ITALIAN_TAG.test(locale) ? 'it' : 'en';
}

// A Map, not an object: typed words such as "constructor" must not reach Object.prototype.
// The names come from the vocabularies, where every word users type lives.
const LANGUAGE_WORDS: ReadonlyMap<string, Language> = new Map(
  Object.values(VOCABULARIES).flatMap((vocabulary) =>
    LANGUAGES.flatMap((language) => vocabulary.languageRequest.names[language].map((word): [string, Language] => [word, language])),
  ),
);
// "it" and "en" alone are left out on purpose: "use it" must not switch the bot to Italian.

// Words that may surround the language name in a request ("switch to Italian please", "passa all'inglese").
/** Built once: a zod schema costs far more to build than to use. */
const LanguageRequestTextSchema = z.string().max(200);

const REQUEST_FILLERS = new Set(wordsOfEveryLanguage((vocabulary) => vocabulary.languageRequest.fillers));

/**
 * Recognises a request to change language ("italiano", "English", "switch to Italian please",
 * "passa all'inglese"). Returns undefined when the text is about anything else, so a sentence
 * that merely mentions a language ("the customer is Italian") is not taken as a command.
 */
export function parseLanguageRequest(text: unknown): Language | undefined {
  const parsed = LanguageRequestTextSchema.safeParse(text);
  if (!parsed.success) return undefined;
  const words = parsed.data
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0 && !REQUEST_FILLERS.has(word));
  if (words.length !== 1) return undefined;
  const [word] = words;
  return word === undefined ? undefined : LANGUAGE_WORDS.get(word);
}
