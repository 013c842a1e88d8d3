import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const LOCK_FILE_NAME = 'owner.lock';

const OwnerSchema = z.object({ pid: z.number().int().positive(), started: z.string().nullable() });
type Owner = z.infer<typeof OwnerSchema>;

/** Another running process keeps its state in this folder. */
export class StateFolderInUseError extends Error {
  override readonly name = 'StateFolderInUseError';

  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(`${folder} is in use by process ${pid}: one bot process per DATA_DIR (several instances need STORAGE=blobs)`);
  }
}

/**
 * When a process started, as Linux tells it (boot id and start tick), so that a pid reused by
 * another process, as after a container restart, is not taken for the old owner. Null where there
 * is no /proc (macOS, Windows): there a running pid is taken for the owner.
 */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; fields after it start at field 3, start time is field 22.
    const startTicks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return startTicks ? `${bootId}:${startTicks}` : null;
  } catch {
    return null;
  }
}

function isRunning(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return owner.started === null || processStart(owner.pid) === owner.started;
}

function readOwner(file: string): Owner | undefined {
  try {
    const owner = OwnerSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return owner.success ? owner.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One bot process per state folder: two would replay and delete each other's journal segments.
 * Takes the folder for this process with a lock file naming it (made whole, then linked into
 * place, so nobody reads a half-written one). A lock left by a process that is no longer running
 * (kill -9, a restarted container) is taken over, and so is this process's own (a store opened
 * again in-process: the lock guards against other processes). Returns the release.
 */
export function lockStateFolder(folder: string): () => void {
  const file = join(folder, LOCK_FILE_NAME);
  const me: Owner = { pid: process.pid, started: processStart(process.pid) };
  const draft = `${file}.${process.pid}.draft`;
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(draft, file);
        return () => {
          if (readOwner(file)?.pid === me.pid) rmSync(file, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(file);
      if (owner && owner.pid !== me.pid && isRunning(owner)) throw new StateFolderInUseError(folder, owner.pid);
      rmSync(file, { force: true });
    }
    throw new Error(`Could not take ${file}: other processes kept taking it`);
  } finally {
    rmSync(draft, { force: true });
  }
}
