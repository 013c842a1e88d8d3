import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { DamagedFileReport } from '../../bot/storage/damaged-file.js';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import { useTempDirs } from './temp-dir.js';

const makeTempDir = useTempDirs();
const KEY = 'conversation/crash';
const PAYLOAD = 'Aggiornamento del piano — '.repeat(40_000);

/**
 * Starts the writer and, once its first item is on disk, keeps reading the file for `runMs`:
 * whatever a reader sees at any moment is what a crash at that moment would leave. Then kills
 * the writer without warning. Returns how many reads were not whole JSON documents.
 */
async function watchThenKillWriter(dataDir: string, runMs: number): Promise<{ reads: number; torn: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/storage/crash-writer.ts', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  await Promise.race([
    once(child.stdout, 'data'),
    exited.then(([code]) => Promise.reject(new Error(`crash writer exited early with ${code}`))),
  ]);
  const file = hashedFilePath(dataDir, KEY);
  let reads = 0;
  let torn = 0;
  for (const stopAt = Date.now() + runMs; Date.now() < stopAt; reads++) {
    try {
      JSON.parse(await readFile(file, 'utf8'));
    } catch {
      torn++;
    }
  }
  child.kill('SIGKILL');
  await exited;
  return { reads, torn };
}

describe('LowdbStorage while writing and when killed mid-write', () => {
  it('never exposes a torn file, and a restart finds the last complete item', async () => {
    const dataDir = await makeTempDir();
    for (const runMs of [500, 650, 800]) {
      const { reads, torn } = await watchThenKillWriter(dataDir, runMs);
      expect(reads).toBeGreaterThan(10);
      expect(torn).toBe(0);
      const damaged: DamagedFileReport[] = [];
      const storage = new LowdbStorage({ dataDir, onDamagedFile: (report) => damaged.push(report) });
      const item = (await storage.read([KEY]))[KEY];
      expect(damaged).toEqual([]);
      expect(item).toMatchObject({ n: expect.any(Number), payload: PAYLOAD });
    }
  }, 60_000);
});
