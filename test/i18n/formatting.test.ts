import { expect, test } from 'vitest';
import type { Step } from '../../domain/index.js';
import { formatDateTime, messagesFor, stepTextInput } from '../../i18n/index.js';

test('ticket timestamps are in UTC, written the way each language writes dates', () => {
  expect(formatDateTime('en', '2026-11-21T10:15:42.123Z')).toBe('21 Nov 2026, 10:15 UTC');
  expect(formatDateTime('it', '2026-11-21T10:15:42.123Z')).toBe('21 nov 2026, 10:15 UTC');
  // An offset timestamp is shown in UTC as well, so every reader sees the same time.
  expect(formatDateTime('en', '2026-11-21T12:15:00+02:00')).toBe('21 Nov 2026, 10:15 UTC');
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
