import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TextFile } from 'lowdb/node';
import { z } from 'zod';
import type { DamagedFileHandler } from './damaged-file.js';
import { hashedFilePath } from './hashed-file-path.js';
import { storedItemJson, StoredItemSchema, type SerialisedItem } from './stored-item.js';
import { openValidatedJsonDocument } from './validated-json-document.js';

/**
 * One small lowdb file per key under `rootDir`, sharded by hash (hashedFilePath), so reading or
 * writing one costs the same with 100 or 100,000 keys stored. Writes go through lowdb's TextFile
 * (steno: temp file, then rename), so a file is always whole, never torn.
 */
export class PerKeyFiles {
  /** Shard folders known to exist: at most 4,096, and mkdir is skipped for them. */
  readonly #shardDirs = new Set<string>();

  constructor(
    readonly rootDir: string,
    private readonly onDamagedFile: DamagedFileHandler,
  ) {}

  /** The key's item, or null when it has no file. A damaged file is set aside, reported, and reads as null. */
  async read(key: string): Promise<SerialisedItem | null> {
    const schema = StoredItemSchema.extend({ key: z.literal(key) });
    const { data } = await openValidatedJsonDocument(hashedFilePath(this.rootDir, key), schema, this.onDamagedFile);
    return data === null ? null : { eTag: data.eTag, valueJson: JSON.stringify(data.value) };
  }

  /** Replaces the key's file with `item`, or removes it for null. */
  async write(key: string, item: SerialisedItem | null): Promise<void> {
    const file = hashedFilePath(this.rootDir, key);
    if (item === null) {
      await rm(file, { force: true });
      return;
    }
    const shardDir = dirname(file);
    if (!this.#shardDirs.has(shardDir)) {
      await mkdir(shardDir, { recursive: true });
      this.#shardDirs.add(shardDir);
    }
    await new TextFile(file).write(storedItemJson(key, item));
  }
}
