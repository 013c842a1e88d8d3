import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import type { Low } from 'lowdb';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { DamagedFileHandler } from './damaged-file.js';
import { hashedFilePath } from './hashed-file-path.js';
import { KeyedMutex } from './keyed-mutex.js';
import { openValidatedJsonDocument } from './validated-json-document.js';

/** What one state file holds: the key (to catch a file in the wrong place), its eTag, the item. */
const StoredItemSchema = z.object({
  key: z.string(),
  eTag: z.string().min(1),
  value: z.record(z.string(), z.unknown()),
});
type StoredItem = z.infer<typeof StoredItemSchema>;
type StoredDocument = Low<StoredItem | null>;

const KeysSchema = z.array(z.string().min(1));
const ChangesSchema = z.record(z.string().min(1), z.looseObject({ eTag: z.string().optional() }));

export const LowdbStorageOptionsSchema = z.object({
  /** Folder holding the state files (created on first write). */
  dataDir: z.string().min(1),
  /** How many open documents stay in memory; bounds memory whatever the number of keys. */
  cacheSize: z.number().int().positive().default(1000),
});
export type LowdbStorageOptions = z.input<typeof LowdbStorageOptionsSchema> & {
  /** Told about every damaged file set aside, so the host can log it. */
  onDamagedFile: DamagedFileHandler;
};

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/**
 * botbuilder Storage over one small lowdb file per key, so a write costs the same with 100 or
 * 100,000 conversations stored. eTag semantics follow botbuilder's BlobsStorage: `*` or no eTag
 * overwrites, any other eTag must match the stored one (a deleted or never-written key has no
 * eTag to match), and every write gets a fresh eTag. Operations on one key run one at a time.
 */
export class LowdbStorage implements Storage {
  readonly #dataDir: string;
  readonly #documents: LRUCache<string, StoredDocument>;
  readonly #locks = new KeyedMutex();
  readonly #onDamagedFile: DamagedFileHandler;
  #closed = false;

  constructor(options: LowdbStorageOptions) {
    const { dataDir, cacheSize } = LowdbStorageOptionsSchema.parse(options);
    this.#dataDir = dataDir;
    this.#documents = new LRUCache({ max: cacheSize });
    this.#onDamagedFile = options.onDamagedFile;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const uniqueKeys = [...new Set(KeysSchema.parse(keys))];
    this.#assertOpen();
    const stored = await Promise.all(uniqueKeys.map((key) => this.#locks.run(key, async () => (await this.#open(key)).data)));
    const items: StoreItems = {};
    for (const item of stored) {
      // A copy, so callers mutating their state cannot change the cached document.
      if (item) items[item.key] = { ...structuredClone(item.value), eTag: item.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(ChangesSchema.parse(changes));
    this.#assertOpen();
    const outcomes = await Promise.allSettled(
      entries.map(([key, item]) => this.#locks.run(key, () => this.#writeOne(key, item))),
    );
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  async delete(keys: string[]): Promise<void> {
    const uniqueKeys = [...new Set(KeysSchema.parse(keys))];
    this.#assertOpen();
    await Promise.all(
      uniqueKeys.map((key) =>
        this.#locks.run(key, async () => {
          this.#documents.delete(key);
          await rm(hashedFilePath(this.#dataDir, key), { force: true });
        }),
      ),
    );
  }

  /** Waits for every write already started, then refuses new work. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#locks.idle();
    this.#documents.clear();
  }

  async #writeOne(key: string, item: { eTag?: string | undefined }): Promise<void> {
    const { eTag, ...rest } = item;
    // A JSON round trip snapshots the item and fails early on values JSON cannot hold.
    const value = JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
    // Always open the current file, even for `*`: a damaged file must be set aside, not overwritten.
    const document = await this.#open(key);
    const mustMatch = eTag !== undefined && eTag !== '' && eTag !== '*';
    if (mustMatch && document.data?.eTag !== eTag) throw new ETagConflictError(key);
    const isNewFile = document.data === null;
    document.data = { key, eTag: randomUUID(), value };
    try {
      if (isNewFile) await mkdir(dirname(hashedFilePath(this.#dataDir, key)), { recursive: true });
      await document.write();
    } catch (error) {
      // The cached copy no longer matches the disk; read the file afresh next time.
      this.#documents.delete(key);
      throw error;
    }
  }

  async #open(key: string): Promise<StoredDocument> {
    const cached = this.#documents.get(key);
    if (cached) return cached;
    const schema = StoredItemSchema.extend({ key: z.literal(key) });
    const document = await openValidatedJsonDocument(hashedFilePath(this.#dataDir, key), schema, this.#onDamagedFile);
    this.#documents.set(key, document);
    return document;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('LowdbStorage is closed.');
  }
}
