import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { messageActivity, MESSAGES_PATH, newConversation } from '../../bench/support/activities.js';
import { submitsOf } from '../../bench/support/bot-replies.js';
import { startChildServer } from '../../bench/support/child-server.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { byScale, reportDrill } from './drill-scale.js';
import { currentStep, openWalkthrough } from './walkthrough-driver.js';

/** A channel that takes the bot's posts and never answers them: the bot is killed mid-post. */
async function startStallingChannel(): Promise<{ serviceUrl: string; nextPost(): Promise<unknown>; close(): Promise<void> }> {
  let waiting: ((activity: unknown) => void) | undefined;
  const server: Server = createServer((req) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => waiting?.(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    nextPost: () => new Promise((resolve) => (waiting = resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('kill -9 while a normal-delivery reply is being posted', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('the step the user was shown is the step the restarted bot is at', { timeout: byScale(90_000, 600_000) }, async () => {
    const trials = byScale(2, 5);
    const dataDir = await mkdtemp(join(tmpdir(), 'ua-drill-kill-post-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const channel = await startStallingChannel();
    cleanups.push(() => channel.close());
    const env = { STORAGE: 'lowdb', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    let matched = 0;
    const outcomes: string[] = [];
    for (let trial = 0; trial < trials; trial++) {
      const bot = await startChildServer('upgrade-assistant', { env });
      const client = new HttpClient(bot.url, 2);
      const conversation = newConversation(`kill-post-${trial}`, 'en-US', channel.serviceUrl);
      const done = await openWalkthrough({ journey: client }, conversation);
      const posted = channel.nextPost();
      const click = client.post(MESSAGES_PATH, { ...messageActivity(conversation, { value: done }), deliveryMode: 'normal' }).catch(() => undefined);
      const seen = await posted;
      const seenStep = submitsOf([seen as { type: string }]).find((submit) => submit.action === 'step')?.['stepIndex'];
      process.kill(bot.pid, 'SIGKILL');
      await click;
      client.close();

      const restarted = await startChildServer('upgrade-assistant', { env });
      const again = new HttpClient(restarted.url, 1);
      const savedStep = await currentStep(again, conversation);
      again.close();
      await restarted.stop();
      outcomes.push(`shown ${typeof seenStep === 'number' ? seenStep + 1 : 'none'}, saved ${savedStep ?? 'none'}`);
      if (typeof seenStep === 'number' && savedStep === seenStep + 1) matched++;
    }
    reportDrill('kill-during-post', { trials, shownStepIsSavedStep: matched, outcomes: outcomes.join('; ') });
    expect(matched).toBe(trials);
  });
});
