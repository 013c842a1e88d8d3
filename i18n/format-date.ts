import type { Language } from './language.js';

/** Where the reader is: the locale to write dates in and the time zone to read them in. */
export interface ReaderClock {
  locale: string;
  timeZone: string;
}

const DEFAULT_LOCALES: Record<Language, string> = { en: 'en-GB', it: 'it-IT' };

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** "+02:00" at the end of a timestamp as an IANA zone (Etc/GMT signs are inverted); whole hours only. */
function zoneOfOffset(timestamp: string | undefined): string | undefined {
  const match = timestamp === undefined ? null : /([+-])(\d{2}):?(\d{2})$/.exec(timestamp);
  if (!match || match[3] !== '00') return undefined;
  const hours = Number(match[2]);
  if (hours === 0) return 'UTC';
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
}

/**
 * The reader's clock from what the channel says: the client's locale (used only when it is in the
 * language the bot speaks, so an Italian text never gets English month names) and its time zone
 * (Bot Framework's `localTimezone`, else the offset of `localTimestamp`, else UTC).
 */
export function readerClock(lang: Language, channel: { locale?: string; localTimezone?: string; localTimestamp?: string }): ReaderClock {
  const { locale, localTimezone, localTimestamp } = channel;
  const sameLanguage = locale !== undefined && locale.toLowerCase().replace('_', '-').split('-')[0] === lang && isLocale(locale.replace('_', '-'));
  const timeZone =
    (localTimezone !== undefined && isTimeZone(localTimezone) ? localTimezone : undefined) ?? zoneOfOffset(localTimestamp) ?? 'UTC';
  return { locale: sameLanguage ? locale.replace('_', '-') : DEFAULT_LOCALES[lang], timeZone };
}

/** The one way an instant is written, in cards and in ticket text alike: date, time and zone. */
export function formatInstant(clock: ReaderClock, iso: string): string {
  return new Intl.DateTimeFormat(clock.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: clock.timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Time only, for "I will ask you at 15:42" on the same day. */
export function formatTime(clock: ReaderClock, iso: string): string {
  return new Intl.DateTimeFormat(clock.locale, { hour: '2-digit', minute: '2-digit', timeZone: clock.timeZone, timeZoneName: 'short' }).format(
    new Date(iso),
  );
}
