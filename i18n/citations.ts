import { SOURCE_IDS, SOURCES, type SourceId } from '../domain/index.js';
import type { Language } from './language.js';

/** How the bot cites each source: its title and date, from the domain's one record of it. */
export function citations(lang: Language): Record<SourceId, string> {
  return Object.fromEntries(
    SOURCE_IDS.map((id) => {
      const source = SOURCES[id];
      const title = (lang === 'it' ? source.titleIt : undefined) ?? source.title;
      return [id, `Microsoft, "${title}" (${source.date})`];
    }),
  ) as Record<SourceId, string>;
}
