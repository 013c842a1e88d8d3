import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { DamagedFileReport } from '../../bot/storage/damaged-file.js';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import { BIG_KEY, BIG_PAYLOAD, DELETED_KEY, MANY_KEYS } from './crash-writer-items.js';
import { useTempDirs } from './temp-dir.js';

const makeTempDir = useTempDirs();

interface WriterRun {
  /** The last step the writer acknowledged before it was killed. */
  lastAcked: number;
  /** Reads of the big key's per-key file that found it, and how many of those were not whole JSON. */
  fileReads: number;
  tornFileReads: number;
}

/**
 * Starts the writer and, once it acknowledged a first step, keeps reading the big key's per-key file
 * for `runMs` (whatever a reader sees at any moment is what a crash at that moment would leave),
 * then kills the writer without warning.
 */
async function runThenKillWriter(dataDir: string, mode: 'big' | 'many', runMs: number): Promise<WriterRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/storage/crash-writer.ts', dataDir, mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'close');
  let lastAcked = -1;
  let firstAck: () => void = () => {};
  const acked = new Promise<void>((resolve) => (firstAck = resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^acked (\d+)$/.exec(line);
    if (!match) return;
    lastAcked = Number(match[1]);
    firstAck();
  });
  await Promise.race([acked, exited.then(([code]) => Promise.reject(new Error(`crash writer exited early with ${code}`)))]);
  const file = hashedFilePath(dataDir, BIG_KEY);
  let fileReads = 0;
  let tornFileReads = 0;
  for (const stopAt = Date.now() + runMs; Date.now() < stopAt; ) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      // Not compacted yet (or not this mode's key): nothing to see.
      await new Promise((resolve) => setTimeout(resolve, 1));
      continue;
    }
    fileReads++;
    try {
      JSON.parse(text);
    } catch {
      tornFileReads++;
    }
  }
  child.kill('SIGKILL');
  // An ack printed just before the kill may still be in the pipe: every line is read before 'close'.
  await exited;
  return { lastAcked, fileReads, tornFileReads };
}

function reopen(dataDir: string) {
  const damaged: DamagedFileReport[] = [];
  const storage = new LowdbStorage({ dataDir, onDamagedFile: (report) => damaged.push(report), log: { warn: () => {}, error: () => {} } });
  return { storage, damaged };
}

describe('LowdbStorage killed with SIGKILL mid-write', () => {
  it('never exposes a torn per-key file, and a restart finds the last acknowledged item whole', async () => {
    const dataDir = await makeTempDir();
    let fileReads = 0;
    for (const runMs of [500, 650, 800]) {
      const run = await runThenKillWriter(dataDir, 'big', runMs);
      fileReads += run.fileReads;
      expect(run.tornFileReads).toBe(0);
      const { storage, damaged } = reopen(dataDir);
      const item = (await storage.read([BIG_KEY]))[BIG_KEY];
      expect(damaged).toEqual([]);
      expect(item).toMatchObject({ payload: BIG_PAYLOAD });
      // The write after the last ack may have reached the OS before the kill: never anything older.
      expect(item?.n).toBeGreaterThanOrEqual(run.lastAcked);
      await storage.close();
    }
    // Compactions ran while it wrote, so the watch did see the per-key file being replaced.
    expect(fileReads).toBeGreaterThan(10);
  }, 60_000);

  it('replays every acknowledged write and delete of many keys, also when killed during a compaction', async () => {
    const dataDir = await makeTempDir();
    for (const runMs of [300, 450, 600]) {
      const { lastAcked } = await runThenKillWriter(dataDir, 'many', runMs);
      expect(lastAcked).toBeGreaterThan(0);
      const { storage, damaged } = reopen(dataDir);
      const items = await storage.read(MANY_KEYS);
      expect(damaged).toEqual([]);
      for (const key of MANY_KEYS) expect(items[key]?.round, key).toBeGreaterThanOrEqual(lastAcked);
      // Deleted at the end of every acknowledged round; at most the unacknowledged round's write survives.
      const deleted = (await storage.read([DELETED_KEY]))[DELETED_KEY];
      if (deleted) expect(deleted.round).toBe(lastAcked + 1);
      // The next run starts from what this one replayed: nothing left behind in the journal.
      await storage.close();
      expect((await readdir(join(dataDir, 'journal'))).filter((name) => name.endsWith('.jsonl'))).toEqual([]);
    }
  }, 60_000);
});
