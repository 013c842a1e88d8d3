import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { messageActivity, messageTexts, postActivity, startTestHost, type ReplyBody, type TestHost } from './host-fixture.js';
import { startSilentKeysHost } from './silent-keys-host.js';
import { channelClaims, emulatorClaims, forgedTokens, startTokenIssuer, type SilentEndpoint, type TokenIssuer } from './token-issuer.js';

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

describe('a host that cannot reach the token signing keys (connection refused)', () => {
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

  it('answers a token it cannot check yet with 503 and Retry-After, keeps the reason for the log, and stays up', async () => {
    const activity = messageActivity('hello', { channelId: 'msteams', serviceUrl: SERVICE_URL });
    const response = await postActivity(running.host.url, activity, { authorization: `Bearer ${issuer.issue(channelClaims(APP_ID, SERVICE_URL))}` });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const refusal = running.log.entries().find((entry) => entry.msg === 'request refused: signing keys unavailable');
    expect(refusal).toMatchObject({ statusCode: 503 });
    expect((await fetch(`${running.host.url}/healthz`)).status).toBe(200);
    expect(running.bot.turnsSeen).toBe(0);
  });

  it('answers every forged token with 401 or 503, never 500, and never runs the bot', async () => {
    const statuses: Record<string, number> = {};
    for (const [variant, token] of forgedTokens(issuer, APP_ID, SERVICE_URL, APP_PASSWORD)) {
      const activity = messageActivity('forged', { channelId: 'msteams', serviceUrl: SERVICE_URL });
      statuses[variant] = (await postActivity(running.host.url, activity, { authorization: `Bearer ${token}` })).status;
    }
    // What no key can make valid is refused at once; what only the keys can judge waits for them.
    expect(statuses).toEqual({
      'a signature by another key': 503,
      'an unknown key id': 503,
      'alg none': 401,
      'HS256 with the app password': 401,
      'an expired token': 401,
      'a token that is not a JWT': 401,
      'an emulator token signed by another key': 503,
    });
    expect(running.bot.turnsSeen).toBe(0);
  });
});

describe('a host whose signing-key endpoint takes connections and never answers', () => {
  let running: TestHost;
  let issuer: TokenIssuer;
  let silent: SilentEndpoint;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    // Channel tokens are checked against keys that answer; Emulator tokens against the silent endpoint.
    ({ running, issuer, silent, stop } = await startSilentKeysHost('emulator', { appId: APP_ID, password: APP_PASSWORD }, 1_500));
  });
  afterAll(() => stop());

  const emulatorRequest = (conversationId: string): Promise<Response> =>
    postActivity(running.host.url, messageActivity('stuck', { channelId: 'emulator', serviceUrl: SERVICE_URL, conversation: { id: conversationId } }), {
      authorization: `Bearer ${issuer.forge(emulatorClaims(APP_ID))}`,
    });

  // First: the later tests find the endpoint known to be down and answer at once.
  it('authenticates before taking the turn lock: a request stuck on its keys does not hold up its conversation', async () => {
    const conversation = { id: 'silent-shared' };
    const settled: string[] = [];
    const stuck = emulatorRequest(conversation.id).then((response) => {
      settled.push('stuck');
      return response;
    });
    // Let the stuck request reach its key fetch first.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const genuine = await postActivity(
      running.host.url,
      messageActivity('real turn', { channelId: 'msteams', serviceUrl: SERVICE_URL, conversation }),
      { authorization: `Bearer ${issuer.issue(channelClaims(APP_ID, SERVICE_URL))}` },
    );
    settled.push('genuine');
    expect(genuine.status).toBe(200);
    expect((await stuck).status).toBe(503);
    expect(settled).toEqual(['genuine', 'stuck']);
  });

  it('answers 503 once the key fetch times out, instead of hanging', async () => {
    const response = await emulatorRequest('silent-timeout');
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 200 forged tokens at once, each with 503, over at most one key fetch at a time', async () => {
    const connectionsBefore = silent.connections;
    const responses = await Promise.all(Array.from({ length: 200 }, (_, index) => emulatorRequest(`silent-flood-${index}`)));
    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([503]));
    expect(silent.connections - connectionsBefore).toBeLessThanOrEqual(1);
  });
});
