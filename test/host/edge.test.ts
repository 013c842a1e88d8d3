import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../bot/server.js';
import { messageActivity, messageTexts, postActivity, startTestHost, type ReplyBody, type TestHost } from './host-fixture.js';

describe('the HTTP edge of a local host (no app id)', () => {
  let running: TestHost;
  let url: string;

  beforeAll(async () => {
    running = await startTestHost();
    url = running.host.url;
  });
  afterAll(async () => {
    await running.host.stop();
  });

  it('answers an expectReplies message with the reply in the response body', async () => {
    const response = await postActivity(url, messageActivity('hello', { conversation: { id: 'edge-echo' } }));
    expect(response.status).toBe(200);
    expect(messageTexts((await response.json()) as ReplyBody)).toEqual(['echo 1: hello']);
  });

  it('turns malformed JSON away with 400 before the bot sees it', async () => {
    const turnsBefore = running.bot.turnsSeen;
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message",' });
    expect(response.status).toBe(400);
    expect(running.bot.turnsSeen).toBe(turnsBefore);
  });

  it('turns a body over 256 KB away with 413 before the bot sees it', async () => {
    const turnsBefore = running.bot.turnsSeen;
    const response = await postActivity(url, messageActivity('x'.repeat(MAX_BODY_BYTES + 1)));
    expect(response.status).toBe(413);
    expect(running.bot.turnsSeen).toBe(turnsBefore);
  });

  it('accepts a body just under the limit', async () => {
    const response = await postActivity(url, messageActivity('y'.repeat(MAX_BODY_BYTES - 1_000), { conversation: { id: 'edge-big' } }));
    expect(response.status).toBe(200);
  });

  it('refuses a gzip-labelled body that is not gzip with 415, and stays up', async () => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: '{"type":"message"}',
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('accept-encoding')).toBe('identity');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('refuses a compression bomb with 415 without inflating it', async () => {
    // 64 MB of zeros in about 64 KB: inflated, it would be 256 times the body limit.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES);
    const turnsBefore = running.bot.turnsSeen;
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: bomb,
    });
    expect(response.status).toBe(415);
    expect(running.bot.turnsSeen).toBe(turnsBefore);
  });

  it.each(['deflate', 'br', 'gzip, identity', 'x-unknown'])('refuses Content-Encoding %s with 415', async (encoding) => {
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: '{}' });
    expect(response.status).toBe(415);
  });

  it('takes a body labelled identity, which is no encoding at all', async () => {
    const response = await postActivity(url, messageActivity('plain', { conversation: { id: 'edge-identity' } }), { 'content-encoding': 'identity' });
    expect(response.status).toBe(200);
  });

  it.each([
    ['no type', { text: 'hi' }],
    ['a numeric type', { type: 42 }],
    ['an empty type', { type: '' }],
    ['an array', [{ type: 'message' }]],
    ['null', null],
  ])('turns an activity with %s away with 400', async (_case, body) => {
    const turnsBefore = running.bot.turnsSeen;
    const response = await postActivity(url, body);
    expect(response.status).toBe(400);
    expect(running.bot.turnsSeen).toBe(turnsBefore);
    expect(((await response.json()) as { code: string }).code).toBe('BadRequest');
  });

  it('turns a non-JSON body away with 400', async () => {
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'type=message' });
    expect(response.status).toBe(400);
  });

  it.each(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH'])('answers %s on /api/messages with 405 and an Allow header', async (method) => {
    const response = await fetch(`${url}/api/messages`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${url}/api/other`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${url}/`)).status).toBe(404);
  });

  it('keeps serving after every refusal', async () => {
    const response = await postActivity(url, messageActivity('still here', { conversation: { id: 'edge-after' } }));
    expect(messageTexts((await response.json()) as ReplyBody)).toEqual(['echo 1: still here']);
  });

  it('logs one line a turn with conversation, type, channel and duration', async () => {
    await postActivity(url, messageActivity('log me', { conversation: { id: 'edge-logged' } }));
    const turns = running.log.entries().filter((entry) => entry.msg === 'turn' && entry.conversationId === 'edge-logged');
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({ activityType: 'message', channelId: 'test', outcome: 'ok' });
    expect(typeof turns[0]?.durationMs).toBe('number');
  });
});
