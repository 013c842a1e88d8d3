import { describe, expect, test } from 'vitest';
import { parseSubmit, SubmitDataSchema } from '../../cards/index.js';

describe('parseSubmit accepts what our cards send', () => {
  test.each([
    [{ action: 'menu', choice: 'can-i-upgrade' }, { action: 'menu', choice: 'can-i-upgrade' }],
    [{ action: 'menu', choice: 'resume' }, { action: 'menu', choice: 'resume' }],
    [
      { action: 'answer', fact: 'currentPlan', value: 'o365-enterprise-e4' },
      { action: 'answer', fact: 'currentPlan', value: 'o365-enterprise-e4' },
    ],
    [{ action: 'answer', fact: 'licensedUsers', value: ' 250 ' }, { action: 'answer', fact: 'licensedUsers', value: '250' }],
    [{ action: 'answer', fact: 'licensedUsers', value: 0 }, { action: 'answer', fact: 'licensedUsers', value: '0' }],
    [{ action: 'answer', fact: 'trial', value: 'false' }, { action: 'answer', fact: 'trial', value: 'false' }],
    [{ action: 'answer', fact: 'adminRole', value: 'billing-admin' }, { action: 'answer', fact: 'adminRole', value: 'billing-admin' }],
    [{ action: 'diagnosis', choice: 'recheck' }, { action: 'diagnosis', choice: 'recheck' }],
    [
      { action: 'step', command: 'back', walkthroughId: 'wt-1', stepIndex: 3 },
      { action: 'step', command: 'back', walkthroughId: 'wt-1', stepIndex: 3 },
    ],
    [
      { action: 'triage-form', currentPlan: 'o365-small-business', targetPlan: '', licensedUsers: '12', trial: 'true', adminRole: '' },
      { action: 'triage-form', currentPlan: 'o365-small-business', licensedUsers: '12', trial: 'true' },
    ],
    [{ action: 'open-case', caseId: 'ua-k7m2qz' }, { action: 'open-case', caseId: 'UA-K7M2QZ' }],
    // Channels may add their own fields next to ours: they are dropped, not trusted.
    [{ action: 'menu', choice: 'triage', msteams: { type: 'messageBack' } }, { action: 'menu', choice: 'triage' }],
  ])('%j', (value, expected) => {
    const parsed = parseSubmit(value);
    expect(parsed).toEqual({ ok: true, data: expected });
  });

  test('empty triage fields become undefined, so "not known" never reads as an answer', () => {
    const parsed = SubmitDataSchema.parse({ action: 'triage-form', currentPlan: 'o365-e5', licensedUsers: '' });
    expect(parsed).toEqual({ action: 'triage-form', currentPlan: 'o365-e5' });
    expect('licensedUsers' in parsed && parsed.licensedUsers !== undefined).toBe(false);
  });
});

describe('parseSubmit tells "not ours" from "ours but wrong"', () => {
  test.each([undefined, null, 'hello', 42, [], {}, { text: 'hi' }, { action: 7 }])('not a submit: %j', (value) => {
    expect(parseSubmit(value)).toEqual({ ok: false, problem: 'not-a-submit' });
  });

  test.each([
    { action: 'launch-missiles' },
    { action: 'menu', choice: 'delete-tenant' },
    { action: 'menu' },
    { action: 'answer', fact: 'favouriteColour', value: 'blue' },
    { action: 'answer', fact: 'currentPlan', value: 'office-2003' },
    { action: 'answer', fact: 'currentPlan' },
    { action: 'answer', fact: 'licensedUsers', value: '-3' },
    { action: 'answer', fact: 'licensedUsers', value: 'many' },
    { action: 'answer', fact: 'licensedUsers', value: '2.5' },
    { action: 'answer', fact: 'trial', value: 'maybe' },
    { action: 'answer', fact: 'purchaseChannel', value: 'black-market' },
    { action: 'diagnosis', choice: 'bribe' },
    { action: 'step', command: 'skip-all', walkthroughId: 'wt-1', stepIndex: 0 },
    { action: 'step', command: 'done', walkthroughId: '', stepIndex: 0 },
    { action: 'step', command: 'done', walkthroughId: 'wt-1', stepIndex: -1 },
    { action: 'step', command: 'done', walkthroughId: 'wt-1', stepIndex: '2' },
    { action: 'triage-form', currentPlan: 'not-a-plan' },
    { action: 'triage-form', licensedUsers: 'lots' },
    { action: 'triage-form', adminRole: 'owner' },
    { action: 'triage-form', trial: 'yes' },
    { action: 'open-case', caseId: 'UA-000000' },
    { action: 'open-case', caseId: '../../etc/passwd' },
  ])('invalid: %j', (value) => {
    expect(parseSubmit(value)).toEqual({ ok: false, problem: 'invalid' });
  });
});
