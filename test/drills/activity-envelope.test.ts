import { describe, expect, it } from 'vitest';
import { activityFromEnvelope, ActivityEnvelopeSchema, envelopeProblem } from '../../bot/activity-envelope.js';
import { messageActivity, newConversation } from '../../bench/support/activities.js';

const valid = () => messageActivity(newConversation('envelope'), { text: 'hello' });

describe('the activity envelope the edge insists on', () => {
  it('takes a channel activity as it is, extra fields included', () => {
    const activity = { ...valid(), channelData: { tenant: { id: 't' } }, value: { action: 'anything' } };
    expect(ActivityEnvelopeSchema.parse(activity)).toEqual(activity);
  });

  it.each([
    ['serviceUrl', 42, '"serviceUrl"'],
    ['serviceUrl', 'file:///etc/passwd', '"serviceUrl"'],
    ['conversation', 'abc', '"conversation"'],
    ['from', null, '"from"'],
    ['recipient', [], '"recipient"'],
    ['text', { rich: true }, '"text"'],
    ['locale', 'x'.repeat(101), '"locale"'],
    ['attachments', 'card', '"attachments"'],
    ['entities', null, '"entities"'],
    ['membersAdded', [{ name: 'no id' }], '"membersAdded.0.id"'],
    ['channelId', '', '"channelId"'],
  ])('refuses %s = %j, naming the field', (field, value, named) => {
    const parsed = ActivityEnvelopeSchema.safeParse({ ...valid(), [field]: value });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(envelopeProblem(parsed.error)).toContain(named);
  });

  it('says what is wrong with the type in plain words', () => {
    const parsed = ActivityEnvelopeSchema.safeParse({ ...valid(), type: 42 });
    expect(parsed.success ? '' : envelopeProblem(parsed.error)).toBe('the activity needs a "type" string');
  });
});

describe('the envelope as the activity a turn gets', () => {
  it('turns wire timestamps into Dates and keeps their text, as botbuilder expects', () => {
    const timestamp = '2026-11-21T10:15:00.123Z';
    const localTimestamp = '2026-11-21T11:15:00.123+01:00';
    const activity = activityFromEnvelope(ActivityEnvelopeSchema.parse({ ...valid(), timestamp, localTimestamp }));
    expect(activity.timestamp).toEqual(new Date(timestamp));
    expect(activity.rawTimestamp).toBe(timestamp);
    expect(activity.localTimestamp?.getTime()).toBe(Date.parse(localTimestamp));
    expect(activity.rawLocalTimestamp).toBe(localTimestamp);
    expect(activity.text).toBe('hello');
  });

  it('leaves an activity without timestamps as it came', () => {
    const { timestamp: _sentAt, ...withoutTimestamp } = valid();
    expect(activityFromEnvelope(ActivityEnvelopeSchema.parse(withoutTimestamp))).toEqual(withoutTimestamp);
  });
});
