import { Writable } from 'node:stream';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import { newCheckBack, type CheckBack } from '../../domain/index.js';
import { CheckBackScheduler, DEFAULT_LEASE_MS } from '../../bot/check-back/check-back-scheduler.js';
import { StorageCheckBackStore } from '../../bot/check-back/storage-check-back-store.js';
import { createLogger } from '../../bot/logger.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { startUpgradeAssistant, type RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BOOKED = new Date('2026-12-08T09:00:00Z');

/** Log lines as objects, read back from a pino destination. */
function capturedLogs(): { logger: ReturnType<typeof createLogger>; events: () => string[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), events: () => lines.map((line) => String(line['event'] ?? '')) };
}

function booking(conversationId: string, now: Date, serviceUrl = 'http://127.0.0.1:9/'): CheckBack {
  return newCheckBack({
    conversationKey: `test/${conversationId}`,
    address: { channelId: 'test', serviceUrl, conversation: { id: conversationId }, bot: { id: 'bot' }, user: { id: 'user' } },
    language: 'en',
    now,
  });
}

/** A clock tests move by hand: every read of "now" by the store and the scheduler goes through it. */
function manualClock(start: Date) {
  let now = start.getTime();
  return { now: () => new Date(now), set: (at: number) => void (now = at) };
}

describe('check-back sending: a failed delivery is tried again with backoff, then failed (issue 26, finding 2)', { timeout: 60_000 }, () => {
  let bot: RunningUpgradeAssistant | undefined;
  let channel: Server | undefined;
  afterEach(async () => {
    await bot?.stop();
    await new Promise<void>((resolve) => (channel ? channel.close(() => resolve()) : resolve()));
    bot = undefined;
    channel = undefined;
  });

  /**
   * A channel whose connector answers every POST of one try with that try's status (the last
   * repeating). The connector client retries a 5xx itself within one try, so tries are counted as
   * the rounds in which the channel was called.
   */
  async function channelAnswering(statuses: number[]): Promise<{ serviceUrl: string; nextTry: (index: number) => void; posts: () => number }> {
    let posts = 0;
    let status = statuses[0] ?? 200;
    channel = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.method === 'POST') posts++;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(status < 300 ? { id: `reply-${posts}` } : { error: { code: 'ServiceError', message: 'down' } }));
      });
    });
    await new Promise<void>((resolve) => channel?.listen(0, '127.0.0.1', resolve));
    return {
      serviceUrl: `http://127.0.0.1:${(channel.address() as AddressInfo).port}`,
      nextTry: (index) => void (status = statuses[Math.min(index, statuses.length - 1)] ?? 200),
      posts: () => posts,
    };
  }

  async function startWithClock(clock: ReturnType<typeof manualClock>, logger: ReturnType<typeof createLogger>) {
    const running = await startUpgradeAssistant(botConfig({ STORAGE: 'memory' }), logger, { checkBackClock: clock.now });
    bot = running;
    return { running, store: new StorageCheckBackStore(running.storage.storage) };
  }

  it.each([
    { channel: [403, 403, 403], expected: { tries: 3, status: 'failed', attempts: 3, event: 'check-back.failed' } },
    { channel: [500, 200], expected: { tries: 2, status: 'sent', attempts: 2, event: 'check-back.sent' } },
    { channel: [404, 403, 200], expected: { tries: 3, status: 'sent', attempts: 3, event: 'check-back.sent' } },
  ])('a channel answering $channel, one status a try: $expected.tries tries, then $expected.status', { timeout: 60_000 }, async ({ channel: statuses, expected }) => {
    const connector = await channelAnswering(statuses);
    const clock = manualClock(BOOKED);
    const { logger, events } = capturedLogs();
    const { running, store } = await startWithClock(clock, logger);
    const checkBack = booking('retried', BOOKED, connector.serviceUrl);
    await store.schedule(checkBack);

    // Rounds every 30 s for 15 minutes: the retries come after their backoff, not at the next round.
    const triesAt: number[] = [];
    for (let at = BOOKED.getTime() + HOUR; at <= BOOKED.getTime() + HOUR + 15 * MINUTE; at += 30_000) {
      clock.set(at);
      const before = connector.posts();
      connector.nextTry(triesAt.length);
      await running.checkBacks.runOnce();
      if (connector.posts() > before) triesAt.push((at - BOOKED.getTime() - HOUR) / MINUTE);
    }
    const { value } = await store.read(checkBack.conversationKey);
    expect({ tries: triesAt.length, status: value?.status, attempts: value?.attempts }).toEqual({ tries: expected.tries, status: expected.status, attempts: expected.attempts });
    // First try when due, the second a minute later, the third five minutes after that.
    expect(triesAt).toEqual([0, 1, 6].slice(0, expected.tries));
    expect(events()).toContain(expected.event);
    expect(events().filter((event) => event === 'check-back.send-failed')).toHaveLength(expected.tries - 1);
  });

  it('a channel refusing the connection: not recorded as sent, tried again later', async () => {
    const clock = manualClock(BOOKED);
    const { logger, events } = capturedLogs();
    const { running, store } = await startWithClock(clock, logger);
    // Port 9 (discard) on loopback: nothing listens there, the connection is refused.
    const checkBack = booking('refused', BOOKED);
    await store.schedule(checkBack);
    clock.set(BOOKED.getTime() + HOUR);
    await running.checkBacks.runOnce();
    const { value } = await store.read(checkBack.conversationKey);
    expect({ status: value?.status, attempts: value?.attempts, retryAt: value?.retryAt }).toEqual({
      status: 'scheduled',
      attempts: 1,
      retryAt: new Date(BOOKED.getTime() + HOUR + MINUTE).toISOString(),
    });
    expect(events()).toContain('check-back.send-failed');
  });
});

