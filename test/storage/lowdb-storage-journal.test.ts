import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DamagedFileReport } from '../../bot/storage/damaged-file.js';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { deletionLine, itemLine } from '../../bot/storage/journal-record.js';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import type { StorageLogger } from '../../bot/storage/storage-logger.js';
import { segmentFile } from '../../bot/storage/write-ahead-journal.js';
import { useTempDirs } from './temp-dir.js';

const makeTempDir = useTempDirs();

function openStorage(dataDir: string, options: { compactAfterBytes?: number; cacheSize?: number } = {}) {
  const damaged: DamagedFileReport[] = [];
  const logged: { level: 'warn' | 'error'; details: object; message: string }[] = [];
  const log: StorageLogger = {
    warn: (details, message) => logged.push({ level: 'warn', details, message }),
    error: (details, message) => logged.push({ level: 'error', details, message }),
  };
  const storage = new LowdbStorage({ dataDir, onDamagedFile: (report) => damaged.push(report), log, ...options });
  return { storage, damaged, logged };
}

const journalDir = (dataDir: string) => join(dataDir, 'journal');
const segmentFiles = async (dataDir: string) => (await readdir(journalDir(dataDir))).filter((name) => name.endsWith('.jsonl'));
const item = (key: string, eTag: string, value: object) => itemLine(key, { eTag, valueJson: JSON.stringify(value) });

/** Journal segments as a run killed before compacting would leave them. */
async function leaveSegments(dataDir: string, segments: string[]): Promise<string[]> {
  await mkdir(journalDir(dataDir), { recursive: true });
  const files = segments.map((_, index) => segmentFile(journalDir(dataDir), index + 1));
  await Promise.all(segments.map((text, index) => writeFile(files[index] ?? '', text)));
  return files;
}

