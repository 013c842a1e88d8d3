import type { TurnContext } from 'botbuilder';
import { readerClock, type ReaderClock } from '../i18n/index.js';
import { turnLanguage } from './turn-language.js';

/**
 * The reader's clock for this turn: the client's locale and time zone as the channel sends them
 * (Teams sets `localTimezone` and `localTimestamp` on every activity). Both the cards and the
 * ticket text use it, so they show one time the same way.
 */
export function turnClock(context: TurnContext): ReaderClock {
  const { activity } = context;
  // Read from JSON, the timestamp is still the string the client wrote, with its offset.
  const stamp: unknown = activity.localTimestamp;
  return readerClock(turnLanguage(context), {
    ...(activity.locale ? { locale: activity.locale } : {}),
    ...(typeof activity.localTimezone === 'string' ? { localTimezone: activity.localTimezone } : {}),
    ...(typeof stamp === 'string' ? { localTimestamp: stamp } : {}),
  });
}
