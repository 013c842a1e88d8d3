import { normalizeWords } from './text-normalize.js';

/**
 * The key of a words table (every language's, see `tableOfEveryLanguage`) whose words are the whole
 * message: "Annulla!" is 'cancel', "ok fatto" is 'done'. Whole messages only, so a word inside an
 * answer never hijacks the conversation.
 */
export function wholeMessageWord<K extends string>(text: string | undefined, table: Readonly<Record<K, readonly string[]>>): K | undefined {
  if (!text) return undefined;
  const typed = normalizeWords(text);
  return (Object.keys(table) as K[]).find((key) => table[key].includes(typed));
}