describe('LowdbStorage journal replay on start', () => {
  it('applies the segments in order onto the per-key files, eTags kept, then deletes them', async () => {
    const dataDir = await makeTempDir();
    await leaveSegments(dataDir, [item('a', 'e1', { v: 1 }) + item('b', 'e2', { v: 1 }), item('a', 'e3', { v: 2 })]);
    const { storage, damaged, logged } = openStorage(dataDir);
    expect(await storage.read(['a', 'b'])).toEqual({ a: { v: 2, eTag: 'e3' }, b: { v: 1, eTag: 'e2' } });
    expect(JSON.parse(await readFile(hashedFilePath(dataDir, 'a'), 'utf8'))).toEqual({ key: 'a', eTag: 'e3', value: { v: 2 } });
    expect(await segmentFiles(dataDir)).toEqual([]);
    expect([damaged, logged]).toEqual([[], []]);
    await storage.close();
  });

  it('does not apply a torn last line (a crash mid-append, never acknowledged), keeps its bytes aside and logs it', async () => {
    const dataDir = await makeTempDir();
    const tornLine = '{"key":"a","eTag":"e2","val';
    const [file] = await leaveSegments(dataDir, [item('a', 'e1', { v: 1 }) + tornLine]);
    const { storage, damaged, logged } = openStorage(dataDir);
    expect((await storage.read(['a'])).a).toEqual({ v: 1, eTag: 'e1' });
    expect(damaged).toEqual([]);
    expect(logged).toEqual([
      {
        level: 'warn',
        details: { event: 'storage.journal-torn-tail', file, bytes: 27, keptAs: expect.stringMatching(/segment-000000001\.jsonl\.torn-/) },
        message: expect.stringContaining(file ?? ''),
      },
    ]);
    const keptAs = (logged[0]?.details as { keptAs: string }).keptAs;
    expect(await readFile(keptAs, 'utf8')).toBe(tornLine);
    await storage.close();
  });

  it('sets a segment damaged in the middle aside and reports it, after applying its good lines', async () => {
    const dataDir = await makeTempDir();
    const text = item('a', 'e1', { v: 1 }) + '{"key":"b","eTag":"e2","value":{"v":1}\n' + item('c', 'e3', { v: 1 });
    const [file] = await leaveSegments(dataDir, [text]);
    const { storage, damaged } = openStorage(dataDir);
    expect(Object.keys(await storage.read(['a', 'b', 'c']))).toEqual(['a', 'c']);
    expect(damaged).toEqual([{ file, movedTo: expect.stringMatching(/segment-000000001\.jsonl\.damaged-/), reason: expect.stringMatching(/line 2: not valid JSON/) }]);
    expect(await readFile(damaged[0]?.movedTo ?? '', 'utf8')).toBe(text);
    // Set aside, not replayed again by the next start.
    await storage.close();
    const again = openStorage(dataDir);
    await again.storage.read(['a']);
    expect(again.damaged).toEqual([]);
    await again.storage.close();
  });

  it('never brings a deleted key back: the tombstone in the journal wins over the per-key file', async () => {
    const dataDir = await makeTempDir();
    const first = openStorage(dataDir);
    await first.storage.write({ gone: { v: 1 } });
    await first.storage.compact();
    await first.storage.delete(['gone']);
    // Abandoned without close(), as a kill would: the per-key file still holds the item, the journal its deletion.
    expect(JSON.parse(await readFile(hashedFilePath(dataDir, 'gone'), 'utf8'))).toMatchObject({ value: { v: 1 } });
    const second = openStorage(dataDir);
    expect(await second.storage.read(['gone'])).toEqual({});
    await expect(readFile(hashedFilePath(dataDir, 'gone'))).rejects.toMatchObject({ code: 'ENOENT' });
    await second.storage.close();
  });

  it('replays a tombstone after an older segment holding the item', async () => {
    const dataDir = await makeTempDir();
    await leaveSegments(dataDir, [item('gone', 'e1', { v: 1 }), deletionLine('gone')]);
    const { storage } = openStorage(dataDir);
    expect(await storage.read(['gone'])).toEqual({});
    await storage.close();
  });

  it('finds every replayed key in its file once the cache has let it go, in shard folders listed during the replay', async () => {
    const dataDir = await makeTempDir();
    const first = openStorage(dataDir);
    await first.storage.write(Object.fromEntries(Array.from({ length: 300 }, (_, n) => [`old${n}`, { n }])));
    await first.storage.close();
    const replayed = Array.from({ length: 40 }, (_, n) => `new${n}`);
    await leaveSegments(dataDir, [replayed.map((key, n) => item(key, `e${n}`, { n })).join('')]);
    const { storage } = openStorage(dataDir, { cacheSize: 1 });
    const read = await storage.read(replayed);
    expect(Object.keys(read).sort()).toEqual([...replayed].sort());
    await storage.close();
  });

  it('sets aside a damaged per-key file before replay overwrites it', async () => {
    const dataDir = await makeTempDir();
    const file = hashedFilePath(dataDir, 'a');
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, '{ hand edited');
    await leaveSegments(dataDir, [item('a', 'e1', { v: 1 })]);
    const { storage, damaged } = openStorage(dataDir);
    expect((await storage.read(['a'])).a).toEqual({ v: 1, eTag: 'e1' });
    expect(damaged).toEqual([expect.objectContaining({ file })]);
    expect(await readFile(damaged[0]?.movedTo ?? '', 'utf8')).toBe('{ hand edited');
    await storage.close();
  });
});

