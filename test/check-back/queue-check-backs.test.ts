import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { QueueServiceClient, type QueueClient } from '@azure/storage-queue';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCheckBack, type CheckBack } from '../../domain/index.js';
import { checkBackMessage, CheckBackQueueWorker, MAX_VISIBILITY_SECONDS, QueueCheckBackStore, visibilityDelaySeconds } from '../../bot/check-back/queue-check-backs.js';
import type { CheckBackDelivery } from '../../bot/check-back/send-claimed.js';
import { StorageCheckBackStore } from '../../bot/check-back/storage-check-back-store.js';
import { createLogger } from '../../bot/logger.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { startUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { startAzurite, type RunningAzurite } from '../storage/azurite.js';

const DAY_SECONDS = 24 * 60 * 60;

function capturedLogs() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines };
}

/** A booking due `inMs` from now (a check-back's hour shortened: the queue's clock is real time). */
function bookingDueIn(conversationId: string, inMs: number): CheckBack {
  const now = new Date();
  return { ...newCheckBack({ conversationKey: `test/${conversationId}`, address: { conversation: { id: conversationId } }, language: 'en', now }), dueAt: new Date(now.getTime() + inMs).toISOString() };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(100);
  }
}

async function messagesIn(queue: QueueClient): Promise<number> {
  return (await queue.getProperties()).approximateMessagesCount ?? 0;
}

