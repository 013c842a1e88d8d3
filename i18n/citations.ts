import { SOURCE_IDS, SOURCES, type SourceId } from '../domain/index.js';
import type { Language } from './language.js';

/** How the bot cites each source: its title and date, from the domain's one record of it. */
export function citations(lang: Language): Record<SourceId, string> {
  return Object.fromEntries(
    SOURCE_IDS.map((id) => {
      const source = SOURCES[id];
      const date = source.date ?? (lang === 'it' ? 'senza data' : 'undated');
      // An Italian reader is told when the document is only in English.
      if (lang === 'it') {
        return [id, source.titleIt === undefined ? `Microsoft, "${source.title}" (${date}, in inglese)` : `Microsoft, "${source.titleIt}" (${date})`];
      }
      return [id, `Microsoft, "${source.title}" (${date})`];
    }),
  ) as Record<SourceId, string>;
}
