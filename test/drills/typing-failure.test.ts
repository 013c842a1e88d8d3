import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_TEXT, messageActivity, postActivity, startTestHost, type TestHost } from '../host/host-fixture.js';

/** A connector that refuses typing indicators (400) and takes every message. */
async function startTypingRefusingConnector(): Promise<{ serviceUrl: string; messages: string[]; close(): Promise<void> }> {
  const messages: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { type?: string; text?: string };
      res.setHeader('content-type', 'application/json');
      if (activity.type === 'typing') {
        res.statusCode = 400;
        res.end(JSON.stringify({ error: { code: 'BadArgument', message: 'no typing here' } }));
        return;
      }
      messages.push(activity.text ?? '');
      res.end(JSON.stringify({ id: `reply-${messages.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    messages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('a typing indicator the channel refuses', () => {
  let running: TestHost;
  let connector: Awaited<ReturnType<typeof startTypingRefusingConnector>>;

  beforeAll(async () => {
    connector = await startTypingRefusingConnector();
    running = await startTestHost({}, { typingDelayMs: 50 });
  });
  afterAll(async () => {
    await running.host.stop();
    await connector.close();
  });

  it('is logged, not treated as a failed turn: no apology, the conversation state kept', async () => {
    const send = (text: string) =>
      postActivity(running.host.url, messageActivity(text, { deliveryMode: 'normal', serviceUrl: connector.serviceUrl, conversation: { id: 'typing-refused' } }));
    expect((await send('first')).status).toBe(200);
    running.bot.releaseSlowTurn = new Promise((resolve) => setTimeout(resolve, 400));
    expect((await send('slow')).status).toBe(200);
    expect((await send('third')).status).toBe(200);
    expect(connector.messages).toEqual(['echo 1: first', 'echo 2: slow', 'echo 3: third']);
    expect(connector.messages).not.toContain(ERROR_TEXT.en);
    expect(running.log.entries().some((entry) => entry.msg === 'could not show the typing indicator')).toBe(true);
    expect(running.log.entries().some((entry) => entry.msg === 'turn failed')).toBe(false);
  });
});
