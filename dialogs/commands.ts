import { anyOf, normalizeCaseId, normalizeWords, tableOfEveryLanguage, wholeMessageWord, JOURNEYS, type Journey } from '../domain/index.js';
import { parseLanguageRequest, type Language } from '../i18n/index.js';

/** Things the user can say anywhere, in the middle of any question. */
export type GlobalCommand =
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'start-over' }
  | { kind: 'menu' }
  | { kind: 'language'; language: Language }
  | { kind: 'where-was-i' }
  | { kind: 'my-cases' }
  | { kind: 'resume' }
  | { kind: 'sign-out' }
  | { kind: 'open-case'; caseId: string }
  | { kind: 'find-case'; query: string }
  | { kind: 'add-to-case'; caseId: string; text: string }
  | { kind: 'lead-view' }
  | { kind: 'cancel-check-back' };

/** The journeys of the menu card, also reachable by typing (the vocabulary's words for them). */
export type { Journey };

// Whole-message phrases only, so "help" inside an answer never hijacks the conversation.
const PHRASES: Record<Exclude<GlobalCommand['kind'], 'language' | 'open-case' | 'find-case' | 'add-to-case'>, readonly string[]> = tableOfEveryLanguage(
  (vocabulary) => vocabulary.commands,
);

// The case id keeps its hyphen, so it is read from the message as typed; "ua abc234" is one id too.
const CASE_COMMAND = new RegExp(
  `^\\s*${anyOf((vocabulary) => vocabulary.caseCommand)}\\s+#?((?:ua[\\s-]*)?[a-z0-9][a-z0-9-]{2,40})\\s*[.!]*\\s*$`,
  'i',
);
// "find ticket 4711": the field's name is not part of what is searched.
const SEARCH_FIELD_WORDS = new RegExp(`^(?:${anyOf((vocabulary) => vocabulary.searchFieldWords)}\\s+)+`);
const FIND_COMMAND = new RegExp(`^${anyOf((vocabulary) => vocabulary.findCommand)}\\s+(.{2,80})$`);
// Read on the raw text: the facts after the colon keep their punctuation for the facts reader.
const ADD_TO_CASE = new RegExp(
  `^\\s*${anyOf((vocabulary) => vocabulary.addToCaseCommand)}\\s+(?:case\\s+|caso\\s+|il caso\\s+)?(ua[\\s-]?[0-9a-z]{6})\\s*[:,-]?\\s*(.+)$`,
  'is',
);

export function recognizeGlobalCommand(text: string | undefined): GlobalCommand | undefined {
  if (!text) return undefined;
  const normalized = normalizeWords(text);
  if (!normalized && text.trim() === '?') return { kind: 'help' };
  const kind = wholeMessageWord(text, PHRASES);
  if (kind) return { kind } as GlobalCommand;
  const caseMatch = CASE_COMMAND.exec(text);
  if (caseMatch?.[1]) return { kind: 'open-case', caseId: normalizeCaseId(caseMatch[1]) ?? caseMatch[1].toUpperCase() };
  const addMatch = ADD_TO_CASE.exec(text);
  if (addMatch?.[1] && addMatch[2]) return { kind: 'add-to-case', caseId: addMatch[1].toUpperCase().replace(/^UA[\s-]?/, 'UA-'), text: addMatch[2] };
  const findMatch = FIND_COMMAND.exec(normalized);
  const query = findMatch?.[1]?.trim().replace(SEARCH_FIELD_WORDS, '');
  if (query && query.length >= 2) return { kind: 'find-case', query };
  const language = normalized.split(' ').length <= 3 ? parseLanguageRequest(normalized) : undefined;
  if (language) return { kind: 'language', language };
  return undefined;
}

// Typed requests for a journey, tried only when no question is pending, in the vocabulary's order.
const JOURNEY_PATTERNS: readonly [Journey, RegExp][] = (() => {
  const table = tableOfEveryLanguage((vocabulary) => vocabulary.journeys);
  return JOURNEYS.map((journey): [Journey, RegExp] => [journey, new RegExp(table[journey].join('|'))]);
})();

export function recognizeJourney(text: string | undefined): Journey | undefined {
  if (!text) return undefined;
  const padded = ` ${normalizeWords(text)} `;
  return JOURNEY_PATTERNS.find(([, pattern]) => pattern.test(padded))?.[0];
}
