import { setTimeout as sleep } from 'node:timers/promises';
import type { DequeuedMessageItem, QueueClient } from '@azure/storage-queue';
import { z } from 'zod';
import { CheckBackSchema, type CheckBack, type CheckBackStore } from '../../domain/index.js';
import type { Logger } from '../logger.js';
import { sendClaimed, sendDefaults, type CheckBackDelivery, type SendOptions } from './send-claimed.js';
import type { StorageCheckBackStore } from './storage-check-back-store.js';

/**
 * Azure Storage Queues hide a message for at most seven days, and keep one seven days unless its
 * time-to-live is -1 (never expires, API 2017-07-29 on): `@azure/storage-queue` 12.27,
 * MessagesEnqueueOptionalParams (read 2026-12-08). A later check-back is re-queued on the way.
 */
export const MAX_VISIBILITY_SECONDS = 7 * 24 * 60 * 60;
/** How long a received message stays hidden while this instance handles it. */
const HANDLING_SECONDS = 60;
/** Messages taken in one receive (the service's maximum). */
const BATCH = 32;
/**
 * A message delivered this many times without being settled is put aside: its handling keeps
 * failing (a store that refuses its item). Generous, so a storage outage of some minutes (each
 * failed handling hides it for a minute) does not cost a check-back.
 */
const MAX_DELIVERIES = 30;
/** The longest wait between receives while the queue keeps failing. */
const MAX_ERROR_BACKOFF_MS = 30_000;
/** What of a moved-aside message is kept in the poison queue (its messages are 64 KB at most). */
const KEPT_TEXT_CHARS = 16_000;

const Instant = z.iso.datetime({ offset: true });

/** A booking as queued: which conversation, which booking (its createdAt) and when it is due. */
export const CheckBackMessageSchema = z.object({
  kind: z.literal('upgrade-assistant.check-back'),
  version: z.literal(1),
  conversationKey: CheckBackSchema.shape.conversationKey,
  bookedAt: Instant,
  dueAt: Instant,
});
export type CheckBackMessage = z.infer<typeof CheckBackMessageSchema>;

export function checkBackMessage(checkBack: CheckBack): CheckBackMessage {
  return { kind: 'upgrade-assistant.check-back', version: 1, conversationKey: checkBack.conversationKey, bookedAt: checkBack.createdAt, dueAt: checkBack.dueAt };
}

/** Seconds until `at`, within what the queue accepts (0 to seven days). */
export function visibilityDelaySeconds(at: Date, now: Date): number {
  return Math.min(MAX_VISIBILITY_SECONDS, Math.max(0, Math.ceil((at.getTime() - now.getTime()) / 1000)));
}

/** Queues a booking, hidden until its due time (or seven days, whichever comes first); it never expires. */
async function enqueue(queue: QueueClient, message: CheckBackMessage, now: Date): Promise<void> {
  await queue.sendMessage(JSON.stringify(message), { visibilityTimeout: visibilityDelaySeconds(new Date(message.dueAt), now), messageTimeToLive: -1 });
}

/**
 * The check-back port on the queue path: the conversation's item in storage is the truth (what is
 * booked, claimed, sent or cancelled, under eTags); the queue message only wakes an instance at the
 * due time. Cancelling changes the item, so the message that arrives later is a no-op.
 */
