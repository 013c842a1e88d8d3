import { describe, expect, it } from 'vitest';
import { useInProcessBot } from './in-process-bot.js';
import { MAX_BODY_BYTES } from '../../bot/server.js';
import { messageActivity, MESSAGES_PATH, newConversation } from '../../bench/support/activities.js';
import { sendTurn } from '../../bench/support/journey.js';
import { byScale, reportDrill } from './drill-scale.js';

/** An activity whose `field` carries, beside its id, a value nested `depth` levels deep (written as text: no recursion here). */
function nestedBody(activity: Record<string, unknown>, field: string, depth: number, shape: 'object' | 'array'): string {
  const party = activity[field] as Record<string, unknown>;
  const [open, close] = shape === 'object' ? ['{"a":', '}'] : ['[', ']'];
  const deep = `${open.repeat(depth)}1${close.repeat(depth)}`;
  const json = JSON.stringify({ ...activity, [field]: { ...party, extra: '@@deep@@' } });
  return json.replace('"@@deep@@"', deep);
}

describe('values nested deeper than an activity ever is', () => {
  const running = useInProcessBot(4);

  const turnsOf = (conversationId: string) => running.log.entries().filter((entry) => entry.msg === 'turn' && entry['conversationId'] === conversationId).length;

  it.each(['from', 'recipient', 'conversation', 'value', 'channelData'])('in "%s" are refused with a 400 before any turn runs', async (field) => {
    const depths = byScale([100, 5_000, 60_000], [65, 100, 1_000, 5_000, 20_000, 60_000, 120_000]);
    let refused = 0;
    for (const depth of depths) {
      for (const shape of ['object', 'array'] as const) {
        const conversation = newConversation(`deep-${field}`);
        await sendTurn(running.client, conversation, { text: 'Can I upgrade?' });
        expect(turnsOf(conversation.id)).toBe(1);
        const activity = messageActivity(conversation, { text: 'Microsoft 365 Business Standard', value: {}, ...(field === 'channelData' ? { channelData: { id: 'x' } } : {}) });
        const body = nestedBody(activity, field, depth, shape);
        const response = await running.client.post(MESSAGES_PATH, body);
        // A body past the size limit is refused for its size first.
        expect(response.status, `${field} ${depth} ${shape}`).toBe(Buffer.byteLength(body) > MAX_BODY_BYTES ? 413 : 400);
        expect(turnsOf(conversation.id)).toBe(1);
        refused += 1;
      }
    }
    const healthy = await sendTurn(running.client, newConversation('after-deep'), { text: 'help' });
    expect(healthy.status).toBe(200);
    reportDrill(`deep ${field}`, { requests: refused, refused });
  }, 60_000);
});
