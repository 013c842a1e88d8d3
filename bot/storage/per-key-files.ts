import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TextFileSync } from 'lowdb/node';
import { setDamagedFileAside, type DamagedFileHandler } from './damaged-file.js';
import { hashedFilePath, KEY_FILE_NAME, keyFileFingerprint, legacyHashedFilePath } from './hashed-file-path.js';
import { storedItemJson, StoredItemSchema, type SerialisedItem } from './stored-item.js';
import { validatedJsonData } from './validated-json-document.js';

/**
 * One small lowdb file per key under `rootDir`, sharded by hash (hashedFilePath), so reading or
 * writing one costs the same with 100 or 100,000 keys stored. Writes go through lowdb's
 * TextFileSync (temp file, then rename), so a file is always whole, never torn.
 */
export class PerKeyFiles {
  /** Shard folders known to exist (at most 4,096): a new one is made before its first write. */
  readonly #shardDirs = new Set<string>();
  /**
   * The fingerprints of the key files in each shard folder read so far (one readdir at its first
   * lookup). Most lookups are of keys with no file (every new conversation and user), and a
   * fingerprint missing here answers those without a system call: their stats were about 3% of a
   * lowdb server's samples under bench:http. Only this process writes the folder (lockStateFolder),
   * so the sets stay true; a deleted file's fingerprint stays, and costs one stat.
   */
  readonly #listings = new Map<string, Set<number>>();

  constructor(
    readonly rootDir: string,
    private readonly onDamagedFile: DamagedFileHandler,
  ) {}

  /** Learns which shard folders exist, with one readdir: call once before writing. */
  async loadShardFolders(): Promise<void> {
    const entries = await readdir(this.rootDir, { withFileTypes: true });
    for (const entry of entries) if (entry.isDirectory()) this.#shardDirs.add(join(this.rootDir, entry.name));
  }

  /** The key's item, or null when it has no file. A damaged file is set aside and reported; it reads as null. */
  async read(key: string): Promise<SerialisedItem | null> {
    const file = hashedFilePath(this.rootDir, key);
    // A stat first, not a read failing with ENOENT: that costs about 80 µs of CPU, most of it building the error.
    if (this.#mayHaveFile(file) && statSync(file, { throwIfNoEntry: false })) return this.#readFile(file, key);
    return this.#readLegacy(key);
  }

  /**
   * A key with a lone surrogate whose item an older version wrote under its UTF-8 hash: read there,
   * but only if that file names this very key (another key sharing the name is not this one's, and
   * its file is left alone). The next write of the key moves it to its own path.
   */
  async #readLegacy(key: string): Promise<SerialisedItem | null> {
    const legacy = legacyHashedFilePath(this.rootDir, key);
    if (legacy === undefined || !this.#mayHaveFile(legacy)) return null;
    return this.#legacyFileKey(legacy) === key ? this.#readFile(legacy, key) : null;
  }

  /** The key written in a legacy file, or undefined when there is none or it cannot be read. */
  #legacyFileKey(file: string): string | undefined {
    const text = statSync(file, { throwIfNoEntry: false }) ? new TextFileSync(file).read() : null;
    if (text === null) return undefined;
    try {
      const data: unknown = JSON.parse(text);
      return typeof data === 'object' && data !== null && 'key' in data && typeof data.key === 'string' ? data.key : undefined;
    } catch {
      return undefined;
    }
  }

  async #readFile(file: string, key: string): Promise<SerialisedItem | null> {
    // Read synchronously too: a small file from the page cache takes microseconds, while the async
    // read hands off to the libuv pool and back (and leaves the event loop idle in between).
    const data = await validatedJsonData(file, new TextFileSync(file).read(), StoredItemSchema, this.onDamagedFile);
    if (data === null) return null;
    // Checked here, not by a schema made per key: zod compiles every new schema on its first parse.
    if (data.key !== key) {
      this.onDamagedFile(await setDamagedFileAside(file, `holds the item of key ${JSON.stringify(data.key)}, not of ${JSON.stringify(key)}`));
      return null;
    }
    return { eTag: data.eTag, valueJson: JSON.stringify(data.value) };
  }

  /**
   * Replaces the key's file with `item`, or removes it for null. Synchronous on purpose: compaction
   * writes many files in the background, and lowdb's TextFileSync (temp file, then rename) costs
   * about 45% less CPU than the async TextFile, whose four file operations each cross to the libuv
   * pool and back, for about the same time on the event loop. It blocks for one small file; callers
   * yield between files so turns run in between.
   */
  writeNow(key: string, item: SerialisedItem | null): void {
    const file = hashedFilePath(this.rootDir, key);
    // The key's item moves off a legacy path shared with other keys (see #readLegacy).
    const legacy = legacyHashedFilePath(this.rootDir, key);
    if (legacy !== undefined && this.#mayHaveFile(legacy) && this.#legacyFileKey(legacy) === key) rmSync(legacy, { force: true });
    if (item === null) {
      rmSync(file, { force: true });
      return;
    }
    const shardDir = dirname(file);
    if (!this.#shardDirs.has(shardDir)) {
      mkdirSync(shardDir, { recursive: true });
      this.#shardDirs.add(shardDir);
    }
    new TextFileSync(file).write(storedItemJson(key, item));
    // A shard not listed yet lists this file when it is.
    this.#listings.get(shardDir)?.add(keyFileFingerprint(basename(file)));
  }

  /** False when the key's file certainly does not exist; true when it may (a stat says). */
  #mayHaveFile(file: string): boolean {
    const shardDir = dirname(file);
    if (!this.#shardDirs.has(shardDir)) return false;
    let listing = this.#listings.get(shardDir);
    if (!listing) {
      listing = new Set(
        readdirSync(shardDir)
          .filter((name) => KEY_FILE_NAME.test(name))
          .map(keyFileFingerprint),
      );
      this.#listings.set(shardDir, listing);
    }
    return listing.has(keyFileFingerprint(basename(file)));
  }
}
