import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import { messageActivity, postActivity, startTestHost, type ReplyBody, type TestHost } from './host-fixture.js';

describe('typing indicators', () => {
  let running: TestHost;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await startFakeConnector();
    running = await startTestHost({}, { typingDelayMs: 150 });
  });
  afterAll(async () => {
    await running.host.stop();
    await connector.close();
  });
  beforeEach(() => {
    connector.received.length = 0;
  });

  const send = (text: string, deliveryMode: string): Promise<Response> =>
    postActivity(running.host.url, messageActivity(text, { deliveryMode, serviceUrl: connector.serviceUrl, conversation: { id: `typing-${text}-${deliveryMode}` } }));

  it('shows one before the answer of a slow turn', async () => {
    running.bot.releaseSlowTurn = new Promise((resolve) => setTimeout(resolve, 450));
    expect((await send('slow', 'normal')).status).toBe(200);
    const types = connector.received.map((activity) => activity.type);
    expect(types[0]).toBe('typing');
    expect(connector.received.at(-1)).toMatchObject({ type: 'message', text: 'echo 1: slow' });
  });

  it('shows none when the answer is quick', async () => {
    running.bot.releaseSlowTurn = Promise.resolve();
    expect((await send('quick', 'normal')).status).toBe(200);
    expect(connector.received.map((activity) => activity.type)).toEqual(['message']);
  });

  it('posts nothing to the channel on a slow expectReplies turn: the replies come back in the response', async () => {
    running.bot.releaseSlowTurn = new Promise((resolve) => setTimeout(resolve, 450));
    const response = await send('slow', 'expectReplies');
    expect(((await response.json()) as ReplyBody).activities.map((activity) => activity.type)).toEqual(['message']);
    expect(connector.received).toEqual([]);
  });
});
