import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DamagedFileReport } from '../../bot/storage/damaged-file.js';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { ETagConflictError, LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import { useTempDirs } from './temp-dir.js';

const makeTempDir = useTempDirs();

async function openStorage(options: { cacheSize?: number; dataDir?: string } = {}) {
  const dataDir = options.dataDir ?? (await makeTempDir());
  const damaged: DamagedFileReport[] = [];
  const storage = new LowdbStorage({ dataDir, cacheSize: options.cacheSize, onDamagedFile: (report) => damaged.push(report) });
  return { storage, dataDir, damaged };
}

describe('LowdbStorage eTags', () => {
  it('gives every write a fresh eTag and returns it on read', async () => {
    const { storage } = await openStorage();
    await storage.write({ a: { count: 1 } });
    const first = (await storage.read(['a'])).a;
    await storage.write({ a: { count: 2, eTag: '*' } });
    const second = (await storage.read(['a'])).a;
    expect(first).toMatchObject({ count: 1 });
    expect(second).toMatchObject({ count: 2 });
    expect(typeof first.eTag).toBe('string');
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('overwrites with eTag "*" or without an eTag whatever is stored', async () => {
    const { storage } = await openStorage();
    await storage.write({ a: { v: 1 } });
    await storage.write({ a: { v: 2, eTag: '*' } });
    await storage.write({ a: { v: 3 } });
    expect((await storage.read(['a'])).a).toMatchObject({ v: 3 });
  });

  it('accepts the current eTag and rejects a stale one without changing the item', async () => {
    const { storage } = await openStorage();
    await storage.write({ a: { v: 1 } });
    const stale = (await storage.read(['a'])).a;
    await storage.write({ a: { ...stale, v: 2 } });
    await expect(storage.write({ a: { ...stale, v: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['a'])).a).toMatchObject({ v: 2 });
  });

  it('rejects an eTag for a key that holds nothing', async () => {
    const { storage } = await openStorage();
    await expect(storage.write({ ghost: { v: 1, eTag: 'some-old-etag' } })).rejects.toThrow(/eTag conflict/);
    expect(await storage.read(['ghost'])).toEqual({});
  });

  it.each([
    ['journaled', 10, false],
    ['compacted and cached', 10, true],
    ['read from its file', 1, true],
  ])('lets exactly one of two concurrent writes with the same old eTag win (item %s)', async (_label, cacheSize, compact) => {
    const { storage } = await openStorage({ cacheSize });
    await storage.write({ a: { v: 0 } });
    const { eTag } = (await storage.read(['a'])).a;
    if (compact) await storage.compact();
    await storage.read(['other']); // with a one-item cache this evicts "a"
    const outcomes = await Promise.allSettled([
      storage.write({ a: { v: 'left', eTag } }),
      storage.write({ a: { v: 'right', eTag } }),
    ]);
    const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const losers = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers.map((loser) => loser.reason)).toEqual([expect.any(ETagConflictError)]);
    const winner = outcomes[0]?.status === 'fulfilled' ? 'left' : 'right';
    expect((await storage.read(['a'])).a).toMatchObject({ v: winner });
  });

  it('serialises many concurrent read-modify-write turns on one key without losing any', async () => {
    const { storage } = await openStorage();
    await storage.write({ counter: { n: 0 } });
    const increment = async (): Promise<void> => {
      for (;;) {
        const current = (await storage.read(['counter'])).counter;
        try {
          await storage.write({ counter: { n: current.n + 1, eTag: current.eTag } });
          return;
        } catch (error) {
          if (!(error instanceof ETagConflictError)) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, increment));
    expect((await storage.read(['counter'])).counter).toMatchObject({ n: 20 });
  });
});

describe('LowdbStorage reads, deletes and persistence', () => {
  it('leaves missing keys out of a read', async () => {
    const { storage } = await openStorage();
    await storage.write({ present: { v: 1 } });
    expect(Object.keys(await storage.read(['present', 'missing']))).toEqual(['present']);
  });

  it('returns copies, so changing a read item does not change the store', async () => {
    const { storage } = await openStorage();
    await storage.write({ a: { list: [1] } });
    const item = (await storage.read(['a'])).a;
    item.list.push(2);
    expect((await storage.read(['a'])).a.list).toEqual([1]);
  });

  it('deletes items, and deleting a missing key is fine', async () => {
    const { storage, dataDir } = await openStorage();
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    // In its per-key file first, so the delete has a file to remove.
    await storage.compact();
    await readFile(hashedFilePath(dataDir, 'a'));
    await storage.delete(['a', 'never-written']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
    await storage.close();
    await expect(readFile(hashedFilePath(dataDir, 'a'))).rejects.toMatchObject({ code: 'ENOENT' });
    const reopened = await openStorage({ dataDir });
    expect(Object.keys(await reopened.storage.read(['a', 'b', 'never-written']))).toEqual(['b']);
  });

  it('keeps items across instances on the same folder, eTags included', async () => {
    const first = await openStorage();
    await first.storage.write({ 'emulator/conversations/42': { turns: 3 } });
    const written = await first.storage.read(['emulator/conversations/42']);
    await first.storage.close();
    const second = await openStorage({ dataDir: first.dataDir });
    expect(await second.storage.read(['emulator/conversations/42'])).toEqual(written);
  });

  it('spreads keys over shard folders with one small file per key', async () => {
    const { storage, dataDir } = await openStorage();
    const keys = Array.from({ length: 50 }, (_, i) => `channel/conversations/${i}`);
    await storage.write(Object.fromEntries(keys.map((key) => [key, { key }])));
    await storage.compact();
    const shards = (await readdir(dataDir)).filter((name) => /^[0-9a-f]{3}$/.test(name));
    expect(shards.length).toBeGreaterThan(1);
    const stored = JSON.parse(await readFile(hashedFilePath(dataDir, keys[7] ?? ''), 'utf8'));
    expect(stored).toMatchObject({ key: keys[7], value: { key: keys[7] } });
  });

  it('stays correct when the cache holds fewer documents than keys', async () => {
    const { storage } = await openStorage({ cacheSize: 2 });
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5'];
    for (const key of keys) await storage.write({ [key]: { v: key } });
    // Out of the journal and into the two-item cache: most keys must now come from their files.
    await storage.compact();
    const all = await storage.read(keys);
    expect(Object.keys(all).sort()).toEqual(keys);
    // k1 was evicted long ago: its eTag must still be checked against the file.
    await expect(storage.write({ k1: { v: 'stale', eTag: 'wrong' } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ k1: { v: 'fresh', eTag: all.k1.eTag } });
    for (const key of keys.slice(1)) await storage.read([key]);
    expect((await storage.read(['k1'])).k1).toMatchObject({ v: 'fresh' });
  });

  it('finds a file written after its shard folder was listed for a missing key, and one left by the last run', async () => {
    const first = await openStorage({ cacheSize: 1 });
    const earlier = Array.from({ length: 300 }, (_, i) => `channel/conversations/${i}`);
    await first.storage.write(Object.fromEntries(earlier.map((key) => [key, { v: key }])));
    await first.storage.compact();
    // New keys whose shard folder already exists: reading them while missing lists the folder.
    const shards = new Set(await readdir(first.dataDir));
    const keys = Array.from({ length: 1000 }, (_, i) => `channel/users/${i}`)
      .filter((key) => shards.has(basename(dirname(hashedFilePath(first.dataDir, key)))))
      .slice(0, 20);
    expect(keys).toHaveLength(20);
    expect(await first.storage.read(keys)).toEqual({});
    await first.storage.write(Object.fromEntries(keys.map((key) => [key, { v: key }])));
    await first.storage.compact();
    await first.storage.delete([keys[1] as string]);
    await first.storage.compact();
    await first.storage.read(['evicts-the-cache']);
    const read = await first.storage.read(keys);
    expect(Object.keys(read).sort()).toEqual(keys.filter((key) => key !== keys[1]).sort());
    await first.storage.write({ [keys[1] as string]: { v: 'again' } });
    await first.storage.close();

    const second = await openStorage({ dataDir: first.dataDir, cacheSize: 1 });
    const again = await second.storage.read([...keys, ...earlier]);
    expect(Object.keys(again)).toHaveLength(keys.length + earlier.length);
    expect(again[keys[1] as string]).toMatchObject({ v: 'again' });
  });

  it('refuses work after close, once pending writes are on disk', async () => {
    const { storage, dataDir } = await openStorage();
    const pending = storage.write({ a: { v: 1 } });
    await storage.close();
    await pending;
    expect(JSON.parse(await readFile(hashedFilePath(dataDir, 'a'), 'utf8'))).toMatchObject({ value: { v: 1 } });
    await expect(storage.read(['a'])).rejects.toThrow(/closed/);
  });

  it('validates its arguments', async () => {
    const { storage } = await openStorage();
    await expect(storage.read([''])).rejects.toThrow();
    await expect(storage.write({ a: 'not an object' as unknown as object })).rejects.toThrow();
  });
});

describe('LowdbStorage damaged files', () => {
  async function damage(contents: string) {
    const first = await openStorage();
    await first.storage.write({ victim: { v: 1 } });
    await first.storage.close();
    const file = hashedFilePath(first.dataDir, 'victim');
    await writeFile(file, contents);
    const second = await openStorage({ dataDir: first.dataDir });
    return { ...second, file };
  }

  it.each([
    ['truncated JSON', '{"key":"victim","eTag":"x","val'],
    ['an empty file', ''],
    ['the wrong shape', JSON.stringify({ key: 'victim', value: 'not an object' })],
    ['another key', JSON.stringify({ key: 'someone-else', eTag: 'x', value: {} })],
    ['plain null', 'null'],
  ])('sets aside and reports a file holding %s, then treats the key as empty', async (_label, contents) => {
    const { storage, damaged, file } = await damage(contents);
    expect(await storage.read(['victim'])).toEqual({});
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.file).toBe(file);
    expect(damaged[0]?.movedTo).toMatch(/\.damaged-/);
    expect(await readFile(damaged[0]?.movedTo ?? '', 'utf8')).toBe(contents);
    const left = await readdir(dirname(file));
    expect(left.some((name) => name.includes('.damaged-'))).toBe(true);
    await storage.write({ victim: { v: 2 } });
    expect((await storage.read(['victim'])).victim).toMatchObject({ v: 2 });
    expect(damaged).toHaveLength(1);
    // Once compacted, the fresh file sits beside the one set aside.
    await storage.compact();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ key: 'victim', value: { v: 2 } });
  });

  it('sets a damaged file aside before an overwriting "*" write replaces it', async () => {
    const { storage, damaged } = await damage('{ torn');
    await storage.write({ victim: { v: 3, eTag: '*' } });
    expect(damaged).toHaveLength(1);
    expect(await readFile(damaged[0]?.movedTo ?? '', 'utf8')).toBe('{ torn');
  });
});
