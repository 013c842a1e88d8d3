import { randomUUID } from 'node:crypto';
import type { CheckBack } from '../../domain/index.js';
import type { Logger } from '../logger.js';
import type { StorageCheckBackStore } from './storage-check-back-store.js';

export interface CheckBackSchedulerOptions {
  store: StorageCheckBackStore;
  /** Writes the check-back into its conversation (a proactive message). */
  deliver: (checkBack: CheckBack) => Promise<void>;
  logger: Logger;
  /** How often the store is asked what is due: with several instances, each learns of the others' check-backs this way. */
  pollMs?: number;
  /** A claim older than this is taken to belong to an instance that died before sending. */
  leaseMs?: number;
  /** Sends tried before a check-back is given up. */
  maxAttempts?: number;
  instanceId?: string;
  /** What time it is: what is due, claims and sends are all read against it (a test moves it forward). */
  now?: () => Date;
  /** Told how each send ended (telemetry). */
  onOutcome?: (conversationKey: string, outcome: 'sent' | 'retry' | 'failed') => void;
}

export const DEFAULT_POLL_MS = 30_000;
export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * Sends check-backs when they are due. Timers only wake it up: what is due lives in the store, so
 * a restart loses nothing, and each check-back is claimed (a write conditional on its eTag) before
 * it is sent, so with two instances it goes out once.
 */
export class CheckBackScheduler {
  readonly #options: Required<Omit<CheckBackSchedulerOptions, 'instanceId' | 'onOutcome'>> & Pick<CheckBackSchedulerOptions, 'onOutcome'> & { instanceId: string };
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  /** Set by stop(): the round under way sends what it has claimed and claims nothing more. */
  #stopping = false;

  constructor(options: CheckBackSchedulerOptions) {
    this.#options = {
      pollMs: DEFAULT_POLL_MS,
      leaseMs: DEFAULT_LEASE_MS,
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
      instanceId: randomUUID(),
      now: () => new Date(),
      ...options,
    };
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#stopping = false;
    this.#schedule();
  }

  /**
   * No new round starts; a round under way finishes the send it is in and claims no more, so a
   * SIGTERM stop fits the platform's grace period and what is left stays due for the next instance.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stopping = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  /** One round: every due check-back this instance can claim is sent. */
  async runOnce(): Promise<void> {
    const { store, deliver, logger, leaseMs, maxAttempts, instanceId, now, onOutcome } = this.#options;
    for (const conversationKey of await store.due(now())) {
      if (this.#stopping) break;
      const claimed = await store.claim(conversationKey, instanceId, now(), leaseMs);
      if (!claimed) continue;
      try {
        await deliver(claimed);
        await store.finish(conversationKey, instanceId, 'sent', now());
        logger.info({ event: 'check-back.sent', conversationKey }, 'check-back sent');
        onOutcome?.(conversationKey, 'sent');
      } catch (error) {
        const outcome = claimed.attempts + 1 >= maxAttempts ? 'failed' : 'retry';
        await store.finish(conversationKey, instanceId, outcome, now());
        logger.warn({ err: error, event: 'check-back.send-failed', conversationKey, outcome }, 'could not send a check-back');
        onOutcome?.(conversationKey, outcome);
      }
    }
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.runOnce()
        .catch((error: unknown) => this.#options.logger.error({ err: error, event: 'check-back.round-failed' }, 'check-back round failed'))
        .finally(() => {
          this.#running = undefined;
          this.#schedule();
        });
    }, this.#options.pollMs);
    // The scheduler alone never keeps the process alive.
    this.#timer.unref();
  }
}
