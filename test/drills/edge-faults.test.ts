import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../../bench/support/start-bot.js';
import type { RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { messageActivity, postActivity, type TestHost } from '../host/host-fixture.js';
import { startSilentKeysHost } from '../host/silent-keys-host.js';
import { forgedTokens, type SilentEndpoint, type TokenIssuer } from '../host/token-issuer.js';
import { byScale, reportDrill } from './drill-scale.js';

const post = (url: string, body: Buffer | string, encoding: string): Promise<Response> =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body });

describe('crash by encoding and compression bombs', () => {
  let bot: RunningUpgradeAssistant;
  beforeAll(async () => {
    bot = await startBot({ STORAGE: 'memory' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers every body labelled gzip that is not gzip with 415, and the process stays up', async () => {
    const requests = byScale(50, 500);
    const statuses = await Promise.all(Array.from({ length: requests }, () => post(bot.url, '{"type":"message"}', 'gzip').then((response) => response.status)));
    const healthz = (await fetch(`${bot.url}/healthz`)).status;
    reportDrill('crash-by-encoding', { requests, answered415: statuses.filter((status) => status === 415).length, healthzAfter: healthz });
    expect(statuses.every((status) => status === 415)).toBe(true);
    expect(healthz).toBe(200);
  });

  it('answers bombs with 415 without inflating them: memory stays, /healthz answers', async () => {
    const bombs = byScale(4, 16);
    // 250 MB of zeros in about 250 KB, under the 256 KB body limit: what the audit sent.
    const bomb = gzipSync(Buffer.alloc(250 * 1024 * 1024), { level: 9 });
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const statuses = await Promise.all(Array.from({ length: bombs }, () => post(bot.url, bomb, 'gzip').then((response) => response.status)));
    const seconds = (performance.now() - started) / 1000;
    const rssGrowthMb = Math.max(0, process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    const healthz = (await fetch(`${bot.url}/healthz`)).status;
    reportDrill('bomb', { bombsAtOnce: bombs, bombKB: Math.round(bomb.length / 1024), answered415: statuses.filter((status) => status === 415).length, seconds: seconds.toFixed(2), rssGrowthMB: rssGrowthMb.toFixed(0), healthzAfter: healthz });
    expect(statuses.every((status) => status === 415)).toBe(true);
    expect(healthz).toBe(200);
    // Inflating even one would take 250 MB.
    expect(rssGrowthMb).toBeLessThan(100);
  });
});

describe('auth key faults', () => {
  const APP_ID = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
  const APP_PASSWORD = 'drill-password';
  const SERVICE_URL = 'http://127.0.0.1:9';
  let issuer: TokenIssuer;
  let silent: SilentEndpoint;
  let running: TestHost;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ running, issuer, silent, stop } = await startSilentKeysHost('all', { appId: APP_ID, password: APP_PASSWORD }, 1_000));
  });
  afterAll(() => stop());

  it('answers a flood of forged tokens against a silent key endpoint with 401 or 503, none 500, none left hanging', async () => {
    const perVariant = byScale(10, 50);
    const variants = forgedTokens(issuer, APP_ID, SERVICE_URL, APP_PASSWORD).map(([, token]) => token);
    const started = performance.now();
    const statuses = await Promise.all(
      variants.flatMap((token, variant) =>
        Array.from({ length: perVariant }, (_, index) =>
          postActivity(running.host.url, messageActivity('forged', { channelId: 'msteams', serviceUrl: SERVICE_URL, conversation: { id: `forged-${variant}-${index}` } }), {
            authorization: `Bearer ${token}`,
          }).then((response) => response.status),
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const count = (status: number) => statuses.filter((candidate) => candidate === status).length;
    reportDrill('auth-key-faults', { forgedAtOnce: statuses.length, answered401: count(401), answered503: count(503), answered500: count(500), seconds: seconds.toFixed(2), keyEndpointConnections: silent.connections, botTurns: running.bot.turnsSeen });
    expect(count(401) + count(503)).toBe(statuses.length);
    expect(running.bot.turnsSeen).toBe(0);
  });
});
