import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { JournalSegment } from './journal-segment.js';

const SEGMENT_NAME = /^segment-(\d{9})\.jsonl$/;

/** The file of segment `id`: zero-padded, so names sort in the order segments were written. */
export function segmentFile(journalDir: string, id: number): string {
  return join(journalDir, `segment-${id.toString().padStart(9, '0')}.jsonl`);
}

/** The segments in `journalDir`, oldest first; none when the folder does not exist yet. */
export async function listSegments(journalDir: string): Promise<{ id: number; file: string }[]> {
  let names: string[];
  try {
    names = await readdir(journalDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((name) => SEGMENT_NAME.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .map((id) => Number(id))
    .sort((a, b) => a - b)
    .map((id) => ({ id, file: segmentFile(journalDir, id) }));
}

/**
 * The write-ahead journal: a folder of numbered segment files, appended to one at a time.
 * `rotate()` starts a new segment so the old ones can be compacted and removed while writes go on;
 * a segment whose append failed is rotated away at once, so a partial line can only ever be the
 * last line of its file.
 */
export class WriteAheadJournal {
  #current: JournalSegment;
  /** Rotated segments not removed yet, each with the promise of its file being closed. */
  readonly #rotated: { segment: JournalSegment; closed: Promise<void> }[] = [];

  /** `journalDir` must exist; `firstId` must be above every segment already in it. */
  constructor(
    readonly journalDir: string,
    firstId: number,
  ) {
    this.#current = new JournalSegment(firstId, segmentFile(journalDir, firstId));
  }

  /** The segment being appended to was deleted from the folder while open (see JournalSegment.deleted). */
  get currentDeleted(): { id: number; file: string } | undefined {
    return this.#current.deleted ? { id: this.#current.id, file: this.#current.file } : undefined;
  }

  /** Bytes in the segment being appended to. */
  get currentBytes(): number {
    return this.#current.bytes;
  }

  /** Write system calls made on every segment still held (for tests and benchmarks of group commit). */
  get appends(): number {
    return this.#current.appends + this.#rotated.reduce((sum, { segment }) => sum + segment.appends, 0);
  }

  /**
   * Appends `line`; `onWritten(segmentId)` runs synchronously once it is written (see JournalSegment).
   * Resolves when the line is in the OS.
   */
  append(line: string, onWritten: (segmentId: number) => void): Promise<void> {
    if (this.#current.failed) this.#startNextSegment();
    const segment = this.#current;
    return segment.append(line, () => onWritten(segment.id));
  }

  /**
   * Starts a new segment and waits until every rotated segment has no append in flight and is closed.
   * Returns the id of the newest rotated segment: every line in it or before it is written or refused.
   */
  async rotate(): Promise<number> {
    const upTo = this.#startNextSegment();
    await Promise.all(this.#rotated.map(({ closed }) => closed));
    return upTo;
  }

  /** Deletes the rotated segments up to `upTo`, once what they hold is safe elsewhere. */
  async remove(upTo: number): Promise<void> {
    const removable = this.#rotated.filter(({ segment }) => segment.id <= upTo);
    for (const { segment, closed } of removable) {
      await closed;
      await rm(segment.file, { force: true });
      this.#rotated.splice(this.#rotated.findIndex((entry) => entry.segment === segment), 1);
    }
  }

  /** Waits for every append, then closes the files. Segments stay on disk for the next start to replay. */
  async close(): Promise<void> {
    await Promise.all([this.#current.close(), ...this.#rotated.map(({ closed }) => closed)]);
  }

  #startNextSegment(): number {
    const old = this.#current;
    const closed = old.close();
    // A failed close leaves the segment's lines written; remove() and close() report it when awaited.
    closed.catch(() => {});
    this.#rotated.push({ segment: old, closed });
    this.#current = new JournalSegment(old.id + 1, segmentFile(this.journalDir, old.id + 1));
    return old.id;
  }
}
