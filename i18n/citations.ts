import { SOURCE_IDS, SOURCES, type Source, type SourceId } from '../domain/index.js';
import type { Language } from './language.js';

/** Who said it: Microsoft, or a partner or community page, which is never given as Microsoft's word. */
function publisherOf(source: Source, lang: Language): string {
  if (source.publisher === undefined) return 'Microsoft';
  const { name, kind } = source.publisher;
  if (lang === 'it') return kind === 'partner' ? `Indicazioni di un partner Microsoft (${name}), non di Microsoft` : `Post della comunità (${name}), non di Microsoft`;
  return kind === 'partner' ? `Partner guidance (${name}), not Microsoft's own` : `Community post (${name}), not Microsoft's own`;
}

/** The document's date; for a page with none, "undated", and the day it was read where known. */
function dateOf(source: Source, lang: Language): string {
  if (source.date !== undefined) return source.date;
  const undated = lang === 'it' ? 'senza data' : 'undated';
  if (source.readOn === undefined) return undated;
  return lang === 'it' ? `${undated}, letto il ${source.readOn}` : `${undated}, read ${source.readOn}`;
}

/** How the bot cites each source: who published it, its title and date, from the domain's one record of it. */
export function citations(lang: Language): Record<SourceId, string> {
  return Object.fromEntries(
    SOURCE_IDS.map((id) => {
      const source = SOURCES[id];
      const by = publisherOf(source, lang);
      // An Italian reader is told when the document is only in English.
      if (lang === 'it') {
        return [id, source.titleIt === undefined ? `${by}, "${source.title}" (${dateOf(source, lang)}, in inglese)` : `${by}, "${source.titleIt}" (${dateOf(source, lang)})`];
      }
      return [id, `${by}, "${source.title}" (${dateOf(source, lang)})`];
    }),
  ) as Record<SourceId, string>;
}