export class QueueCheckBackStore implements CheckBackStore {
  constructor(
    private readonly items: StorageCheckBackStore,
    private readonly queue: QueueClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async schedule(checkBack: CheckBack): Promise<void> {
    // The item first: a message that arrived before it would find no booking and be dropped.
    await this.items.schedule(checkBack);
    try {
      await enqueue(this.queue, checkBackMessage(checkBack), this.now());
    } catch (error) {
      // Not queued means never sent: the booking is withdrawn, so nobody is told it is waiting.
      await this.items.cancel(checkBack.conversationKey).catch(() => undefined);
      throw error;
    }
  }

  pending(conversationKey: string): Promise<CheckBack | undefined> {
    return this.items.pending(conversationKey);
  }

  cancel(conversationKey: string): Promise<boolean> {
    return this.items.cancel(conversationKey);
  }
}

export interface CheckBackQueueWorkerOptions {
  queue: QueueClient;
  /** Where messages that cannot be handled are moved aside: malformed, foreign, or failing every try. */
  poisonQueue: QueueClient;
  store: StorageCheckBackStore;
  deliver: CheckBackDelivery;
  logger: Logger;
  /** Wait between receives when the queue had nothing. */
  pollMs: number;
  leaseMs: number;
  maxAttempts?: number;
  retryDelaysMs?: readonly number[];
  instanceId?: string;
  now?: () => Date;
  /** Told how each send ended (telemetry). */
  onOutcome?: SendOptions['onOutcome'];
}

/** Why a message was moved aside. */
type AsideReason = 'malformed' | 'foreign' | 'send-failed' | 'redelivered-too-often';

/**
 * Receives due check-backs from the queue, on every instance: each message claims its
 * conversation's item with the eTag it read (so a redelivery, or another instance, sends it once),
 * sends it, and is deleted. A failed send hides the message until its retry; after the last try it
 * goes to the poison queue. Storage errors are logged and the loop goes on: a message not deleted
 * comes back by itself.
 */
export class CheckBackQueueWorker {
  readonly #options: Required<Omit<CheckBackQueueWorkerOptions, 'instanceId' | 'onOutcome'>> & Pick<CheckBackQueueWorkerOptions, 'onOutcome'> & { instanceId: string };
  #loop: Promise<void> | undefined;
  #stopped = true;
  #wake: AbortController | undefined;

  constructor(options: CheckBackQueueWorkerOptions) {
    this.#options = { ...sendDefaults(), ...options };
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#loop = this.#run();
  }

