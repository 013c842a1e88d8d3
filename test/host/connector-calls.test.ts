import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity, startTestHost, type TestHost } from './host-fixture.js';
import { startSilentEndpoint, type SilentEndpoint } from './token-issuer.js';

describe('a serviceUrl that refuses connections or never answers', () => {
  let running: TestHost;
  let silent: SilentEndpoint;

  beforeAll(async () => {
    silent = await startSilentEndpoint();
    // No typing indicator: each turn makes exactly the calls of its replies.
    running = await startTestHost({}, { connectorCallTimeoutMs: 400, typingDelayMs: 60_000 });
  });
  afterAll(async () => {
    await running.host.stop();
    await silent.close();
  });

  const send = (text: string, serviceUrl: string, conversationId: string) =>
    postActivity(running.host.url, messageActivity(text, { deliveryMode: 'normal', serviceUrl, conversation: { id: conversationId } }));
  const deliveryFailures = (conversationId: string) =>
    running.log.entries().filter((entry) => entry.msg === 'could not deliver the replies of a saved turn' && entry['conversationId'] === conversationId);

  it('gives up on a refused serviceUrl at the first refusal, and the next turn does not call it again for a while', async () => {
    // Port 9 (discard) listens nowhere here: every connection is refused.
    expect((await send('one', 'http://127.0.0.1:9', 'refused')).status).toBe(200);
    expect((await send('two', 'http://127.0.0.1:9', 'refused')).status).toBe(200);
    const [first, second] = deliveryFailures('refused');
    expect(first).toMatchObject({ err: { type: 'ServiceUrlUnavailableError', cause: { code: 'ECONNREFUSED' } } });
    expect(second).toMatchObject({ err: { type: 'ServiceUrlUnavailableError' } });
    expect(second?.['err']).not.toHaveProperty('cause');
  });

  it('aborts a call to a serviceUrl that never answers at the deadline, without retrying it', async () => {
    const serviceUrl = silent.url.replace('/metadata', '');
    expect((await send('one', serviceUrl, 'silent')).status).toBe(200);
    expect(deliveryFailures('silent')).toHaveLength(1);
    expect(silent.connections).toBe(1);
  });
});
