import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real, small file system (tmpfs), so a full disk fails writes with the kernel's own ENOSPC:
 * nothing in the bot is stubbed. Needs root (`mount -t tmpfs`), as CI and these machines run.
 */
export interface SmallDisk {
  dir: string;
  /** Takes every free byte but `leaveBytes`, with one filler file. */
  fill(leaveBytes?: number): void;
  /** Frees what fill() took. */
  free(): void;
  unmount(): void;
}

export function mountSmallDisk(sizeBytes: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'ua-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`The full-disk tests mount a small tmpfs and need root: ${error instanceof Error ? error.message : String(error)}`);
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill(leaveBytes = 0) {
      const { bavail, bsize } = statfsSync(dir);
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)));
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      // Lazily: a file a failed test left open must not keep the mount (and the test) stuck.
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
