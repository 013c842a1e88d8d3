import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationTurns, MAX_WAITING_TURNS } from '../../bot/conversation-turns.js';
import { startUpgradeAssistant, type RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { messageActivity, MESSAGES_PATH, newConversation } from '../../bench/support/activities.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { sendTurn } from '../../bench/support/journey.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { captureLogger } from '../host/host-fixture.js';
import { byScale, reportDrill } from './drill-scale.js';

const TEXTS = ['Can I upgrade?', 'help', 'menu', 'Can I upgrade?', 'help'];

function p99(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0);
}

/** Other conversations, each sending its turns one after another; their latencies. */
async function otherConversations(client: HttpClient, conversations: number, turns: number): Promise<{ ms: number[]; statuses: number[] }> {
  const ms: number[] = [];
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: conversations }, async (_unused, index) => {
      const conversation = newConversation(`other-${index}`);
      for (let turn = 0; turn < turns; turn += 1) {
        const result = await sendTurn(client, conversation, { text: TEXTS[turn % TEXTS.length] ?? 'help' });
        ms.push(result.ms);
        statuses.push(result.status);
      }
    }),
  );
  return { ms, statuses };
}

describe('one conversation flooding the bot', () => {
  let bot: RunningUpgradeAssistant;
  beforeAll(async () => {
    // lowdb, the default: a turn waits for its journal append, so turns of a conversation really queue.
    bot = await startUpgradeAssistant(botConfig({ STORAGE: 'lowdb', DATA_DIR: await mkdtemp(join(tmpdir(), 'flood-')), LOG_LEVEL: 'info' }), captureLogger().logger);
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('over HTTP: every other conversation is answered while one conversation floods the bot (p99 before and during reported)', async () => {
    const others = byScale(8, 50);
    const turnsEach = byScale(5, 20);
    const floodSize = byScale(300, 2_000);
    const otherClient = new HttpClient(bot.url, others);
    // A first round warms the code paths up, so "before" is not the cold start.
    await otherConversations(otherClient, others, 2);
    const before = await otherConversations(otherClient, others, turnsEach);

    const floodClient = new HttpClient(bot.url, floodSize);
    const flooder = newConversation('flooder');
    // Past MAX_CONNECTIONS a flood's new connections are closed at once: those count as turned away too.
    const flood = Promise.all(
      Array.from({ length: floodSize }, () => floodClient.post(MESSAGES_PATH, messageActivity(flooder, { text: 'help' })).catch(() => ({ status: 0 }))),
    );
    const during = await otherConversations(otherClient, others, turnsEach);
    const floodAnswers = await flood;
    floodClient.close();
    otherClient.close();

    const accepted = floodAnswers.filter((answer) => answer.status === 200).length;
    const retryLater = floodAnswers.filter((answer) => answer.status === 429).length;
    const closed = floodAnswers.filter((answer) => answer.status === 0).length;
    reportDrill('conversation flood', {
      flood: floodSize,
      floodAnswered200: accepted,
      floodTold429: retryLater,
      floodConnectionsClosed: closed,
      otherTurns: during.ms.length,
      othersP99BeforeMs: p99(before.ms),
      othersP99DuringMs: p99(during.ms),
    });
    expect(during.statuses.every((status) => status === 200)).toBe(true);
    expect(accepted + retryLater + closed).toBe(floodSize);
  }, 120_000);

  it('a conversation gets one running turn and MAX_WAITING_TURNS waiting; past that it is turned away, and another conversation is not', async () => {
    const turns = new ConversationTurns();
    const flooder = { channelId: 'msteams', conversation: { id: 'flooder' } };
    const other = { channelId: 'msteams', conversation: { id: 'other' } };
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const flood = Array.from({ length: 30 }, (_unused, index) =>
      turns.tryRun(flooder, async () => {
        await held;
        order.push(`flood-${index}`);
      }),
    );
    const otherTurn = turns.tryRun(other, async () => {
      order.push('other');
    });
    expect(await otherTurn).toEqual({ result: undefined });
    release();
    const outcomes = await Promise.all(flood);
    expect(outcomes.map((outcome) => outcome !== undefined)).toEqual(Array.from({ length: 30 }, (_unused, index) => index <= MAX_WAITING_TURNS));
    // The other conversation ran while the flood's line waited; the flood's turns ran in arrival order.
    expect(order).toEqual(['other', ...Array.from({ length: MAX_WAITING_TURNS + 1 }, (_unused, index) => `flood-${index}`)]);
    // Once the line has emptied, the conversation is taken again.
    expect(await turns.tryRun(flooder, async () => 'again')).toEqual({ result: 'again' });
  });
});
