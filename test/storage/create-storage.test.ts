import { CollisionFreeBlobKeys } from '../../bot/storage/collision-free-keys.js';
import { randomUUID } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../bot/storage/create-storage.js';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { LowdbCaseStore } from '../../bot/storage/lowdb-case-store.js';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import { MemoryCaseStore } from '../../bot/storage/memory-case-store.js';
import type { StorageLogger } from '../../bot/storage/storage-logger.js';
import { startAzurite } from './azurite.js';
import { useTempDirs } from './temp-dir.js';
import { triageCase } from './triage-case-fixture.js';

const makeTempDir = useTempDirs();

function recordingLogger() {
  const warnings: { details: object; message: string }[] = [];
  const logger: StorageLogger = {
    warn: (details, message) => warnings.push({ details, message }),
    error: (details, message) => warnings.push({ details, message }),
  };
  return { logger, warnings };
}

describe('createStorage', () => {
  it('STORAGE=memory gives botbuilder MemoryStorage and an in-memory case store', async () => {
    const bundle = await createStorage({ kind: 'memory', dataDir: 'unused' });
    expect(bundle.storage).toBeInstanceOf(MemoryStorage);
    expect(bundle.caseStore).toBeInstanceOf(MemoryCaseStore);
    expect(await bundle.healthCheck()).toBe(true);
    await bundle.close();
  });

  it('STORAGE=lowdb keeps state under dataDir/state and cases under dataDir/cases', async () => {
    const dataDir = join(await makeTempDir(), 'data');
    const bundle = await createStorage({ kind: 'lowdb', dataDir });
    expect(bundle.storage).toBeInstanceOf(LowdbStorage);
    expect(bundle.caseStore).toBeInstanceOf(LowdbCaseStore);
    await bundle.storage.write({ 'conv/1': { turn: 1 } });
    await bundle.caseStore.save(triageCase({ id: 'UA-SSSSS2' }));
    expect((await readdir(dataDir)).sort()).toEqual(['cases', 'state']);
    expect(await bundle.healthCheck()).toBe(true);
    await bundle.close();

    const reopened = await createStorage({ kind: 'lowdb', dataDir });
    expect((await reopened.storage.read(['conv/1']))['conv/1']).toMatchObject({ turn: 1 });
    expect(await reopened.caseStore.get('UA-SSSSS2')).toEqual(triageCase({ id: 'UA-SSSSS2' }));
    await reopened.close();
  });

  it('STORAGE=lowdb refuses to start, naming the path, when its state folder cannot be made', async () => {
    const dataDir = await makeTempDir();
    // A file where the state folder should be.
    await writeFile(join(dataDir, 'state'), 'not a folder');
    await expect(createStorage({ kind: 'lowdb', dataDir })).rejects.toThrow(join(dataDir, 'state'));
  });

  it('STORAGE=lowdb has replayed the last run\'s journal before it is handed out', async () => {
    const dataDir = await makeTempDir();
    const first = await createStorage({ kind: 'lowdb', dataDir });
    await first.storage.write({ 'conv/replayed': { turn: 3 } });
    // No close(): the journal stays behind, as after a kill -9.
    const second = await createStorage({ kind: 'lowdb', dataDir });
    const onDisk = JSON.parse(await readFile(hashedFilePath(join(dataDir, 'state'), 'conv/replayed'), 'utf8'));
    expect(onDisk).toMatchObject({ value: { turn: 3 } });
    await second.close();
    await first.close();
  });

  it('close() waits for writes still in flight', async () => {
    const dataDir = await makeTempDir();
    const bundle = await createStorage({ kind: 'lowdb', dataDir });
    const writes = Array.from({ length: 20 }, (_, n) => bundle.storage.write({ [`conv/${n}`]: { n } }));
    await bundle.close();
    const onDisk = JSON.parse(await readFile(hashedFilePath(join(dataDir, 'state'), 'conv/19'), 'utf8'));
    expect(onDisk).toMatchObject({ value: { n: 19 } });
    await Promise.all(writes);
  });

  it('logs a damaged state file by name through the host logger', async () => {
    const dataDir = await makeTempDir();
    const first = await createStorage({ kind: 'lowdb', dataDir });
    await first.storage.write({ 'conv/torn': { turn: 1 } });
    await first.close();
    const file = hashedFilePath(join(dataDir, 'state'), 'conv/torn');
    await writeFile(file, '{"key":"conv/torn","eT');
    const { logger, warnings } = recordingLogger();
    const second = await createStorage({ kind: 'lowdb', dataDir }, logger);
    expect(await second.storage.read(['conv/torn'])).toEqual({});
    expect(warnings).toEqual([
      { details: expect.objectContaining({ event: 'storage.damaged-file', file }), message: expect.stringContaining(file) },
    ]);
    await second.close();
  });

  it('reports unhealthy once the lowdb store refuses writes', async () => {
    const bundle = await createStorage({ kind: 'lowdb', dataDir: await makeTempDir() });
    expect(await bundle.healthCheck()).toBe(true);
    expect(bundle.storage).toBeInstanceOf(LowdbStorage);
    await (bundle.storage as LowdbStorage).close();
    expect(await bundle.healthCheck()).toBe(false);
    await bundle.close();
  });

  it('refuses STORAGE=blobs without connection settings, and bad container names', async () => {
    await expect(createStorage({ kind: 'blobs', dataDir: 'unused' })).rejects.toThrow(/connection string/);
    await expect(
      createStorage({ kind: 'blobs', dataDir: 'unused', blobs: { connectionString: 'x', containerName: 'Bad_Name' } }),
    ).rejects.toThrow(/container name/);
  });

  it('STORAGE=blobs uses BlobsStorage (behind collision-free keys) and blob cases on one container', async () => {
    const azurite = await startAzurite({ queues: false });
    try {
      const blobs = { connectionString: azurite.connectionString, containerName: `bot-${randomUUID()}` };
      const bundle = await createStorage({ kind: 'blobs', dataDir: 'unused', blobs });
      expect(bundle.storage).toBeInstanceOf(CollisionFreeBlobKeys);
      // A key BlobsStorage names unambiguously is in the container under that very name.
      await bundle.storage.write({ 'conv/plain/': { v: 1, eTag: '*' } });
      expect(await new BlobsStorage(blobs.connectionString, blobs.containerName).read(['conv/plain/'])).toMatchObject({ 'conv/plain/': { v: 1 } });
      expect(await bundle.healthCheck()).toBe(true);
      await bundle.caseStore.save(triageCase({ id: 'UA-TTTTT2' }));
      const other = await createStorage({ kind: 'blobs', dataDir: 'unused', blobs });
      expect((await other.caseStore.listByAgent('agent-1', 5)).map((c) => c.id)).toEqual(['UA-TTTTT2']);
      await Promise.all([bundle.close(), other.close()]);
    } finally {
      await azurite.stop();
    }
  });
});
