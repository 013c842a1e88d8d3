import { closeSync, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';

/** Lines waiting for the same append, and what to tell each line's writer once it is written. */
interface Batch {
  lines: string[];
  onWritten: (() => void)[];
  done: Promise<void>;
  settle: (error?: Error) => void;
}

function newBatch(): Batch {
  let settle: Batch['settle'] = () => {};
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  // Every writer awaits `done`; this only keeps a failure nobody waits for from crashing the process.
  done.catch(() => {});
  return { lines: [], onWritten: [], done, settle };
}

/** Shrinks the file back to `bytes`; false when even that fails. */
function truncatedTo(fd: number, bytes: number): boolean {
  try {
    ftruncateSync(fd, bytes);
    return true;
  } catch {
    return false;
  }
}

/** Writes all of `buffer` at the end of the file (O_APPEND), retrying short writes. */
function appendAll(fd: number, buffer: Buffer): void {
  for (let offset = 0; offset < buffer.length; ) offset += writeSync(fd, buffer, offset, buffer.length - offset);
}

/**
 * One journal file, appended to with group commit: every line queued in one turn of the event loop
 * goes out as one write on a file kept open, at the end of that turn (setImmediate). A line's
 * promise settles once that write returned, so its data is in the OS (no fsync: a process crash
 * loses nothing acknowledged, as with the rename-based per-key files).
 * The write is synchronous on purpose: appending a few kilobytes to the page cache takes a few
 * microseconds, while an async write costs 15-30 µs of CPU in the libuv pool handoff and, on busy
 * cores, a thread wake-up of its own in every write's latency.
 * A failed append (a full disk) is cut off again and the segment goes on; only when that cut
 * fails too may the file end in a partial line, and then the segment takes no more lines.
 */
export class JournalSegment {
  #fd: number | undefined;
  #queued: Batch | undefined;
  #last: Batch | undefined;
  #bytes = 0;
  #appends = 0;
  #failure: Error | undefined;
  #deleted = false;

  constructor(
    readonly id: number,
    readonly file: string,
  ) {}

  /** Bytes appended so far. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Write system calls made so far: fewer than lines when group commit batched them. */
  get appends(): number {
    return this.#appends;
  }

  get failed(): boolean {
    return this.#failure !== undefined;
  }

  /**
   * Whether the file was deleted while open (someone cleaning up the data folder): appends still
   * succeed, into an inode no restart will find, so what it holds is safe only in memory.
   */
  get deleted(): boolean {
    return this.#deleted;
  }

  /**
   * Queues `line` (one JSON document ending in a newline). `onWritten` runs synchronously as soon
   * as the line's append returned, before the returned promise settles and before any other code
   * runs: whoever waits for this segment to drain sees every written line already accounted for.
   */
  append(line: string, onWritten: () => void): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    let batch = this.#queued;
    if (!batch) {
      batch = newBatch();
      this.#queued = batch;
      this.#last = batch;
      setImmediate(() => this.#flush());
    }
    batch.lines.push(line);
    batch.onWritten.push(onWritten);
    return batch.done;
  }

  /** Resolves once every line queued so far was written or refused. */
  async drain(): Promise<void> {
    await this.#last?.done.catch(() => {});
  }

  /** Drains, then closes the file. */
  async close(): Promise<void> {
    await this.drain();
    const fd = this.#fd;
    this.#fd = undefined;
    if (fd !== undefined) closeSync(fd);
  }

  #flush(): void {
    const batch = this.#queued;
    if (!batch) return;
    this.#queued = undefined;
    try {
      if (this.#failure) throw this.#failure;
      this.#fd ??= openSync(this.file, 'a');
      const buffer = Buffer.from(batch.lines.join(''), 'utf8');
      this.#appends++;
      appendAll(this.#fd, buffer);
      this.#bytes += buffer.length;
      // One fstat a batch (about a microsecond): a file with no name left is gone on restart.
      if (fstatSync(this.#fd).nlink === 0) this.#deleted = true;
      for (const onWritten of batch.onWritten) onWritten();
      batch.settle();
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      // Cut a partial append off (shrinking a file needs no space), so the segment stays whole and
      // takes the next lines: a full disk must not open a new segment for every failed write.
      if (!this.#failure && this.#fd !== undefined && truncatedTo(this.#fd, this.#bytes)) {
        batch.settle(failure);
        return;
      }
      this.#failure ??= failure;
      batch.settle(this.#failure);
    }
  }
}
