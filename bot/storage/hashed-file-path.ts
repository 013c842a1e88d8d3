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

/** The name hashedFilePath gives a key's file; anything else in a shard folder (a temp file, a damaged file set aside) is not one. */
export const KEY_FILE_NAME = /^[0-9a-f]{64}\.json$/;

/** Hex digits a fingerprint takes after the shard prefix: 28 bits, a small integer in V8. */
const FINGERPRINT_HEX_LENGTH = 7;

/**
 * Part of a key file's hash that tells it from the other files of its shard folder (the prefix is
 * the folder's own): a small integer, so a set of them costs about 24 bytes a file. Two files of a
 * folder can share one; a reader that finds one present still checks the file.
 */
export function keyFileFingerprint(fileName: string): number {
  return Number.parseInt(fileName.slice(SHARD_PREFIX_LENGTH, SHARD_PREFIX_LENGTH + FINGERPRINT_HEX_LENGTH), 16);
}