  /** No new receive starts; messages being handled are finished. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.abort();
    await this.#loop;
  }

  /** One receive and the handling of what came: the number of messages received. */
  async runOnce(): Promise<number> {
    const { queue, now } = this.#options;
    const received = await queue.receiveMessages({ numberOfMessages: BATCH, visibilityTimeout: HANDLING_SECONDS });
    await Promise.all(received.receivedMessageItems.map((message) => this.#handleLogged(message, now())));
    return received.receivedMessageItems.length;
  }

  async #run(): Promise<void> {
    let errors = 0;
    while (!this.#stopped) {
      let waitMs = this.#options.pollMs;
      try {
        // A full batch means more may be waiting: ask again at once.
        if ((await this.runOnce()) === BATCH) waitMs = 0;
        errors = 0;
      } catch (error) {
        errors++;
        waitMs = Math.min(MAX_ERROR_BACKOFF_MS, this.#options.pollMs * 2 ** Math.min(errors, 5));
        this.#options.logger.warn({ err: error, event: 'check-back.queue-unavailable', errors, retryInMs: waitMs }, 'could not receive check-backs from the queue');
      }
      if (waitMs > 0 && !this.#stopped) {
        this.#wake = new AbortController();
        await sleep(waitMs, undefined, { signal: this.#wake.signal, ref: false }).catch(() => undefined);
      }
    }
  }

  async #handleLogged(message: DequeuedMessageItem, now: Date): Promise<void> {
    try {
      await this.#handle(message, now);
    } catch (error) {
      // Left as it is, the message comes back once its hiding ends and is handled again.
      this.#options.logger.warn({ err: error, event: 'check-back.queue-handling-failed', messageId: message.messageId }, 'could not handle a check-back message; it will come back');
    }
  }

  async #handle(message: DequeuedMessageItem, now: Date): Promise<void> {
    const { queue, store, logger, leaseMs, instanceId } = this.#options;
    const parsed = parseMessage(message.messageText);
    if (parsed.kind !== 'ok') return this.#moveAside(message, parsed.kind, parsed.detail);
    const booking = parsed.message;
    if (message.dequeueCount > MAX_DELIVERIES) return this.#moveAside(message, 'redelivered-too-often', `delivered ${message.dequeueCount} times`);
    const dueAt = new Date(booking.dueAt);
    if (dueAt.getTime() - now.getTime() > 1000) {
      // Booked further out than the queue can hide a message: queued again for the rest of the wait.
      await enqueue(queue, booking, now);
      await queue.deleteMessage(message.messageId, message.popReceipt);
      return;
    }
    const claim = await store.claim(booking.conversationKey, instanceId, now, leaseMs, booking.bookedAt);
    switch (claim.kind) {
      case 'gone':
        // Cancelled, replaced by a newer booking or already sent: nothing to do.
        await queue.deleteMessage(message.messageId, message.popReceipt);
        return;
      case 'abandoned':
        logger.error(
          { event: 'check-back.outcome-unknown', conversationKey: booking.conversationKey, claimedBy: claim.checkBack.claimedBy },
          'the instance sending a check-back stopped after calling the channel; it is not sent again, so it never arrives twice',
        );
        await queue.deleteMessage(message.messageId, message.popReceipt);
        return;
      case 'busy':
        await queue.updateMessage(message.messageId, message.popReceipt, undefined, visibilityDelaySeconds(claim.until, now) + 1);
        return;
      case 'not-due':
        await queue.updateMessage(message.messageId, message.popReceipt, undefined, visibilityDelaySeconds(claim.at, now));
        return;
      case 'claimed': {
        const outcome = await sendClaimed(claim.checkBack, this.#options);
        if (outcome.kind === 'retry') {
          await queue.updateMessage(message.messageId, message.popReceipt, undefined, visibilityDelaySeconds(outcome.at, this.#options.now()));
        } else if (outcome.kind === 'failed') {
          await this.#moveAside(message, 'send-failed', `not delivered after ${this.#options.maxAttempts} tries`);
        } else {
          await queue.deleteMessage(message.messageId, message.popReceipt);
        }
      }
    }
  }

  /** Copies the message into the poison queue with why, then deletes it: never handled again, kept for a person to read. */
  async #moveAside(message: DequeuedMessageItem, reason: AsideReason, detail: string): Promise<void> {
    const { queue, poisonQueue, logger } = this.#options;
    const record = {
      reason,
      detail,
      queue: queue.name,
      messageId: message.messageId,
      insertedOn: message.insertedOn.toISOString(),
      dequeueCount: message.dequeueCount,
      movedAt: this.#options.now().toISOString(),
      text: message.messageText.slice(0, KEPT_TEXT_CHARS),
    };
    await poisonQueue.sendMessage(JSON.stringify(record), { messageTimeToLive: -1 });
    await queue.deleteMessage(message.messageId, message.popReceipt);
    const level = reason === 'send-failed' || reason === 'redelivered-too-often' ? 'error' : 'warn';
    logger[level]({ event: 'check-back.queue-moved-aside', reason, detail, messageId: message.messageId, poisonQueue: poisonQueue.name }, `a check-back message was moved to ${poisonQueue.name}`);
  }
}

type Parsed = { kind: 'ok'; message: CheckBackMessage } | { kind: 'malformed' | 'foreign'; detail: string };

/** Ours, something else's (JSON of another kind), or not readable at all. */
function parseMessage(text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'malformed', detail: 'not JSON' };
  }
  const kind = z.object({ kind: z.literal('upgrade-assistant.check-back') }).safeParse(json);
  if (!kind.success) return { kind: 'foreign', detail: 'not a check-back message' };
  const parsed = CheckBackMessageSchema.safeParse(json);
  if (!parsed.success) return { kind: 'malformed', detail: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
  return { kind: 'ok', message: parsed.data };
}
