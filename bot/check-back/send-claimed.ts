import { randomUUID } from 'node:crypto';
import type { CheckBack } from '../../domain/index.js';
import type { Logger } from '../logger.js';
import type { StorageCheckBackStore, StoredCheckBack } from './storage-check-back-store.js';

/**
 * Writes a check-back into its conversation. `beforePost` runs once the message is ready and just
 * before the channel is called (the sent-marker); it throws when the claim is no longer ours. The
 * promise rejects when the channel did not take the message.
 */
export type CheckBackDelivery = (checkBack: CheckBack, beforePost: () => Promise<void>) => Promise<void>;

/** Sends tried before a check-back is given up. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** Waits before the second and third tries: a channel that failed once is given time to recover. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000];

export interface SendOptions {
  store: StorageCheckBackStore;
  deliver: CheckBackDelivery;
  logger: Logger;
  instanceId: string;
  now: () => Date;
  maxAttempts: number;
  retryDelaysMs: readonly number[];
  /** Told how each send ended (telemetry). */
  onOutcome?: ((conversationKey: string, outcome: 'sent' | 'retry' | 'failed') => void) | undefined;
}

export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'retry'; at: Date }
  | { kind: 'failed'; error: unknown }
  /** The claim was lost before the channel was called (a newer booking replaced it): nothing posted. */
  | { kind: 'superseded' };

class ClaimLost extends Error {
  override readonly name = 'ClaimLost';
}

/** What both senders (the scheduler and the queue worker) take unless told otherwise: a fresh instance id, the real clock. */
export function sendDefaults(): Pick<SendOptions, 'maxAttempts' | 'retryDelaysMs' | 'instanceId' | 'now'> {
  return { maxAttempts: DEFAULT_MAX_ATTEMPTS, retryDelaysMs: DEFAULT_RETRY_DELAYS_MS, instanceId: randomUUID(), now: () => new Date() };
}

/** The wait before try number `attempt + 1` (attempt counted from 1), the last delay repeating. */
export function retryDelay(delays: readonly number[], attempt: number): number {
  return delays[Math.min(attempt - 1, delays.length - 1)] ?? 60_000;
}

/**
 * Sends a claimed check-back and records the outcome: `sent` once the channel took it; a failed
 * send is tried again after a backoff, then `failed` after `maxAttempts`, each failure logged.
 */
export async function sendClaimed(claimed: StoredCheckBack, options: SendOptions): Promise<SendOutcome> {
  const { store, deliver, logger, instanceId, now, maxAttempts, retryDelaysMs, onOutcome } = options;
  const fields = { conversationKey: claimed.conversationKey, attempt: claimed.attempts + 1 };
  try {
    await deliver(claimed, async () => {
      if (!(await store.markPosting(claimed, instanceId, now()))) throw new ClaimLost('the check-back was booked anew while being sent');
    });
  } catch (error) {
    if (error instanceof ClaimLost) {
      logger.info({ event: 'check-back.superseded', ...fields }, 'a newer booking replaced the check-back being sent; nothing posted');
      return { kind: 'superseded' };
    }
    if (claimed.attempts + 1 >= maxAttempts) {
      await store.finish(claimed, instanceId, 'failed', now());
      logger.error({ err: error, event: 'check-back.failed', ...fields }, `could not send a check-back after ${maxAttempts} tries; given up`);
      onOutcome?.(claimed.conversationKey, 'failed');
      return { kind: 'failed', error };
    }
    const at = new Date(now().getTime() + retryDelay(retryDelaysMs, claimed.attempts + 1));
    await store.finish(claimed, instanceId, 'retry', now(), at);
    logger.warn({ err: error, event: 'check-back.send-failed', ...fields, retryAt: at.toISOString() }, 'could not send a check-back; it will be tried again');
    onOutcome?.(claimed.conversationKey, 'retry');
    return { kind: 'retry', at };
  }
  await store.finish(claimed, instanceId, 'sent', now());
  logger.info({ event: 'check-back.sent', ...fields }, 'check-back sent');
  onOutcome?.(claimed.conversationKey, 'sent');
  return { kind: 'sent' };
}
