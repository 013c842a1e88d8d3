import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import { listSegments } from '../../bot/storage/write-ahead-journal.js';
import { useTempDirs } from '../storage/temp-dir.js';
import { byScale, reportDrill } from './drill-scale.js';

const tempDir = useTempDirs();

/** What a restart after a kill -9 would find for `key`: its state file, or a line in a segment still on disk. */
async function onDisk(dataDir: string, key: string): Promise<boolean> {
  const file = await readFile(hashedFilePath(dataDir, key), 'utf8').catch(() => '');
  if (file.includes(`"key":${JSON.stringify(key)}`)) return true;
  for (const { file: segment } of await listSegments(join(dataDir, 'journal'))) {
    if ((await readFile(segment, 'utf8')).includes(`"key":${JSON.stringify(key)}`)) return true;
  }
  return false;
}

describe('the live journal segment deleted while the bot runs', () => {
  it('is logged once, and every acknowledged write is put back on disk', async () => {
    const dataDir = await tempDir();
    const logged: { level: string; event: unknown }[] = [];
    const log = {
      warn: (fields: Record<string, unknown>) => logged.push({ level: 'warn', event: fields['event'] }),
      error: (fields: Record<string, unknown>) => logged.push({ level: 'error', event: fields['event'] }),
    };
    const storage = new LowdbStorage({ dataDir, onDamagedFile: () => undefined, log });
    const keys = Array.from({ length: byScale(40, 2_000) }, (_unused, index) => `bench/conversations/deleted-${index}/`);
    const half = keys.length / 2;
    for (const key of keys.slice(0, half)) await storage.write({ [key]: { n: key, eTag: '*' } });
    for (const { file } of await listSegments(join(dataDir, 'journal'))) await rm(file);
    for (const key of keys.slice(half)) await storage.write({ [key]: { n: key, eTag: '*' } });
    await expect.poll(() => logged.filter((entry) => entry.event === 'storage.journal-segment-deleted').length).toBe(1);
    await expect.poll(async () => (await Promise.all(keys.map((key) => onDisk(dataDir, key)))).filter(Boolean).length, { timeout: 10_000 }).toBe(keys.length);
    expect(await storage.read([keys[0] ?? ''])).toMatchObject({ [keys[0] ?? '']: { n: keys[0] } });
    await storage.close();
    reportDrill('journal segment deleted', { acknowledged: keys.length, onDiskAfter: keys.length, logLines: logged.length });
  }, 30_000);
});
