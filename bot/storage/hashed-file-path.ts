import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** 16^3 shard folders: 100,000 keys leave about 25 files in each. */
const SHARD_PREFIX_LENGTH = 3;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a key has a UTF-16 code unit that is half of no pair: UTF-8 turns every one of those into U+FFFD. */
export function hasLoneSurrogate(key: string): boolean {
  return LONE_SURROGATE.test(key);
}

/**
 * The key's raw code points as bytes: UTF-8, with a lone surrogate written as its own three bytes
 * (WTF-8) instead of U+FFFD, so two keys that differ only there never share a hash. For every key
 * without one (all keys stored so far that did not collide) the bytes are plain UTF-8: same names as before.
 */
export function keyBytes(key: string): Buffer {
  if (!hasLoneSurrogate(key)) return Buffer.from(key, 'utf8');
  const bytes: number[] = [];
  // for...of walks code points, handing a lone surrogate over on its own.
  for (const character of key) {
    const point = character.codePointAt(0) ?? 0;
    if (point < 0x80) bytes.push(point);
    else if (point < 0x800) bytes.push(0xc0 | (point >> 6), 0x80 | (point & 0x3f));
    else if (point < 0x10000) bytes.push(0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f));
    else bytes.push(0xf0 | (point >> 18), 0x80 | ((point >> 12) & 0x3f), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f));
  }
  return Buffer.from(bytes);
}

function shardedPath(rootDir: string, digest: string): string {
  return join(rootDir, digest.slice(0, SHARD_PREFIX_LENGTH), `${digest}.json`);
}

/**
 * Where the file for a key lives: the SHA-256 of the key's raw code points (keyBytes; any
 * characters are safe in a key) under a shard folder named by the hash's first hex digits, so no
 * folder grows past a few thousand files.
 */
export function hashedFilePath(rootDir: string, key: string): string {
  return shardedPath(rootDir, createHash('sha256').update(keyBytes(key)).digest('hex'));
}

/**
 * Where versions before keyBytes put a key with a lone surrogate (hashed as UTF-8, so shared with
 * every key that differs only in lone surrogates), or undefined for a key whose path never changed.
 * Its file is the key's only if the key written inside it is this very key.
 */
export function legacyHashedFilePath(rootDir: string, key: string): string | undefined {
  return hasLoneSurrogate(key) ? shardedPath(rootDir, createHash('sha256').update(key, 'utf8').digest('hex')) : undefined;
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
