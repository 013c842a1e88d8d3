import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobKeyFor, CollisionFreeBlobKeys } from '../../bot/storage/collision-free-keys.js';
import type { DamagedFileReport } from '../../bot/storage/damaged-file.js';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import { startAzurite, type RunningAzurite } from '../storage/azurite.js';
import { useTempDirs } from '../storage/temp-dir.js';
import { byScale, reportDrill } from './drill-scale.js';

const tempDir = useTempDirs();

/** Groups of state keys that differ only where a store used to lose the difference. */
function collidingKeyGroups(count: number): { lowdb: string[][]; blobs: string[][] } {
  const lowdb: string[][] = [];
  const blobs: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const base = `msteams/conversations/${index}-${randomUUID()}`;
    // UTF-8 writes each lone surrogate as U+FFFD.
    lowdb.push([`${base}-\uD800/`, `${base}-\uDC00/`, `${base}-\uDBFF/`, `${base}-\uFFFD/`]);
    // BlobsStorage cuts names at 1,024 encoded characters and drops empty path segments.
    const long = `${base}/${'x'.repeat(1_100)}`;
    blobs.push([`${long}-a/`, `${long}-b/`, `${base}//a/`, `${base}/a/`, `${base}/a//`, `/${base}/a/`, `${base}-\uD800/`]);
  }
  return { lowdb, blobs };
}

async function writeEach(storage: Storage, keys: readonly string[]): Promise<void> {
  for (const key of keys) await storage.write({ [key]: { owner: key, eTag: '*' } });
}

async function ownersRead(storage: Storage, keys: readonly string[]): Promise<(string | undefined)[]> {
  const items = await storage.read([...keys]);
  return keys.map((key) => (items[key] as { owner?: string } | undefined)?.owner);
}

describe('state keys that differ only where a store used to lose the difference', () => {
  const groups = collidingKeyGroups(byScale(5, 200));

  it('on lowdb, keys differing only in lone surrogates keep their own state across a restart', async () => {
    const dataDir = await tempDir();
    const damaged: DamagedFileReport[] = [];
    const open = () => new LowdbStorage({ dataDir, onDamagedFile: (report) => damaged.push(report) });
    const first = open();
    const keys = groups.lowdb.flat();
    await writeEach(first, keys);
    await first.close();
    const second = open();
    expect(await ownersRead(second, keys)).toEqual(keys);
    await second.close();
    expect(damaged).toEqual([]);
    reportDrill('state keys lowdb', { keys: keys.length, ownStateAfterRestart: keys.length, damaged: damaged.length });
  });

  it('on lowdb, an item an older version stored under the UTF-8 hash is still read, and only by its own key', async () => {
    const dataDir = await tempDir();
    const [mine, neighbour] = [`bench/conversations/old-\uD800/`, `bench/conversations/old-\uDC00/`];
    const legacyDigest = createHash('sha256').update(mine, 'utf8').digest('hex');
    const legacyFile = join(dataDir, legacyDigest.slice(0, 3), `${legacyDigest}.json`);
    await mkdir(dirname(legacyFile), { recursive: true });
    await writeFile(legacyFile, JSON.stringify({ key: mine, eTag: 'e-old', value: { step: 3 } }));
    const damaged: DamagedFileReport[] = [];
    const storage = new LowdbStorage({ dataDir, onDamagedFile: (report) => damaged.push(report) });
    expect(await storage.read([mine, neighbour])).toEqual({ [mine]: { step: 3, eTag: 'e-old' } });
    await storage.write({ [mine]: { step: 4, eTag: 'e-old' } });
    await storage.close();
    const reopened = new LowdbStorage({ dataDir, onDamagedFile: (report) => damaged.push(report) });
    expect(await reopened.read([mine])).toMatchObject({ [mine]: { step: 4 } });
    await reopened.close();
    expect(hashedFilePath(dataDir, mine)).not.toBe(legacyFile);
    expect(damaged).toEqual([]);
  });

  describe('on Azure blobs (Azurite)', () => {
    let azurite: RunningAzurite;
    beforeAll(async () => {
      azurite = await startAzurite();
    });
    afterAll(async () => {
      await azurite?.stop();
    });

    it('long, doubled-slash and lone-surrogate keys each get a blob of their own', async () => {
      const storage = new CollisionFreeBlobKeys(new BlobsStorage(azurite.connectionString, `keys-${randomUUID()}`));
      const keys = groups.blobs.flat();
      await writeEach(storage, keys);
      expect(await ownersRead(storage, keys)).toEqual(keys);
      await storage.delete([keys[0] ?? '']);
      expect((await ownersRead(storage, keys.slice(0, 2)))).toEqual([undefined, keys[1]]);
      reportDrill('state keys blobs', { keys: keys.length, ownState: keys.length });
    }, 60_000);

    it('a key BlobsStorage named unambiguously keeps its blob, so state saved before is read as it was', async () => {
      const container = `keys-${randomUUID()}`;
      const before = new BlobsStorage(azurite.connectionString, container);
      const key = 'msteams/conversations/19:abc@thread.v2;messageid=1/';
      await before.write({ [key]: { step: 5, eTag: '*' } });
      expect(blobKeyFor(key)).toBe(key);
      const after = new CollisionFreeBlobKeys(new BlobsStorage(azurite.connectionString, container));
      expect(await after.read([key])).toMatchObject({ [key]: { step: 5 } });
    }, 60_000);
  });
});
