import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { MESSAGES_PATH, newConversation, type Conversation } from '../../bench/support/activities.js';
import { ExpectedRepliesSchema } from '../../bench/support/bot-replies.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { runJourney, sendTurn } from '../../bench/support/journey.js';
import { randomTenantFacts } from '../../bench/support/random-facts.js';
import { SeededRandom } from '../../bench/support/seeded-random.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { startUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { captureLogger, type CapturedLog } from '../host/host-fixture.js';
import { startFakeConnector, type FakeConnector } from '../host/fake-connector.js';
import { byScale, reportDrill } from './drill-scale.js';
import { nextFuzzCase } from './fuzz-cases.js';

const REQUESTS = byScale(1_500, 10_000);
const IN_FLIGHT = 8;

describe(`fuzz: ${REQUESTS} random and malformed activities and card payloads`, () => {
  let bot: RunningUpgradeAssistant;
  let client: HttpClient;
  let connector: FakeConnector;
  let log: CapturedLog;

  beforeAll(async () => {
    // Activities fuzzed out of expectReplies are answered through a connector: a local one that says yes.
    connector = await startFakeConnector();
    const captured = captureLogger();
    log = captured.log;
    bot = await startUpgradeAssistant(botConfig({ STORAGE: 'memory', LOG_LEVEL: 'info' }), captured.logger);
    client = new HttpClient(bot.url, IN_FLIGHT);
  });
  afterAll(async () => {
    client?.close();
    await bot?.stop();
    await connector?.close();
  });

  it('never answers 5xx or crashes; a message it takes always gets a reply', { timeout: byScale(60_000, 600_000) }, async () => {
    const random = new SeededRandom(31337);
    // Conversations in every state: fresh, mid-intake, at the diagnosis, finished.
    const conversations: Conversation[] = [];
    for (let index = 0; index < 24; index++) {
      const conversation = newConversation(`fuzz-${index}`, 'en-US', connector.serviceUrl);
      conversations.push(conversation);
      if (index % 3 === 1) await sendTurn(client, conversation, { text: 'Can I upgrade?' });
      if (index % 3 === 2) await runJourney(client, conversation, randomTenantFacts(random));
    }

    const byKind = new Map<string, { sent: number; status4xx: number; status200: number }>();
    const problems: string[] = [];
    let sent = 0;
    const worker = async () => {
      while (sent < REQUESTS) {
        sent++;
        const conversation = random.pick(conversations);
        const fuzz = nextFuzzCase(random, conversation);
        const response = await client.post(MESSAGES_PATH, fuzz.body, fuzz.contentType);
        const tally = byKind.get(fuzz.kind) ?? { sent: 0, status4xx: 0, status200: 0 };
        byKind.set(fuzz.kind, tally);
        tally.sent++;
        if (response.status >= 400 && response.status < 500) tally.status4xx++;
        else if (response.status === 200) tally.status200++;
        else problems.push(`${fuzz.kind}: HTTP ${response.status} for ${fuzz.body.slice(0, 300)}`);
        if (response.status === 200 && fuzz.mustReply) {
          const replies = ExpectedRepliesSchema.safeParse(response.body);
          if (!replies.success || replies.data.activities.length === 0) problems.push(`${fuzz.kind}: no reply to ${fuzz.body.slice(0, 300)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    // Still alive and still right: a fresh journey after the storm.
    const after = await runJourney(client, newConversation('fuzz-after'), randomTenantFacts(random));
    const totals = [...byKind.values()].reduce((sum, tally) => ({ sent: sum.sent + tally.sent, status4xx: sum.status4xx + tally.status4xx, status200: sum.status200 + tally.status200 }), { sent: 0, status4xx: 0, status200: 0 });
    const turnFailures = log.entries().filter((entry) => entry.msg === 'turn failed');
    reportDrill('fuzz', {
      requests: totals.sent,
      turnsFailedInsideBot: turnFailures.length,
      answered4xx: totals.status4xx,
      answered200: totals.status200,
      failures: problems.length,
      ...Object.fromEntries([...byKind].map(([kind, tally]) => [kind.replace(/\s+/g, '-'), `${tally.sent}(4xx:${tally.status4xx},200:${tally.status200})`])),
    });
    expect(problems.slice(0, 20)).toEqual([]);
    // An apology is friendly but wipes the conversation: no payload may make the bot itself fail.
    expect(turnFailures.map((entry) => JSON.stringify(entry.err).slice(0, 300))).toEqual([]);
    expect(after.failures).toEqual([]);
  });
});
