import { createHash } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import { z } from 'zod';
import { CheckBackSchema, type CheckBack, type CheckBackStore } from '../../domain/index.js';

const PREFIX = 'upgrade-assistant/check-backs';
const INDEX_KEY = `${PREFIX}/due`;
/** Writers racing on one key: each lost race reads again; past this, something is wrong. */
const MAX_RACES = 20;

const Instant = z.iso.datetime({ offset: true });

/** A check-back as the host keeps it: the domain's record and what sending it needs. */
export const StoredCheckBackSchema = CheckBackSchema.extend({
  /**
   * Written just before the channel is called. A claim that has it is never taken over, even past
   * its lease: the channel may already have the message, and a second one is worse than none.
   */
  postingAt: Instant.optional(),
  /** When a send that failed is tried again (backoff); `dueAt` stays the time it was booked for. */
  retryAt: Instant.optional(),
});
export type StoredCheckBack = z.infer<typeof StoredCheckBackSchema>;

/**
 * Conversations with a check-back waiting, when it is due and which booking it is (its createdAt):
 * the in-process scheduler reads only this. An entry is removed only by the booking it names, so a
 * new booking made while the old one is being sent keeps its place.
 */
const DueIndexSchema = z.object({
  entries: z.array(z.object({ conversationKey: z.string(), dueAt: z.string(), bookedAt: z.string().optional() })),
});
type DueIndex = z.infer<typeof DueIndexSchema>;
export type DueEntry = DueIndex['entries'][number];

/** What a claim found. Only `claimed` may be sent, by the instance that asked. */
export type ClaimResult =
  | { kind: 'claimed'; checkBack: StoredCheckBack }
  /** Scheduled but not due yet at that time (booked anew, or waiting to be tried again). */
  | { kind: 'not-due'; at: Date }
  /** Another instance holds a live claim on it until then. */
  | { kind: 'busy'; until: Date }
  /** Its sender died after calling the channel: given up as `failed`, never sent a second time. */
  | { kind: 'abandoned'; checkBack: StoredCheckBack }
  /** Nothing to send: sent, cancelled, failed, replaced by a newer booking, or never there. */
  | { kind: 'gone' };

function itemKey(conversationKey: string): string {
  return `${PREFIX}/${createHash('sha256').update(conversationKey, 'utf8').digest('hex')}`;
}

/** The time a scheduled check-back may be sent: its due time, or its retry after a failed send. */
export function sendableAt(checkBack: StoredCheckBack): Date {
  return new Date(Date.parse(checkBack.retryAt ?? checkBack.dueAt));
}

interface Read<T> {
  value: T | undefined;
  eTag: string | undefined;
}

export interface StorageCheckBackStoreOptions {
  /**
   * Keep the due index (the in-process scheduler's list of what is waiting). The queue path leaves
   * it out: the queue message is its index.
   */
  dueIndex?: boolean;
}

/**
 * Check-backs kept in the bot's own state storage (lowdb files, Azure blobs or memory: the same
 * place as the conversations), one item per conversation, plus (for the in-process scheduler) an
 * index of those waiting. Every change that must not be lost or done twice is written with the eTag
 * it read (If-Match on blobs), so two bot instances never both claim the same check-back.
 */
export class StorageCheckBackStore implements CheckBackStore {
  readonly #dueIndex: boolean;

  constructor(
    private readonly storage: Storage,
    { dueIndex = true }: StorageCheckBackStoreOptions = {},
  ) {
    this.#dueIndex = dueIndex;
  }

