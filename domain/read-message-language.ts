import { normalizeWords } from './text-normalize.js';
import { VOCABULARIES, anyOf } from './vocabulary/index.js';
import type { VocabularyLanguage } from './vocabulary/vocabulary.js';

const LANGUAGES = Object.keys(VOCABULARIES) as VocabularyLanguage[];
const CUES = LANGUAGES.map((language) => [language, VOCABULARIES[language].languageCues] as const);

/** How many different cue words of each language the message uses. */
function cueCounts(padded: string): Map<VocabularyLanguage, number> {
  return new Map(CUES.map(([language, cues]) => [language, cues.filter((cue) => padded.includes(` ${cue} `)).length]));
}

/**
 * The language a message is written in, when its words say so clearly: two or more everyday words
 * of one language and none of the other, or four or more against at most a quarter as many (a
 * product name or a pasted English message inside an Italian sentence). Undefined when unclear:
 * a single word ("ok", "E3", "ciao") or a sentence that mixes both.
 */
export function messageLanguage(text: string): VocabularyLanguage | undefined {
  const counts = cueCounts(` ${normalizeWords(text)} `);
  for (const language of LANGUAGES) {
    const own = counts.get(language) ?? 0;
    const others = LANGUAGES.filter((other) => other !== language).reduce((sum, other) => sum + (counts.get(other) ?? 0), 0);
    if ((own >= 2 && others === 0) || (own >= 4 && others * 4 <= own)) return language;
  }
  return undefined;
}

const LINK_UNAVAILABLE = new RegExp(` ${anyOf((vocabulary) => vocabulary.linkUnavailable)}`);

/** "It's greyed out", "non è cliccabile": the link or button a step names cannot be clicked. */
export function saysLinkUnavailable(text: string): boolean {
  return LINK_UNAVAILABLE.test(` ${normalizeWords(text)} `);
}
