import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStorage } from '../../bot/storage/create-storage.js';
import { LOCK_FILE_NAME, lockStateFolder, processStart, StateFolderInUseError } from '../../bot/storage/state-folder-lock.js';
import { useTempDirs } from './temp-dir.js';

const makeTempDir = useTempDirs();
const children: ChildProcess[] = [];

/** Another process that stays up until killed. */
async function otherProcess(): Promise<ChildProcess & { pid: number }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); console.log("up")'], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await once(child.stdout, 'data');
  if (child.pid === undefined) throw new Error('no pid');
  return child as ChildProcess & { pid: number };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

afterEach(async () => {
  await Promise.all(children.splice(0).map(stop));
});

const lockOf = async (folder: string) => JSON.parse(await readFile(join(folder, LOCK_FILE_NAME), 'utf8')) as { pid: number };

describe('one bot process per state folder', () => {
  it('takes a free folder for this process and gives it back', async () => {
    const folder = await makeTempDir();
    const release = lockStateFolder(folder);
    expect(await lockOf(folder)).toMatchObject({ pid: process.pid });
    release();
    await expect(readFile(join(folder, LOCK_FILE_NAME))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a folder another running process holds, naming the folder and the process', async () => {
    const folder = await makeTempDir();
    const other = await otherProcess();
    await writeFile(join(folder, LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, started: processStart(other.pid) }));
    expect(() => lockStateFolder(folder)).toThrow(StateFolderInUseError);
    expect(() => lockStateFolder(folder)).toThrow(`${folder} is in use by process ${other.pid}`);
    // Once it is gone (kill -9 leaves its lock behind), the folder is taken over.
    await stop(other);
    const release = lockStateFolder(folder);
    expect(await lockOf(folder)).toMatchObject({ pid: process.pid });
    release();
  });

  it.skipIf(processStart(process.pid) === null)('takes over a lock whose pid now belongs to a process started later (a reused pid)', async () => {
    const folder = await makeTempDir();
    const other = await otherProcess();
    await writeFile(join(folder, LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, started: 'an-earlier-boot:1' }));
    const release = lockStateFolder(folder);
    expect(await lockOf(folder)).toMatchObject({ pid: process.pid });
    release();
  });

  it('takes over a lock file it cannot read', async () => {
    const folder = await makeTempDir();
    await writeFile(join(folder, LOCK_FILE_NAME), 'half a lo');
    const release = lockStateFolder(folder);
    expect(await lockOf(folder)).toMatchObject({ pid: process.pid });
    release();
  });

  it('stops the bot from starting on a DATA_DIR another running bot uses', async () => {
    const dataDir = await makeTempDir();
    const other = await otherProcess();
    const first = await createStorage({ kind: 'lowdb', dataDir });
    await first.close();
    await writeFile(join(dataDir, 'state', LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, started: processStart(other.pid) }));
    await expect(createStorage({ kind: 'lowdb', dataDir })).rejects.toThrow(`${join(dataDir, 'state')} is in use by process ${other.pid}`);
  });
});
