import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSegment } from '../../bot/storage/read-journal-segment.js';
import { listSegments, segmentFile, WriteAheadJournal } from '../../bot/storage/write-ahead-journal.js';
import { mountSmallDisk } from './small-disk.js';
import { useTempDirs } from './temp-dir.js';

const makeTempDir = useTempDirs();

async function openJournal() {
  const journalDir = join(await makeTempDir(), 'journal');
  await mkdir(journalDir);
  return { journalDir, journal: new WriteAheadJournal(journalDir, 1) };
}

const line = (n: number) => `${JSON.stringify({ key: `k${n}`, eTag: `e${n}`, value: { n } })}\n`;

describe('WriteAheadJournal group commit', () => {
  it('sends the lines queued in one event-loop turn as one append, and writes every one', async () => {
    const { journal, journalDir } = await openJournal();
    const written: number[] = [];
    // 50 writers of 10 lines each, one after another per writer, all writers at once: like turns in flight.
    await Promise.all(
      Array.from({ length: 50 }, async (_, writer) => {
        for (let step = 0; step < 10; step++) {
          const n = writer * 10 + step;
          await journal.append(line(n), () => written.push(n));
        }
      }),
    );
    expect(written).toHaveLength(500);
    expect(journal.appends).toBeLessThan(100);
    const { records, tornTailBytes, damagedLines } = await readSegment(segmentFile(journalDir, 1));
    expect(records.map((record) => record.key).sort()).toEqual(Array.from({ length: 500 }, (_, n) => `k${n}`).sort());
    expect([tornTailBytes, damagedLines]).toEqual([0, []]);
    await journal.close();
  });

  it('tells a line written only once its append returned, and before its promise settles', async () => {
    const { journal } = await openJournal();
    const events: string[] = [];
    const appended = journal.append(line(1), (segment) => events.push(`written in ${segment}`));
    events.push('queued');
    await appended.then(() => events.push('resolved'));
    expect(events).toEqual(['queued', 'written in 1', 'resolved']);
    await journal.close();
  });

  it('rotates: new lines go to the next segment, and the old one is removed only when asked', async () => {
    const { journal, journalDir } = await openJournal();
    await journal.append(line(1), () => {});
    const inOld = journal.append(line(2), () => {});
    expect(await journal.rotate()).toBe(1);
    // rotate() waited for the line queued before it.
    await inOld;
    await journal.append(line(3), () => {});
    expect((await listSegments(journalDir)).map(({ id }) => id)).toEqual([1, 2]);
    expect((await readSegment(segmentFile(journalDir, 1))).records.map((record) => record.key)).toEqual(['k1', 'k2']);
    await journal.remove(1);
    expect(await readdir(journalDir)).toEqual(['segment-000000002.jsonl']);
    await journal.close();
  });

  it('refuses the lines of a failed append, and starts a new segment for the next ones', async () => {
    const { journal, journalDir } = await openJournal();
    // A folder where the segment file should be: opening it for appending fails.
    await mkdir(segmentFile(journalDir, 1));
    const written: number[] = [];
    await expect(journal.append(line(1), () => written.push(1))).rejects.toThrow();
    await rm(segmentFile(journalDir, 1), { recursive: true });
    await journal.append(line(2), () => written.push(2));
    expect(written).toEqual([2]);
    expect((await readSegment(segmentFile(journalDir, 2))).records.map((record) => record.key)).toEqual(['k2']);
    await journal.close();
  });
});

describe('WriteAheadJournal on a full disk', () => {
  it('refuses the lines that do not fit, keeps appending to the same segment, and leaves no partial line', async () => {
    const disk = mountSmallDisk(512 * 1024);
    try {
      const journalDir = join(disk.dir, 'journal');
      await mkdir(journalDir);
      const journal = new WriteAheadJournal(journalDir, 1);
      await journal.append(line(0), () => undefined);
      disk.fill(1024);
      const big = (n: number) => `${JSON.stringify({ key: `k${n}`, eTag: `e${n}`, value: { pad: 'x'.repeat(16 * 1024) } })}\n`;
      const outcomes = await Promise.allSettled(Array.from({ length: 60 }, async (_, n) => journal.append(big(n + 1), () => undefined)));
      expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
      for (let n = 61; n < 120; n++) await expect(journal.append(big(n), () => undefined)).rejects.toThrow(/ENOSPC/);
      expect(await readdir(journalDir)).toEqual(['segment-000000001.jsonl']);
      disk.free();
      await journal.append(line(200), () => undefined);
      await journal.close();
      const segment = await readSegment(segmentFile(journalDir, 1));
      expect(segment.records.map((record) => record.key)).toEqual(['k0', 'k200']);
      expect(segment.tornTailBytes).toBe(0);
    } finally {
      disk.unmount();
    }
  });
});

describe('readSegment', () => {
  it('tells a partial last line apart from damaged complete lines', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'segment.jsonl');
    await writeFile(file, `${line(1)}{"key":"k2",oops}\n${JSON.stringify({ key: 'k3', eTag: 7, value: {} })}\n${line(4)}{"key":"k5","eT`);
    const { records, tornTailBytes, damagedLines } = await readSegment(file);
    expect(records.map((record) => record.key)).toEqual(['k1', 'k4']);
    expect(tornTailBytes).toBe(Buffer.byteLength('{"key":"k5","eT'));
    expect(damagedLines).toEqual([expect.stringMatching(/^line 2: not valid JSON/), expect.stringMatching(/^line 3: unexpected shape/)]);
    expect(await readFile(file, 'utf8')).toContain('oops');
  });

  it('reads a tombstone as a deletion', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'segment.jsonl');
    await writeFile(file, `${JSON.stringify({ key: 'gone', deleted: true })}\n`);
    expect((await readSegment(file)).records).toEqual([{ key: 'gone', deleted: true }]);
  });
});
