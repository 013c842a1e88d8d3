import type { Logger } from '../logger.js';
import { DEFAULT_MAX_ATTEMPTS, sendClaimed, sendDefaults, type CheckBackDelivery, type SendOptions } from './send-claimed.js';
import type { StorageCheckBackStore } from './storage-check-back-store.js';

export interface CheckBackSchedulerOptions {
  store: StorageCheckBackStore;
  /** Writes the check-back into its conversation (a proactive message). */
  deliver: CheckBackDelivery;
  logger: Logger;
  /** How often the store is asked what is due: with several instances, each learns of the others' check-backs this way. */
  pollMs?: number;
  /** A claim older than this, its channel never called, is taken to belong to an instance that died before sending. */
  leaseMs?: number;
  /** Sends tried before a check-back is given up. */
  maxAttempts?: number;
  /** The waits before each new try (the last one repeats). */
  retryDelaysMs?: readonly number[];
  instanceId?: string;
  /** What time it is: what is due, claims and sends are all read against it (a test moves it forward). */
  now?: () => Date;
  /** Told how each send ended (telemetry). */
  onOutcome?: SendOptions['onOutcome'];
}

export const DEFAULT_POLL_MS = 30_000;
export const DEFAULT_LEASE_MS = 5 * 60_000;
export { DEFAULT_MAX_ATTEMPTS };

/**
 * Sends check-backs when they are due (the lowdb and memory paths: one process per data folder).
 * Timers only wake it up: what is due lives in the store, so a restart loses nothing, and each
 * check-back is claimed (a write conditional on its eTag) before it is sent, so with two instances
 * on one store it goes out once.
 */
export class CheckBackScheduler {
  readonly #options: Required<Omit<CheckBackSchedulerOptions, 'instanceId' | 'onOutcome'>> & Pick<CheckBackSchedulerOptions, 'onOutcome'> & { instanceId: string };
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  /** Set by stop(): the round under way sends what it has claimed and claims nothing more. */
  #stopping = false;

  constructor(options: CheckBackSchedulerOptions) {
    this.#options = { pollMs: DEFAULT_POLL_MS, leaseMs: DEFAULT_LEASE_MS, ...sendDefaults(), ...options };
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
    const { store, logger, leaseMs, instanceId, now } = this.#options;
    for (const entry of await store.due(now())) {
      if (this.#stopping) break;
      const claim = await store.claim(entry.conversationKey, instanceId, now(), leaseMs, entry.bookedAt);
      if (claim.kind === 'abandoned') {
        logger.error(
          { event: 'check-back.outcome-unknown', conversationKey: entry.conversationKey, claimedBy: claim.checkBack.claimedBy },
          'the instance sending a check-back stopped after calling the channel; it is not sent again, so it never arrives twice',
        );
      }
      if (claim.kind === 'claimed') await sendClaimed(claim.checkBack, this.#options);
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
