import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';

/**
 * Proves a Storage really works: writes a probe item under a key unique to this process,
 * reads it back, and deletes it. Any error or a mismatch counts as unhealthy.
 */
export async function probeStorage(storage: Storage): Promise<boolean> {
  const key = `storage-health/${randomUUID()}`;
  const marker = randomUUID();
  try {
    await storage.write({ [key]: { marker, eTag: '*' } });
    const items = await storage.read([key]);
    await storage.delete([key]);
    return (items[key] as { marker?: unknown } | undefined)?.marker === marker;
  } catch {
    return false;
  }
}
