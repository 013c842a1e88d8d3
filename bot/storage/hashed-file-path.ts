import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** 16^3 shard folders: 100,000 keys leave about 25 files in each. */
const SHARD_PREFIX_LENGTH = 3;

/**
 * Where the file for a key lives: the key's SHA-256 (any characters are safe in a key) under a
 * shard folder named by the hash's first hex digits, so no folder grows past a few thousand files.
 */
export function hashedFilePath(rootDir: string, key: string): string {
  const digest = createHash('sha256').update(key, 'utf8').digest('hex');
  return join(rootDir, digest.slice(0, SHARD_PREFIX_LENGTH), `${digest}.json`);
}
