import { en } from './en.js';
import { it } from './it.js';
import type { Language } from './language.js';
import type { Messages } from './messages.js';

const CATALOGS: Record<Language, Messages> = { en, it };

/** The catalog of one language. */
export function messagesFor(lang: Language): Messages {
  return CATALOGS[lang];
}
