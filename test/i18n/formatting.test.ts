import { expect, test } from 'vitest';
import type { Step } from '../../domain/index.js';
import { formatInstant, messagesFor, readerClock, stepTextInput } from '../../i18n/index.js';

test("an instant is written in the reader's locale and time zone, with the zone named", () => {
  const rome = readerClock('it', { locale: 'it-IT', localTimezone: 'Europe/Rome' });
  expect(rome).toEqual({ locale: 'it-IT', timeZone: 'Europe/Rome' });
  expect(formatInstant(rome, '2026-11-21T10:15:42.123Z')).toBe('21 nov 2026, 11:15 CET');
  const newYork = readerClock('en', { locale: 'en-US', localTimezone: 'America/New_York' });
  expect(formatInstant(newYork, '2026-11-21T10:15:42.123Z')).toBe('Nov 21, 2026, 05:15 AM EST');
  // The same instant written with an offset reads the same.
  expect(formatInstant(newYork, '2026-11-21T12:15:42+02:00')).toBe('Nov 21, 2026, 05:15 AM EST');
});

test.each([
  ['no time zone but a timestamp with its offset', { locale: 'en-GB', localTimestamp: '2026-11-21T11:15:00.000+01:00' }, { locale: 'en-GB', timeZone: 'Etc/GMT-1' }],
  ['an unknown zone and no timestamp: UTC', { locale: 'en-US', localTimezone: 'Mars/Olympus' }, { locale: 'en-US', timeZone: 'UTC' }],
  ['a locale in another language than the bot speaks', { locale: 'fr-FR', localTimezone: 'Europe/Paris' }, { locale: 'en-GB', timeZone: 'Europe/Paris' }],
  ['nothing from the channel', {}, { locale: 'en-GB', timeZone: 'UTC' }],
])('reader clock from %s', (_case, channel, clock) => {
  expect(readerClock('en', channel)).toEqual(clock);
});

const reassign: Step = {
  id: 'reassign-licenses',
  source: '000',
  sources: ['000', 'MSD'],
  warnings: [],
  notes: [],
  params: { usersPerBatch: 20, usePowerShell: true, currentPlan: 'o365-enterprise-e4' },
};

test("a step's params win; the tenant's facts fill in the plans the params leave out", () => {
  const it = messagesFor('it');
  expect(stepTextInput(it, reassign, { currentPlan: 'o365-enterprise-e1', targetPlan: 'exchange-online-kiosk' })).toEqual({
    usersPerBatch: 20,
    usePowerShell: true,
    currentPlanName: 'Office 365 Enterprise E4',
    targetPlanName: 'Chiosco Exchange Online',
  });
  expect(stepTextInput(it, { ...reassign, params: {} })).toEqual({});
});