/** Two schedulers on one store; each delivery that reaches the channel is counted. */
function twoInstances(store: StorageCheckBackStore, clock: ReturnType<typeof manualClock>, behaviourOfA: 'dies-after-posting' | 'dies-before-posting') {
  const posted: string[] = [];
  const { logger, events } = capturedLogs();
  const never = new Promise<void>(() => undefined);
  const a = new CheckBackScheduler({
    store,
    logger,
    instanceId: 'instance-a',
    now: clock.now,
    deliver: async (checkBack, beforePost) => {
      if (behaviourOfA === 'dies-before-posting') return never;
      await beforePost();
      posted.push(`a:${checkBack.conversationKey}`);
      // The process is killed here: the channel has the message, the "sent" write never happens.
      return never;
    },
  });
  const b = new CheckBackScheduler({
    store,
    logger,
    instanceId: 'instance-b',
    now: clock.now,
    deliver: async (checkBack, beforePost) => {
      await beforePost();
      posted.push(`b:${checkBack.conversationKey}`);
    },
  });
  return { a, b, posted, events };
}

describe('check-back claims: an instance killed mid-send (issue 26, finding 3)', () => {
  it.each([
    { killed: 'dies-after-posting' as const, posted: ['a:test/killed'], status: 'failed', event: 'check-back.outcome-unknown' },
    { killed: 'dies-before-posting' as const, posted: ['b:test/killed'], status: 'sent', event: 'check-back.sent' },
  ])('instance A $killed: after its lease the survivor leaves $posted, status $status', async ({ killed, posted: expectedPosts, status, event }) => {
    const store = new StorageCheckBackStore(new MemoryStorage());
    const clock = manualClock(BOOKED);
    const checkBack = booking('killed', BOOKED);
    await store.schedule(checkBack);
    const { a, b, posted, events } = twoInstances(store, clock, killed);
    clock.set(BOOKED.getTime() + HOUR);
    // A's round never ends: the process is gone.
    void a.runOnce();
    await new Promise((resolve) => setImmediate(resolve));
    for (let waited = 0; waited <= DEFAULT_LEASE_MS + 2 * MINUTE; waited += 30_000) {
      clock.set(BOOKED.getTime() + HOUR + waited);
      await b.runOnce();
    }
    expect(posted).toEqual(expectedPosts);
    expect((await store.read(checkBack.conversationKey)).value?.status).toBe(status);
    expect(events()).toContain(event);
    expect(await store.due(new Date(BOOKED.getTime() + 3 * HOUR))).toEqual([]);
  });
});

describe('booking while a check-back is being sent never races the due index (issue 26, finding 4)', () => {
  it('a new booking made in the same conversation during the send is kept and sent an hour later, not at once and not never', async () => {
    const store = new StorageCheckBackStore(new MemoryStorage());
    const clock = manualClock(BOOKED);
    await store.schedule(booking('rebooked', BOOKED));
    const sentAt: number[] = [];
    const scheduler = new CheckBackScheduler({
      store,
      logger: createLogger({ level: 'silent' }),
      now: clock.now,
      deliver: async (checkBack, beforePost) => {
        await beforePost();
        sentAt.push((clock.now().getTime() - BOOKED.getTime()) / MINUTE);
        // The admin books again while the first check-back is on its way.
        if (sentAt.length === 1) await store.schedule(booking('rebooked', clock.now()));
      },
    });
    for (let minute = 60; minute <= 130; minute += 0.5) {
      clock.set(BOOKED.getTime() + minute * MINUTE);
      await scheduler.runOnce();
    }
    expect(sentAt).toEqual([60, 120]);
  });

  it('a booking made between the round reading what is due and claiming it waits its hour', async () => {
    const store = new StorageCheckBackStore(new MemoryStorage());
    const clock = manualClock(BOOKED);
    await store.schedule(booking('first', BOOKED));
    await store.schedule(booking('second', BOOKED));
    const sent: { conversation: string; minute: number }[] = [];
    const scheduler = new CheckBackScheduler({
      store,
      logger: createLogger({ level: 'silent' }),
      now: clock.now,
      deliver: async (checkBack, beforePost) => {
        await beforePost();
        sent.push({ conversation: checkBack.conversationKey, minute: (clock.now().getTime() - BOOKED.getTime()) / MINUTE });
        // Sending the first, the second conversation books anew: its old entry was already read as due.
        if (checkBack.conversationKey === 'test/first' && sent.length === 1) await store.schedule(booking('second', clock.now()));
      },
    });
    for (let minute = 60; minute <= 125; minute += 0.5) {
      clock.set(BOOKED.getTime() + minute * MINUTE);
      await scheduler.runOnce();
    }
    expect(sent).toEqual([
      { conversation: 'test/first', minute: 60 },
      { conversation: 'test/second', minute: 120 },
    ]);
  });

  it('cancelling while another booking replaces it leaves the new booking in the index', async () => {
    const store = new StorageCheckBackStore(new MemoryStorage());
    const old = booking('cancel-race', BOOKED);
    await store.schedule(old);
    const replacement = booking('cancel-race', new Date(BOOKED.getTime() + MINUTE));
    await Promise.all([store.cancel(old.conversationKey), store.schedule(replacement)]);
    const value = (await store.read(old.conversationKey)).value;
    const due = await store.due(new Date(BOOKED.getTime() + 2 * HOUR));
    // Whichever write came last, a scheduled item has its index entry.
    if (value?.status === 'scheduled') expect(due.map((entry) => entry.bookedAt)).toEqual([replacement.createdAt]);
    else expect(due).toEqual([]);
  });
});
