import { createHash } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import { z } from 'zod';
import { CheckBackSchema, type CheckBack, type CheckBackStore } from '../../domain/index.js';

const PREFIX = 'upgrade-assistant/check-backs';
const INDEX_KEY = `${PREFIX}/due`;
/** Writers racing on one key: each lost race reads again; past this, something is wrong. */
const MAX_RACES = 20;

/** Conversations with a check-back waiting, and when it is due: the scheduler reads only this. */
const DueIndexSchema = z.object({ entries: z.array(z.object({ conversationKey: z.string(), dueAt: z.string() })) });
type DueIndex = z.infer<typeof DueIndexSchema>;

function itemKey(conversationKey: string): string {
  return `${PREFIX}/${createHash('sha256').update(conversationKey, 'utf8').digest('hex')}`;
}

interface Read<T> {
  value: T | undefined;
  eTag: string | undefined;
}

/**
 * Check-backs kept in the bot's own state storage (lowdb files, Azure blobs or memory: the same
 * place as the conversations), one item per conversation plus an index of those waiting. Every
 * change that must not be lost or done twice is written with the eTag it read (If-Match on blobs),
 * so two bot instances never both claim the same check-back.
 */
export class StorageCheckBackStore implements CheckBackStore {
  constructor(private readonly storage: Storage) {}

  async schedule(checkBack: CheckBack): Promise<void> {
    const parsed = CheckBackSchema.parse(checkBack);
    await this.storage.write({ [itemKey(parsed.conversationKey)]: { ...parsed, eTag: '*' } });
    await this.#changeIndex((entries) => [
      ...entries.filter((entry) => entry.conversationKey !== parsed.conversationKey),
      { conversationKey: parsed.conversationKey, dueAt: parsed.dueAt },
    ]);
  }

  async pending(conversationKey: string): Promise<CheckBack | undefined> {
    const { value } = await this.#read(conversationKey);
    return value?.status === 'scheduled' ? value : undefined;
  }

  async cancel(conversationKey: string): Promise<boolean> {
    const cancelled = await this.#change(conversationKey, (current) => (current.status === 'scheduled' ? { ...current, status: 'cancelled' } : undefined));
    if (cancelled) await this.#changeIndex((entries) => entries.filter((entry) => entry.conversationKey !== conversationKey));
    return cancelled !== undefined;
  }

  /** The conversations whose check-back is due at `now` (oldest first). */
  async due(now: Date): Promise<string[]> {
    const { value } = await this.#readIndex();
    return (value?.entries ?? [])
      .filter((entry) => Date.parse(entry.dueAt) <= now.getTime())
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
      .map((entry) => entry.conversationKey);
  }

  /**
   * Takes the check-back for this instance, once: only if it is still scheduled (or its sender's
   * claim is older than `leaseMs`, that instance having died), written with the eTag just read, so
   * of two instances claiming at once one write is refused. The claimed record, or undefined.
   */
  async claim(conversationKey: string, instanceId: string, now: Date, leaseMs: number): Promise<CheckBack | undefined> {
    const { value, eTag } = await this.#read(conversationKey);
    if (!value || eTag === undefined) return undefined;
    const abandoned = value.status === 'sending' && value.claimedAt !== undefined && Date.parse(value.claimedAt) + leaseMs <= now.getTime();
    if (value.status !== 'scheduled' && !abandoned) return undefined;
    const claimed: CheckBack = { ...value, status: 'sending', claimedBy: instanceId, claimedAt: now.toISOString() };
    try {
      await this.storage.write({ [itemKey(conversationKey)]: { ...claimed, eTag } });
    } catch {
      // Another instance wrote it first (eTag conflict), or the store failed: not ours this time.
      return undefined;
    }
    return claimed;
  }

  /** After a send: `sent` and `failed` leave the index; `retry` puts it back to scheduled. */
  async finish(conversationKey: string, instanceId: string, outcome: 'sent' | 'failed' | 'retry', now: Date): Promise<void> {
    await this.#change(conversationKey, (current) => {
      if (current.status !== 'sending' || current.claimedBy !== instanceId) return undefined;
      const attempts = current.attempts + 1;
      if (outcome === 'sent') return { ...current, status: 'sent', attempts, sentAt: now.toISOString() };
      if (outcome === 'failed') return { ...current, status: 'failed', attempts };
      const { claimedBy: _by, claimedAt: _at, ...rest } = current;
      return { ...rest, status: 'scheduled', attempts };
    });
    if (outcome !== 'retry') await this.#changeIndex((entries) => entries.filter((entry) => entry.conversationKey !== conversationKey));
  }

  async #read(conversationKey: string): Promise<Read<CheckBack>> {
    const key = itemKey(conversationKey);
    const item = (await this.storage.read([key]))[key] as StoreItem | undefined;
    if (!item) return { value: undefined, eTag: undefined };
    const { eTag, ...rest } = item;
    const parsed = CheckBackSchema.safeParse(rest);
    return { value: parsed.success ? parsed.data : undefined, eTag: typeof eTag === 'string' ? eTag : undefined };
  }

  /** Read, change, write with the eTag read; a lost race reads again. The written record, or undefined if unchanged. */
  async #change(conversationKey: string, change: (current: CheckBack) => CheckBack | undefined): Promise<CheckBack | undefined> {
    for (let race = 0; race < MAX_RACES; race++) {
      const { value, eTag } = await this.#read(conversationKey);
      if (!value) return undefined;
      const next = change(value);
      if (!next) return undefined;
      try {
        await this.storage.write({ [itemKey(conversationKey)]: { ...CheckBackSchema.parse(next), eTag: eTag ?? '*' } });
        return next;
      } catch (error) {
        if (!isETagConflict(error)) throw error;
      }
    }
    throw new Error(`check-back ${conversationKey}: lost ${MAX_RACES} write races in a row`);
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

/** botbuilder's stores say "eTag conflict" (MemoryStorage, BlobsStorage) or throw our ETagConflictError (lowdb). */
function isETagConflict(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ETagConflictError' || /eTag conflict/i.test(error.message));
}
