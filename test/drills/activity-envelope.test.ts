import { describe, expect, it } from 'vitest';
import { ActivityEnvelopeSchema, envelopeProblem } from '../../bot/activity-envelope.js';
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
