import { createHash } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { hasLoneSurrogate, keyBytes } from './hashed-file-path.js';

/**
 * botbuilder's BlobsStorage names a blob encodeURIComponent(key) cut at 1,024 characters, after
 * dropping empty path segments: keys longer than that share a blob (two conversations, one state),
 * "a//b" shares one with "a/b", and a key with a lone surrogate throws (URIError). Keys that name
 * a blob of their own that way keep that name, so everything stored so far reads as before; any
 * other key is stored under the SHA-256 of its raw code points, in a prefix no kept key can have
 * (a key starting with the prefix is hashed too). A kept key may end in one "/" as botbuilder's state
 * keys do ("<channel>/conversations/<id>/"): its blob is shared only with the same key without the
 * slash, which no one writes (the bot's own keys, "upgrade-assistant/check-backs/…", never have
 * "conversations" or "users" second). BlobsStorage stores values only, so callers see their own keys.
 */
export const HASHED_KEY_PREFIX = 'sha256-keys/';

/** BlobsStorage's own limits on a blob name (sanitizeBlobKey in botbuilder-azure-blobs 4.23). */
const MAX_ENCODED_LENGTH = 1_024;
const MAX_SLASHES = 254;

function keepsItsName(key: string): boolean {
  if (key.startsWith(HASHED_KEY_PREFIX) || hasLoneSurrogate(key)) return false;
  const segments = key.split('/');
  // Empty segments are dropped from the name: only botbuilder's one trailing slash is kept as it is.
  const inner = key.endsWith('/') ? segments.slice(0, -1) : segments;
  if (segments.length - 1 > MAX_SLASHES || inner.some((segment) => segment === '')) return false;
  return encodeURIComponent(key).length <= MAX_ENCODED_LENGTH;
}

/** The key BlobsStorage is given for a caller's key. */
export function blobKeyFor(key: string): string {
  return keepsItsName(key) ? key : `${HASHED_KEY_PREFIX}${createHash('sha256').update(keyBytes(key)).digest('hex')}`;
}

export class CollisionFreeBlobKeys implements Storage {
  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const stored = new Map(keys.map((key) => [blobKeyFor(key), key]));
    const items = await this.inner.read([...stored.keys()]);
    const result: StoreItems = {};
    for (const [blobKey, item] of Object.entries(items)) {
      const key = stored.get(blobKey);
      if (key !== undefined) result[key] = item;
    }
    return result;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.inner.write(Object.fromEntries(Object.entries(changes).map(([key, item]) => [blobKeyFor(key), item])));
  }

  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys.map(blobKeyFor));
  }
}
