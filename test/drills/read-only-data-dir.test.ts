import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../bot/storage/create-storage.js';

/** A real read-only mount (tmpfs, ro): the kernel's own EROFS, as a container's read-only volume gives it. Needs root, as CI has. */
describe('DATA_DIR on a read-only mount', () => {
  let mountPoint: string;
  beforeAll(() => {
    mountPoint = mkdtempSync(join(tmpdir(), 'ua-read-only-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]);
    mkdirSync(join(mountPoint, 'existing'));
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
  });
  afterAll(() => {
    execFileSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it.each([
    ['a missing folder', 'missing/data', /DATA_DIR .*missing\/data does not exist and cannot be made there: .* is on a read-only file system \(EROFS\)/],
    ['an existing folder', 'existing', /DATA_DIR .*existing is on a read-only file system \(EROFS\)/],
  ])('%s: the start stops saying the folder is read-only, not "ENOENT mkdir"', async (_case, folder, message) => {
    const starting = createStorage({ kind: 'lowdb', dataDir: join(mountPoint, folder) });
    await expect(starting).rejects.toThrow(message);
  });
});
