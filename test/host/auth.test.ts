import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { messageActivity, messageTexts, postActivity, startTestHost, type ReplyBody, type TestHost } from './host-fixture.js';
import { SERVER_ERROR_BODY } from '../../bot/server.js';
import { channelClaims, startTokenIssuer, type TokenIssuer } from './token-issuer.js';

const APP_ID = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const APP_PASSWORD = 'app-password-that-must-stay-secret';
const SERVICE_URL = 'http://127.0.0.1:1';

describe('a host with a Microsoft app id', () => {
  let issuer: TokenIssuer;
  let running: TestHost;

  beforeAll(async () => {
    // CloudAdapter and botframework-connector report refused tokens on console.error.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    issuer = await startTokenIssuer();
    running = await startTestHost(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD },
      { openIdMetadataUrl: issuer.metadataUrl },
    );
  });
  afterAll(async () => {
    await running.host.stop();
    await issuer.close();
    vi.restoreAllMocks();
  });

  const post = (token: string | undefined, text = 'hello'): Promise<Response> =>
    postActivity(
      running.host.url,
      messageActivity(text, { channelId: 'msteams', serviceUrl: SERVICE_URL, conversation: { id: `auth-${text}` } }),
      token === undefined ? {} : { authorization: `Bearer ${token}` },
    );

  it('answers a request without a token with 401 and never runs the bot', async () => {
    const response = await post(undefined);
    expect(response.status).toBe(401);
    expect(running.bot.turnsSeen).toBe(0);
  });

  it('answers a token with a forged signature with 401, not 500', async () => {
    const response = await post(issuer.forge(channelClaims(APP_ID, SERVICE_URL)));
    expect(response.status).toBe(401);
    expect(running.bot.turnsSeen).toBe(0);
  });

  it('answers a genuine token for another bot with 401', async () => {
    const response = await post(issuer.issue(channelClaims('99999999-9999-4999-8999-999999999999', SERVICE_URL)));
    expect(response.status).toBe(401);
  });

  it('answers an expired token with 401', async () => {
    const response = await post(issuer.issue(channelClaims(APP_ID, SERVICE_URL, -3600)));
    expect(response.status).toBe(401);
    expect(running.bot.turnsSeen).toBe(0);
  });

  it('runs the bot for a genuine token', async () => {
    const response = await post(issuer.issue(channelClaims(APP_ID, SERVICE_URL)), 'signed');
    expect(response.status).toBe(200);
    expect(messageTexts((await response.json()) as ReplyBody)).toEqual(['echo 1: signed']);
  });

  it('still applies the edge checks before authentication', async () => {
    expect((await postActivity(running.host.url, { text: 'no type' })).status).toBe(400);
  });
});

describe('a host that cannot reach the token signing keys', () => {
  let running: TestHost;
  let issuer: TokenIssuer;

  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    issuer = await startTokenIssuer();
    // A port that was just free: nothing answers there.
    const unreachable = await startTokenIssuer();
    const deadMetadataUrl = unreachable.metadataUrl;
    await unreachable.close();
    running = await startTestHost({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD }, { openIdMetadataUrl: deadMetadataUrl });
  });
  afterAll(async () => {
    await running.host.stop();
    await issuer.close();
    vi.restoreAllMocks();
  });

  it('answers 500 with a plain body, keeps the internal reason for the log, and stays up', async () => {
    const activity = messageActivity('hello', { channelId: 'msteams', serviceUrl: SERVICE_URL });
    const response = await postActivity(running.host.url, activity, { authorization: `Bearer ${issuer.issue(channelClaims(APP_ID, SERVICE_URL))}` });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual(SERVER_ERROR_BODY);
    const failure = running.log.entries().find((entry) => entry.msg === 'adapter failed');
    expect(failure).toMatchObject({ statusCode: 500 });
    expect(String(failure?.detail)).toMatch(/ECONNREFUSED|failed/);
    expect((await fetch(`${running.host.url}/healthz`)).status).toBe(200);
  });
});