// Real time (the queue's clock is Azurite's): generous timeouts, so a busy machine is slow, not failing.
describe('check-backs through an Azure Storage queue (Azurite)', { timeout: 90_000 }, () => {
  let azurite: RunningAzurite;
  let service: QueueServiceClient;
  let blobs: BlobsStorage;
  let testIndex = 0;

  beforeAll(async () => {
    azurite = await startAzurite({ queues: true });
    service = QueueServiceClient.fromConnectionString(azurite.connectionString, { retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500, tryTimeoutInMs: 5_000 } });
    blobs = new BlobsStorage(azurite.connectionString, 'check-backs');
  });
  afterAll(async () => {
    await azurite?.stop();
  });

  /** A fresh queue pair, the store over the shared container, and workers whose sends are counted by conversation. */
  async function setUp(options: { failFirst?: number; retryDelaysMs?: number[] } = {}) {
    testIndex++;
    const queue = service.getQueueClient(`check-backs-${testIndex}`);
    const poisonQueue = service.getQueueClient(`check-backs-${testIndex}-poison`);
    await queue.createIfNotExists();
    await poisonQueue.createIfNotExists();
    const items = new StorageCheckBackStore(blobs, { dueIndex: false });
    const store = new QueueCheckBackStore(items, queue);
    const sent: string[] = [];
    let tries = 0;
    const deliver: CheckBackDelivery = async (checkBack, beforePost) => {
      await beforePost();
      tries++;
      if (tries <= (options.failFirst ?? 0)) throw new Error('the channel answered 500');
      sent.push(checkBack.conversationKey);
    };
    const { logger, lines } = capturedLogs();
    const worker = (instanceId: string) =>
      new CheckBackQueueWorker({ queue, poisonQueue, store: items, deliver, logger, pollMs: 100, leaseMs: 60_000, instanceId, retryDelaysMs: options.retryDelaysMs ?? [500, 500] });
    const events = () => lines.map((line) => String(line['event'] ?? ''));
    return { queue, poisonQueue, items, store, sent, worker, lines, events };
  }

  it('a booking stays hidden until it is due, then one of two instances sends it, once', async () => {
    const { store, sent, worker, queue } = await setUp();
    const [a, b] = [worker('instance-a'), worker('instance-b')];
    await store.schedule(bookingDueIn('hidden', 2_000));
    expect(await a.runOnce()).toBe(0);
    expect(sent).toEqual([]);
    a.start();
    b.start();
    await until(() => sent.length > 0);
    await sleep(500);
    await Promise.all([a.stop(), b.stop()]);
    expect(sent).toEqual(['test/hidden']);
    expect(await messagesIn(queue)).toBe(0);
  });

  it('a redelivered message (the same booking queued twice) is sent once: the item\'s eTag claim decides', async () => {
    const { store, items, sent, worker, queue } = await setUp();
    const checkBack = bookingDueIn('redelivered', 0);
    await store.schedule(checkBack);
    await queue.sendMessage(JSON.stringify(checkBackMessage(checkBack)));
    const [a, b] = [worker('instance-a'), worker('instance-b')];
    // The copy that lost the claim race is hidden a moment, then found already sent and deleted.
    await until(async () => {
      await Promise.all([a.runOnce(), b.runOnce()]);
      return (await messagesIn(queue)) === 0;
    });
    expect(sent).toEqual(['test/redelivered']);
    expect((await items.read(checkBack.conversationKey)).value?.status).toBe('sent');
    expect(await messagesIn(queue)).toBe(0);
  });

  it('a cancelled booking\'s message is a no-op, and a newer booking is sent in its place at its own time', async () => {
    const { store, sent, worker, queue } = await setUp();
    await store.schedule(bookingDueIn('cancelled', 0));
    expect(await store.cancel('test/cancelled')).toBe(true);
    await store.schedule(bookingDueIn('replaced', 0));
    await store.schedule(bookingDueIn('replaced', 1_500));
    const a = worker('instance-a');
    await a.runOnce();
    expect(sent).toEqual([]);
    await until(async () => {
      await a.runOnce();
      return sent.length > 0;
    });
    expect(sent).toEqual(['test/replaced']);
    expect(await messagesIn(queue)).toBe(0);
  });

  it.each([
    { failFirst: 2, sent: ['test/flaky'], status: 'sent', poisoned: 0 },
    { failFirst: 3, sent: [], status: 'failed', poisoned: 1 },
  ])('a channel failing the first $failFirst tries: sent $sent, status $status, $poisoned moved to the poison queue', async ({ failFirst, sent: expectedSent, status, poisoned }) => {
    const { store, items, sent, worker, queue, poisonQueue, events } = await setUp({ failFirst, retryDelaysMs: [500, 500] });
    await store.schedule(bookingDueIn('flaky', 0));
    const a = worker('instance-a');
    a.start();
    await until(async () => ['sent', 'failed'].includes((await items.read('test/flaky')).value?.status ?? ''));
    await a.stop();
    expect(sent).toEqual(expectedSent);
    expect((await items.read('test/flaky')).value).toMatchObject({ status, attempts: 3 - Number(status === 'sent') * (3 - failFirst - 1) });
    expect(await messagesIn(queue)).toBe(0);
    expect(await messagesIn(poisonQueue)).toBe(poisoned);
    expect(events().filter((event) => event === 'check-back.send-failed')).toHaveLength(Math.min(failFirst, 2));
    if (poisoned) expect(events()).toEqual(expect.arrayContaining(['check-back.failed', 'check-back.queue-moved-aside']));
  });

  it.each([
    { text: 'not json at all', reason: 'malformed' },
    { text: '{"kind":"upgrade-assistant.check-back","version":1,"conversationKey":"x"}', reason: 'malformed' },
    { text: '{"orderId":42,"kind":"invoice"}', reason: 'foreign' },
  ])('a message $text is moved aside ($reason) and logged; the worker goes on with the next', async ({ text, reason }) => {
    const { store, sent, worker, queue, poisonQueue, lines } = await setUp();
    await queue.sendMessage(text);
    await store.schedule(bookingDueIn('after-garbage', 0));
    await worker('instance-a').runOnce();
    expect(sent).toEqual(['test/after-garbage']);
    expect(await messagesIn(queue)).toBe(0);
    const [aside] = (await poisonQueue.receiveMessages()).receivedMessageItems;
    expect(JSON.parse(aside?.messageText ?? '{}')).toMatchObject({ reason, text });
    expect(lines.find((line) => line['event'] === 'check-back.queue-moved-aside')).toMatchObject({ reason });
  });

  it('a booking further out than the queue can hide a message is queued again for the rest, not sent', async () => {
    expect(visibilityDelaySeconds(new Date(Date.now() + 30 * DAY_SECONDS * 1000), new Date())).toBe(MAX_VISIBILITY_SECONDS);
    expect(visibilityDelaySeconds(new Date(Date.now() - 5_000), new Date())).toBe(0);
    const { items, sent, worker, queue } = await setUp();
    const far = { ...bookingDueIn('far', 0), dueAt: new Date(Date.now() + 8 * DAY_SECONDS * 1000).toISOString() };
    await items.schedule(far);
    // As it arrives after the first seven days: visible now, due in a day or so more.
    await queue.sendMessage(JSON.stringify(checkBackMessage(far)));
    expect(await worker('instance-a').runOnce()).toBe(1);
    expect(sent).toEqual([]);
    expect(await messagesIn(queue)).toBe(1);
    expect((await queue.peekMessages()).peekedMessageItems).toEqual([]);
    expect((await items.read('test/far')).value?.status).toBe('scheduled');
  });

  it('survives Azurite stopping: errors are logged, the worker keeps going, and sends resume when it returns', { timeout: 60_000 }, async () => {
    const { store, sent, worker, events } = await setUp();
    const a = worker('instance-a');
    a.start();
    await azurite.pause();
    await sleep(1_500);
    await azurite.resume();
    await store.schedule(bookingDueIn('after-outage', 0));
    await until(() => sent.length > 0, 40_000);
    await a.stop();
    expect(sent).toEqual(['test/after-outage']);
    expect(events()).toContain('check-back.queue-unavailable');
  });

  it('at start, a missing queue and its poison queue are created; an unreachable or unnamed one stops the start naming it', { timeout: 60_000 }, async () => {
    const env = { STORAGE: 'blobs', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER_NAME: 'start-check', QUEUE_NAME: 'created-at-start' };
    const bot = await startUpgradeAssistant(botConfig(env), createLogger({ level: 'silent' }));
    await bot.stop();
    const names: string[] = [];
    for await (const queue of service.listQueues({ prefix: 'created-at-start' })) names.push(queue.name);
    expect(names.sort()).toEqual(['created-at-start', 'created-at-start-poison']);
    // A queue endpoint where nothing listens.
    const unreachable = azurite.connectionString.replace(/QueueEndpoint=[^;]+;/, 'QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;');
    await expect(startUpgradeAssistant(botConfig({ ...env, QUEUE_CONNECTION_STRING: unreachable, QUEUE_NAME: 'never-there' }), createLogger({ level: 'silent' }))).rejects.toThrow(
      /check-back queue "never-there"/,
    );
    // A blobs-only string (Azurite's BlobEndpoint=, no queue service named): the start says which variable lacks what.
    const blobsOnly = azurite.connectionString.replace(/QueueEndpoint=[^;]+;/, '');
    await expect(startUpgradeAssistant(botConfig({ ...env, BLOB_CONNECTION_STRING: blobsOnly }), createLogger({ level: 'silent' }))).rejects.toThrow(
      /BLOB_CONNECTION_STRING names no queue service/,
    );
  });
});
