import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { newConversation } from '../../bench/support/activities.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { runJourney } from '../../bench/support/journey.js';
import { runLoad } from '../../bench/support/load.js';
import { randomTenantFacts } from '../../bench/support/random-facts.js';
import { SeededRandom } from '../../bench/support/seeded-random.js';
import { startBot } from '../../bench/support/start-bot.js';
import { byScale, reportDrill } from './drill-scale.js';

const CONVERSATIONS = byScale(60, 1000);
const IN_FLIGHT = byScale(20, 50);

describe(`soak: ${CONVERSATIONS} conversations, ${IN_FLIGHT} at once, each its own facts`, () => {
  let dataDir: string;
  let bot: RunningUpgradeAssistant;
  let client: HttpClient;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ua-drill-soak-'));
    bot = await startBot({ STORAGE: 'lowdb', DATA_DIR: dataDir });
    client = new HttpClient(bot.url, IN_FLIGHT);
  });
  afterAll(async () => {
    client?.close();
    await bot?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finishes every journey with the diagnosis of its own facts, no 5xx, no reply in the wrong conversation', { timeout: byScale(60_000, 600_000) }, async () => {
    const random = new SeededRandom(2024);
    const load = await runLoad({
      concurrency: IN_FLIGHT,
      conversations: CONVERSATIONS,
      conversation: (index) => runJourney(client, newConversation(`soak-${index}`), randomTenantFacts(random)),
      progress: (done) => process.stdout.write(`\r  soak: ${done}/${CONVERSATIONS} conversations`),
    });
    const serverErrors = load.samples.filter((sample) => sample.status >= 500).length;
    reportDrill('soak', {
      conversations: load.conversations,
      turns: load.samples.length,
      seconds: Math.round(load.elapsedMs / 100) / 10,
      '5xx': serverErrors,
      failedConversations: load.failures.length,
    });
    expect(load.conversations).toBe(CONVERSATIONS);
    expect(serverErrors).toBe(0);
    expect(load.failures).toEqual([]);
  });
});