describe('LowdbStorage compaction and close', () => {
  it('compacts while writes go on: nothing lost, the compacted segment removed', async () => {
    const dataDir = await makeTempDir();
    const { storage, logged } = openStorage(dataDir);
    const keys = Array.from({ length: 30 }, (_, index) => `conversation/${index}`);
    const turns = async (from: number, to: number) => {
      await Promise.all(
        keys.map(async (key) => {
          for (let turn = from; turn <= to; turn++) {
            const { eTag } = (await storage.read([key]))[key] ?? {};
            // With the eTag read, as a careful bot would: a compaction in between must not lose it.
            await storage.write({ [key]: { turn, eTag } });
          }
        }),
      );
    };
    await turns(1, 5);
    const compacting = storage.compact();
    await turns(6, 15);
    await compacting;
    // Turns 1-5 were in segment 1, now in the per-key files; later turns went to segment 2 meanwhile.
    expect(await segmentFiles(dataDir)).toEqual(['segment-000000002.jsonl']);
    for (const key of keys) expect(JSON.parse(await readFile(hashedFilePath(dataDir, key), 'utf8'))).toMatchObject({ value: { turn: expect.any(Number) } });
    expect(await storage.read(keys)).toEqual(Object.fromEntries(keys.map((key) => [key, { turn: 15, eTag: expect.any(String) }])));
    await storage.close();
    const reopened = openStorage(dataDir);
    expect(await reopened.storage.read(keys)).toEqual(Object.fromEntries(keys.map((key) => [key, { turn: 15, eTag: expect.any(String) }])));
    await reopened.storage.close();
    expect(logged).toEqual([]);
  });

  it('starts a compaction on its own once the journal passes compactAfterBytes', async () => {
    const dataDir = await makeTempDir();
    const { storage } = openStorage(dataDir, { compactAfterBytes: 1024 });
    for (let n = 0; n < 40; n++) await storage.write({ [`k${n}`]: { n, filler: 'x'.repeat(40) } });
    // No compact() call: the first keys reach their per-key files in the background.
    await expect.poll(() => readFile(hashedFilePath(dataDir, 'k0'), 'utf8').catch(() => ''), { timeout: 5000 }).toContain('"n":0');
    expect(await segmentFiles(dataDir)).not.toContain('segment-000000001.jsonl');
    await storage.close();
  });

  it('close() flushes the pending writes into the per-key files and leaves no journal behind', async () => {
    const dataDir = await makeTempDir();
    const { storage } = openStorage(dataDir);
    const writes = Array.from({ length: 25 }, (_, n) => storage.write({ [`k${n}`]: { n } }));
    await storage.close();
    await Promise.all(writes);
    expect(await segmentFiles(dataDir)).toEqual([]);
    for (let n = 0; n < 25; n++) expect(JSON.parse(await readFile(hashedFilePath(dataDir, `k${n}`), 'utf8'))).toMatchObject({ value: { n } });
    await expect(storage.write({ late: {} })).rejects.toThrow(/closed/);
  });

  it('keeps serving the keys of a compaction that failed part way, and writes them at the next one', async () => {
    const dataDir = await makeTempDir();
    const { storage } = openStorage(dataDir);
    const keys = Array.from({ length: 300 }, (_, n) => `k${n}`);
    // A file where one key's shard folder will be: that folder cannot be made, so the compaction fails there.
    const blocked = dirname(hashedFilePath(dataDir, 'k299'));
    await storage.opened();
    await writeFile(blocked, 'not a folder');
    await storage.write(Object.fromEntries(keys.map((key, n) => [key, { n }])));
    await expect(storage.compact()).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await segmentFiles(dataDir)).toContain('segment-000000001.jsonl');
    const read = await storage.read(keys);
    expect(Object.keys(read)).toHaveLength(keys.length);
    await rm(blocked);
    await storage.write({ k0: { n: 'changed' } });
    await storage.compact();
    expect(await segmentFiles(dataDir)).not.toContain('segment-000000001.jsonl');
    for (const n of [0, 150, 299]) expect(JSON.parse(await readFile(hashedFilePath(dataDir, `k${n}`), 'utf8'))).toMatchObject({ value: { n: n === 0 ? 'changed' : n } });
    await storage.close();
    const reopened = openStorage(dataDir);
    expect(Object.keys(await reopened.storage.read(keys))).toHaveLength(keys.length);
    await reopened.storage.close();
  });

  it('does not acknowledge or show a write whose append failed, and goes on once the disk is back', async () => {
    const dataDir = await makeTempDir();
    const { storage } = openStorage(dataDir);
    await storage.write({ a: { v: 1 } });
    await storage.compact();
    // The journal folder replaced by a file: the next segment cannot be created.
    await rm(journalDir(dataDir), { recursive: true });
    await writeFile(journalDir(dataDir), 'not a folder');
    await expect(storage.write({ a: { v: 2 } })).rejects.toThrow();
    expect((await storage.read(['a'])).a).toMatchObject({ v: 1 });
    await rm(journalDir(dataDir));
    await mkdir(journalDir(dataDir));
    await storage.write({ a: { v: 3 } });
    expect((await storage.read(['a'])).a).toMatchObject({ v: 3 });
    await storage.close();
    const reopened = openStorage(dataDir);
    expect((await reopened.storage.read(['a'])).a).toMatchObject({ v: 3 });
    await reopened.storage.close();
  });
});
