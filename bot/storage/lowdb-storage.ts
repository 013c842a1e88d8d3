import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import type { Storage, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { keepTornTail, setDamagedFileAside, type DamagedFileHandler } from './damaged-file.js';
import { deletionLine, itemLine } from './journal-record.js';
import { KeyedMutex } from './keyed-mutex.js';
import { PerKeyFiles } from './per-key-files.js';
import { readSegment } from './read-journal-segment.js';
import { lockStateFolder } from './state-folder-lock.js';
import { consoleStorageLogger, type StorageLogger } from './storage-logger.js';
import type { SerialisedItem } from './stored-item.js';
import { listSegments, WriteAheadJournal } from './write-ahead-journal.js';

const KeysSchema = z.array(z.string().min(1));
const ChangesSchema = z.record(z.string().min(1), z.looseObject({ eTag: z.string().optional() }));

/** How long compaction writes files before letting turns run: short against a turn's latency. */
const COMPACTION_SLICE_MS = 4;

/** The journal folder sits beside the shard folders, whose names are three hex digits. */
const JOURNAL_DIR = 'journal';

export const LowdbStorageOptionsSchema = z.object({
  /** Folder holding the state files and the journal (created when the storage opens). */
  dataDir: z.string().min(1),
  /**
   * How many per-key items stay in memory once compacted; bounds memory whatever the number of keys
   * (beside about 24 bytes a stored key: PerKeyFiles' fingerprints of the files that exist).
   */
  cacheSize: z.number().int().positive().default(1000),
  /**
   * Journal bytes that start a compaction into the per-key files. Items not compacted yet stay in
   * memory, so this also bounds that memory (twice it while one compaction runs).
   */
  compactAfterBytes: z.number().int().positive().default(4 * 1024 * 1024),
});
export type LowdbStorageOptions = z.input<typeof LowdbStorageOptionsSchema> & {
  /** Told about every damaged file set aside (state file or journal segment), so the host can log it. */
  onDamagedFile: DamagedFileHandler;
  /** Where a torn journal line (kept aside) and a failed background compaction are logged. */
  log?: StorageLogger;
};

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/** A key's item as known in memory, or ABSENT: the key holds nothing (never written, or deleted). */
const ABSENT = 'absent';
type Known = SerialisedItem | typeof ABSENT;

/** A journaled change not yet in its per-key file, and the segment holding it. */
interface Journaled {
  known: Known;
  segment: number;
}

/**
 * botbuilder Storage over one small lowdb file per key, with a write-ahead journal in front.
 *
 * A write is checked against the in-memory view, serialised once, and appended as one line to the
 * journal; writes that arrive together share one append (group commit) and each resolves once its
 * line is in the OS, so a kill -9 after that loses nothing. Once the journal passes
 * `compactAfterBytes`, a background compaction starts a new segment, writes each key's latest item
 * into its per-key file, and deletes the old segment; turns never wait for it. On start the journal
 * is replayed onto the per-key files before anything is served; close() compacts everything.
 *
 * eTag semantics follow botbuilder's BlobsStorage: `*` or no eTag overwrites, any other eTag must
 * match the stored one (a deleted or never-written key has no eTag to match), and every write gets
 * a fresh eTag. Operations on one key run one at a time. One process per folder (a lock file says which).
 */
export class LowdbStorage implements Storage {
  readonly #files: PerKeyFiles;
  readonly #journalDir: string;
  readonly #compactAfterBytes: number;
  readonly #onDamagedFile: DamagedFileHandler;
  readonly #log: StorageLogger;
  readonly #locks = new KeyedMutex();
  /** Compacted items, bounded. */
  readonly #cache: LRUCache<string, Known>;
  /** Journaled items not compacted yet, latest per key; shadows the cache and the files. */
  readonly #journaled = new Map<string, Journaled>();
  /** Replays the journal left by the last run; every operation waits for it. */
  readonly #ready: Promise<WriteAheadJournal>;
  /** The journal once #ready resolved, for checks that must not wait. */
  #journalNow: WriteAheadJournal | undefined;
  #compaction: Promise<void> | undefined;
  /** The deleted live segment already logged and compacted away, so a burst of writes logs it once. */
  #deletedSegmentHandled: number | undefined;
  /** Gives the state folder back to other processes (see lockStateFolder). */
  #releaseFolder: (() => void) | undefined;
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(options: LowdbStorageOptions) {
    const { dataDir, cacheSize, compactAfterBytes } = LowdbStorageOptionsSchema.parse(options);
    this.#onDamagedFile = options.onDamagedFile;
    this.#log = options.log ?? consoleStorageLogger;
    this.#files = new PerKeyFiles(dataDir, this.#onDamagedFile);
    this.#journalDir = join(dataDir, JOURNAL_DIR);
    this.#compactAfterBytes = compactAfterBytes;
    this.#cache = new LRUCache({ max: cacheSize });
    this.#ready = this.#recover().then((journal) => (this.#journalNow = journal));
    // Operations report a failed start; this only keeps it from being an unhandled rejection meanwhile.
    this.#ready.catch(() => {});
  }

  /** Resolves once the journal left by the last run is replayed; rejects if the folder cannot be used. */
  async opened(): Promise<void> {
    await this.#ready;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const uniqueKeys = [...new Set(KeysSchema.parse(keys))];
    this.#assertOpen();
    const known = await Promise.all(uniqueKeys.map((key) => this.#locks.run(key, () => this.#ready.then(() => this.#current(key)))));
    const items: StoreItems = {};
    known.forEach((item, index) => {
      if (item === ABSENT) return;
      // Parsed afresh for every read: callers get their own copy to mutate.
      const value = JSON.parse(item.valueJson) as Record<string, unknown>;
      value['eTag'] = item.eTag;
      items[uniqueKeys[index] as string] = value;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(ChangesSchema.parse(changes));
    this.#assertOpen();
    // Queued on the key's lock before the first await, so a close() called meanwhile waits for it.
    const outcomes = await Promise.allSettled(entries.map(([key, item]) => this.#locks.run(key, () => this.#writeOne(key, item))));
    this.#compactWhenDue();
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  async delete(keys: string[]): Promise<void> {
    const uniqueKeys = [...new Set(KeysSchema.parse(keys))];
    this.#assertOpen();
    // A tombstone in the journal: replaying an older segment can never bring the item back.
    await Promise.all(uniqueKeys.map((key) => this.#locks.run(key, () => this.#append(key, deletionLine(key), ABSENT))));
    this.#compactWhenDue();
  }

  /**
   * Moves every change journaled so far into the per-key files and deletes the journal segments
   * that held them. Runs after a compaction already under way. Writes may go on meanwhile.
   */
  compact(): Promise<void> {
    const run = (this.#compaction ?? Promise.resolve()).catch(() => {}).then(() => this.#compactOnce());
    this.#compaction = run;
    void run.then(
      () => this.#compactionEnded(run),
      () => this.#compactionEnded(run),
    );
    return run;
  }

  /** Waits for every operation already started, compacts the journal, then refuses new work. */
  close(): Promise<void> {
    this.#closed = true;
    this.#closing ??= this.#shutDown();
    return this.#closing;
  }

  async #writeOne(key: string, item: { eTag?: string | undefined }): Promise<void> {
    const { eTag, ...rest } = item;
    // Serialised once: the snapshot of the item, the journal line, the cache and later the per-key file.
    const valueJson = JSON.stringify(rest);
    await this.#ready;
    // Always resolve the current item, even for `*`: a damaged file must be set aside, not overwritten.
    const current = await this.#current(key);
    const mustMatch = eTag !== undefined && eTag !== '' && eTag !== '*';
    if (mustMatch && (current === ABSENT || current.eTag !== eTag)) throw new ETagConflictError(key);
    const written: SerialisedItem = { eTag: randomUUID(), valueJson };
    await this.#append(key, itemLine(key, written), written);
  }

  /** Appends a change; the in-memory view takes it only once it is written, so nobody sees an unacknowledged one. */
  async #append(key: string, line: string, known: Known): Promise<void> {
    const journal = await this.#ready;
    await journal.append(line, (segment) => this.#journaled.set(key, { known, segment }));
  }

  /** The key's item: journaled, else cached, else read from its file (a missing file caches as ABSENT). */
  async #current(key: string): Promise<Known> {
    const journaled = this.#journaled.get(key);
    if (journaled) return journaled.known;
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const known = (await this.#files.read(key)) ?? ABSENT;
    this.#cache.set(key, known);
    return known;
  }

  #compactWhenDue(): void {
    const deleted = this.#journalNow?.currentDeleted;
    if (deleted && this.#deletedSegmentHandled !== deleted.id) {
      // Its lines are only in memory now: compacting writes them into the per-key files and starts a new segment.
      this.#deletedSegmentHandled = deleted.id;
      this.#log.error(
        { event: 'storage.journal-segment-deleted', file: deleted.file },
        `The live journal segment ${deleted.file} was deleted while in use; its changes are being written into the state files now`,
      );
      this.compact().catch((error: unknown) =>
        this.#log.error({ event: 'storage.compaction-failed', err: error }, 'Journal compaction failed; the journal keeps the changes and compaction is tried again'),
      );
      return;
    }
    if (this.#compaction || !this.#journalNow || this.#journalNow.currentBytes < this.#compactAfterBytes) return;
    this.compact().catch((error: unknown) =>
      this.#log.error({ event: 'storage.compaction-failed', err: error }, 'Journal compaction failed; the journal keeps the changes and compaction is tried again'),
    );
  }

  #compactionEnded(run: Promise<void>): void {
    if (this.#compaction === run) this.#compaction = undefined;
  }

  async #compactOnce(): Promise<void> {
    const journal = await this.#ready;
    // After rotate() every line in the old segments is written (and in #journaled) or refused.
    const upTo = await journal.rotate();
    const due = [...this.#journaled].filter(([, journaled]) => journaled.segment <= upTo);
    let sliceStarted = performance.now();
    for (const [key, journaled] of due) {
      this.#files.writeNow(key, journaled.known === ABSENT ? null : journaled.known);
      // Files in slices of a few milliseconds, turns in between. One file per event-loop turn
      // wrote about 60 files/s under load, and the journal grew to 39 MB against its 4 MB threshold.
      if (performance.now() - sliceStarted >= COMPACTION_SLICE_MS) {
        await setImmediate();
        sliceStarted = performance.now();
      }
    }
    for (const [key, journaled] of due) {
      // A newer change to the key stays journaled: its segment is still on disk.
      if (this.#journaled.get(key) !== journaled) continue;
      this.#journaled.delete(key);
      this.#cache.set(key, journaled.known);
    }
    await journal.remove(upTo);
  }

  /**
   * Start-up: applies every segment left by the last run to the per-key files, oldest first, then
   * deletes them. A partial last line (a crash mid-append, never acknowledged) is not applied, its
   * bytes kept beside the segment and logged;
   * a segment with any other bad line has its good lines applied and is set aside and reported.
   */
  async #recover(): Promise<WriteAheadJournal> {
    await mkdir(this.#journalDir, { recursive: true });
    // Before the replay: another process's live segments must never be replayed and deleted.
    this.#releaseFolder = lockStateFolder(this.#files.rootDir);
    await this.#files.loadShardFolders();
    const segments = await listSegments(this.#journalDir);
    const latest = new Map<string, Known>();
    const damaged: { file: string; reason: string }[] = [];
    for (const { file } of segments) {
      const { records, tornTailBytes, tornTail, damagedLines } = await readSegment(file);
      for (const record of records) {
        latest.set(record.key, 'deleted' in record ? ABSENT : { eTag: record.eTag, valueJson: JSON.stringify(record.value) });
      }
      if (tornTailBytes > 0) {
        // Not applied (never acknowledged), but not thrown away either: the segment is deleted below.
        const keptAs = await keepTornTail(file, tornTail);
        this.#log.warn(
          { event: 'storage.journal-torn-tail', file, bytes: tornTailBytes, keptAs },
          `A partial last line of ${tornTailBytes} bytes in journal ${file} (a write cut short by a crash, never acknowledged) was not applied; its bytes are kept in ${keptAs}`,
        );
      }
      if (damagedLines.length > 0) damaged.push({ file, reason: `damaged journal lines: ${damagedLines.join('; ')}` });
    }
    for (const [key, known] of latest) {
      // Read first, so a damaged per-key file is set aside and reported rather than overwritten.
      await this.#files.read(key);
      this.#files.writeNow(key, known === ABSENT ? null : known);
      this.#cache.set(key, known);
    }
    for (const { file, reason } of damaged) this.#onDamagedFile(await setDamagedFileAside(file, reason));
    const damagedFiles = new Set(damaged.map(({ file }) => file));
    for (const { file } of segments) if (!damagedFiles.has(file)) await rm(file, { force: true });
    return new WriteAheadJournal(this.#journalDir, (segments.at(-1)?.id ?? 0) + 1);
  }

  async #shutDown(): Promise<void> {
    await this.#locks.idle();
    let journal: WriteAheadJournal;
    try {
      journal = await this.#ready;
    } catch {
      return; // Never started: nothing was written.
    }
    try {
      await this.compact();
    } catch (error) {
      // Nothing is lost: the journal keeps the changes and the next start replays them.
      this.#log.error({ event: 'storage.compaction-failed', err: error }, 'Journal compaction on close failed; the next start replays the journal');
    }
    await journal.close();
    this.#cache.clear();
    this.#releaseFolder?.();
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('LowdbStorage is closed.');
  }
}
