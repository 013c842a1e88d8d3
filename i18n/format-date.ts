import type { Language } from './language.js';

const LOCALES: Record<Language, string> = { en: 'en-GB', it: 'it-IT' };

/** A timestamp for plain text (ticket summaries), in UTC so every reader sees the same time. */
export function formatDateTime(lang: Language, iso: string): string {
  const formatted = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
  return `${formatted} UTC`;
}