  async schedule(checkBack: CheckBack): Promise<void> {
    const parsed = StoredCheckBackSchema.parse(checkBack);
    // A new booking replaces whatever the conversation had, even one being sent: that send's
    // finish() no longer matches the item and leaves it (and its index entry) alone.
    await this.storage.write({ [itemKey(parsed.conversationKey)]: { ...parsed, eTag: '*' } });
    if (!this.#dueIndex) return;
    await this.#changeIndex((entries) => [
      ...entries.filter((entry) => entry.conversationKey !== parsed.conversationKey),
      { conversationKey: parsed.conversationKey, dueAt: parsed.dueAt, bookedAt: parsed.createdAt },
    ]);
  }

  async pending(conversationKey: string): Promise<CheckBack | undefined> {
    const { value } = await this.read(conversationKey);
    return value?.status === 'scheduled' ? value : undefined;
  }

  async cancel(conversationKey: string): Promise<boolean> {
    const cancelled = await this.#change(conversationKey, (current) => (current.status === 'scheduled' ? { ...current, status: 'cancelled' } : undefined));
    if (cancelled) await this.#dropFromIndex(conversationKey, cancelled.createdAt);
    return cancelled !== undefined;
  }

  /** The index entries due at `now` (oldest first). */
  async due(now: Date): Promise<DueEntry[]> {
    const { value } = await this.#readIndex();
    return (value?.entries ?? []).filter((entry) => Date.parse(entry.dueAt) <= now.getTime()).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  }

  /** The conversation's check-back and the eTag it was read with. */
  async read(conversationKey: string): Promise<Read<StoredCheckBack>> {
    const key = itemKey(conversationKey);
    const item = (await this.storage.read([key]))[key] as StoreItem | undefined;
    if (!item) return { value: undefined, eTag: undefined };
    const { eTag, ...rest } = item;
    const parsed = StoredCheckBackSchema.safeParse(rest);
    return { value: parsed.success ? parsed.data : undefined, eTag: typeof eTag === 'string' ? eTag : undefined };
  }

  /**
   * Takes the check-back for this instance, once: only the booking asked for (`bookedAt`, its
   * createdAt; any when not given), only when it is due, and only if it is still scheduled or its
   * sender's claim is older than `leaseMs` with the channel never called. Written with the eTag just
   * read, so of two instances claiming at once one write is refused.
   */
  async claim(conversationKey: string, instanceId: string, now: Date, leaseMs: number, bookedAt?: string): Promise<ClaimResult> {
    const { value, eTag } = await this.read(conversationKey);
    const result = await this.#claim(value, eTag, instanceId, now, leaseMs, bookedAt);
    if (result.kind === 'gone' || result.kind === 'abandoned') await this.#dropFromIndex(conversationKey, bookedAt);
    return result;
  }

  async #claim(value: StoredCheckBack | undefined, eTag: string | undefined, instanceId: string, now: Date, leaseMs: number, bookedAt?: string): Promise<ClaimResult> {
    if (!value || eTag === undefined || (bookedAt !== undefined && value.createdAt !== bookedAt)) return { kind: 'gone' };
    if (value.status === 'scheduled') {
      const at = sendableAt(value);
      if (at.getTime() > now.getTime()) return { kind: 'not-due', at };
    } else if (value.status === 'sending') {
      const until = new Date(Date.parse(value.claimedAt ?? value.dueAt) + leaseMs);
      if (until.getTime() > now.getTime()) return { kind: 'busy', until };
      if (value.postingAt !== undefined) {
        const failed: StoredCheckBack = { ...value, status: 'failed' };
        return (await this.#writeIfUnchanged(failed, eTag)) ? { kind: 'abandoned', checkBack: failed } : { kind: 'busy', until: now };
      }
    } else {
      return { kind: 'gone' };
    }
    const { postingAt: _posting, ...rest } = value;
    const claimed: StoredCheckBack = { ...rest, status: 'sending', claimedBy: instanceId, claimedAt: now.toISOString() };
    return (await this.#writeIfUnchanged(claimed, eTag)) ? { kind: 'claimed', checkBack: claimed } : { kind: 'busy', until: now };
  }

  /**
   * Records that the channel is about to be called for this claim. False when the claim is no
   * longer this instance's (a new booking replaced it): then nothing must be posted.
   */
  async markPosting(claimed: StoredCheckBack, instanceId: string, now: Date): Promise<boolean> {
    const marked = await this.#change(claimed.conversationKey, (current) => (ownClaim(current, claimed, instanceId) ? { ...current, postingAt: now.toISOString() } : undefined));
    return marked !== undefined;
  }

  /**
   * After a send: `sent` and `failed` leave the index; `retry` puts it back to scheduled until
   * `retryAt`. Only this instance's claim on that booking is changed; the written record, or
   * undefined when the item had moved on (a newer booking).
   */
  async finish(
    claimed: StoredCheckBack,
    instanceId: string,
    outcome: 'sent' | 'failed' | 'retry',
    now: Date,
    retryAt?: Date,
  ): Promise<StoredCheckBack | undefined> {
    const written = await this.#change(claimed.conversationKey, (current) => {
      if (!ownClaim(current, claimed, instanceId)) return undefined;
      const attempts = current.attempts + 1;
      const { claimedBy: _by, claimedAt: _at, postingAt: _posting, retryAt: _retry, ...rest } = current;
      if (outcome === 'sent') return { ...current, status: 'sent', attempts, sentAt: now.toISOString() };
      if (outcome === 'failed') return { ...current, status: 'failed', attempts };
      return { ...rest, status: 'scheduled', attempts, retryAt: (retryAt ?? now).toISOString() };
    });
    if (!written || !this.#dueIndex) return written;
    if (outcome === 'retry') {
      await this.#changeIndex((entries) =>
        entries.map((entry) => (entry.conversationKey === written.conversationKey && entry.bookedAt === written.createdAt ? { ...entry, dueAt: sendableAt(written).toISOString() } : entry)),
      );
    } else {
      await this.#dropFromIndex(written.conversationKey, written.createdAt);
    }
    return written;
  }

  /** A write with the eTag read; false when another writer came first. */
  async #writeIfUnchanged(next: StoredCheckBack, eTag: string): Promise<boolean> {
    try {
      await this.storage.write({ [itemKey(next.conversationKey)]: { ...StoredCheckBackSchema.parse(next), eTag } });
      return true;
    } catch (error) {
      if (isETagConflict(error)) return false;
      throw error;
    }
  }

  /** Read, change, write with the eTag read; a lost race reads again. The written record, or undefined if unchanged. */
  async #change(conversationKey: string, change: (current: StoredCheckBack) => StoredCheckBack | undefined): Promise<StoredCheckBack | undefined> {
    for (let race = 0; race < MAX_RACES; race++) {
      const { value, eTag } = await this.read(conversationKey);
      if (!value || eTag === undefined) return undefined;
      const next = change(value);
      if (!next) return undefined;
      if (await this.#writeIfUnchanged(next, eTag)) return next;
    }
    throw new Error(`check-back ${conversationKey}: lost ${MAX_RACES} write races in a row`);
  }

  /** Removes the conversation's entry for that booking (any booking when not given). */
  async #dropFromIndex(conversationKey: string, bookedAt: string | undefined): Promise<void> {
    if (!this.#dueIndex) return;
    const names = (entry: DueEntry) => entry.conversationKey === conversationKey && (bookedAt === undefined || entry.bookedAt === undefined || entry.bookedAt === bookedAt);
    const { value } = await this.#readIndex();
    if (!value?.entries.some(names)) return;
    await this.#changeIndex((entries) => entries.filter((entry) => !names(entry)));
  }

  async #readIndex(): Promise<Read<DueIndex>> {
    const item = (await this.storage.read([INDEX_KEY]))[INDEX_KEY] as StoreItem | undefined;
    if (!item) return { value: undefined, eTag: undefined };
    const { eTag, ...rest } = item;
    const parsed = DueIndexSchema.safeParse(rest);
    return { value: parsed.success ? parsed.data : { entries: [] }, eTag: typeof eTag === 'string' ? eTag : undefined };
  }

  /**
   * Changes the index with the eTag read. The first write (no index yet) has no eTag to match, so
   * it is read back to check it took; any lost race reads again and reapplies the change.
   */
  async #changeIndex(change: (entries: DueIndex['entries']) => DueIndex['entries']): Promise<void> {
    for (let race = 0; race < MAX_RACES; race++) {
      const { value, eTag } = await this.#readIndex();
      const entries = change(value?.entries ?? []);
      try {
        await this.storage.write({ [INDEX_KEY]: { entries, eTag: eTag ?? '*' } });
      } catch (error) {
        if (isETagConflict(error)) continue;
        throw error;
      }
      if (eTag !== undefined) return;
      const written = await this.#readIndex();
      if (JSON.stringify(written.value?.entries) === JSON.stringify(entries)) return;
    }
    throw new Error(`check-back index: lost ${MAX_RACES} write races in a row`);
  }
}

/** The item is still this instance's claim on that booking. */
function ownClaim(current: StoredCheckBack, claimed: StoredCheckBack, instanceId: string): boolean {
  return current.status === 'sending' && current.claimedBy === instanceId && current.createdAt === claimed.createdAt;
}

/** botbuilder's stores say "eTag conflict" (MemoryStorage, BlobsStorage) or throw our ETagConflictError (lowdb). */
function isETagConflict(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ETagConflictError' || /eTag conflict/i.test(error.message));
}
