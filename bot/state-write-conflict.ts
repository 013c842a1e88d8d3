import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError } from './storage/index.js';

/** Another turn (another bot instance) changed the state this turn read: the turn's changes were not saved. */
export class StateWriteConflictError extends Error {
  override readonly name = 'StateWriteConflictError';

  constructor(
    readonly keys: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`State changed by another turn since it was read: ${keys.join(', ')}`, options);
  }
}

/** A state write failed for another reason than a conflict (a full disk, a store that is down): nothing was saved. */
export class StateSaveError extends Error {
  override readonly name = 'StateSaveError';

  constructor(
    readonly keys: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`State could not be saved: ${keys.join(', ')}`, options);
  }
}

/**
 * botbuilder's BotState.saveChanges writes with eTag `*` (botbuilder-js#705), so when two bot
 * instances run turns of one conversation at once, the last writer silently wins. This storage
 * remembers the eTag each item had when it was read and writes with it instead of `*`, so the
 * second writer is refused (StateWriteConflictError) rather than lost.
 *
 * BotState writes the very object it read, so the item's identity carries its eTag. New state
 * (nothing stored yet) and a second save of the same object within a turn still overwrite.
 */
export class ConcurrencyCheckedStorage implements Storage {
  readonly #readETags = new WeakMap<object, string>();

  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    for (const item of Object.values(items) as StoreItem[]) {
      if (item && typeof item === 'object' && typeof item.eTag === 'string' && item.eTag !== '*') this.#readETags.set(item, item.eTag);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const checked: StoreItems = {};
    const written: object[] = [];
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      const readETag = item && typeof item === 'object' && (item.eTag === '*' || item.eTag === undefined) ? this.#readETags.get(item) : undefined;
      checked[key] = readETag === undefined ? item : { ...item, eTag: readETag };
      if (readETag !== undefined) written.push(item);
    }
    try {
      await this.inner.write(checked);
    } catch (error) {
      if (written.length > 0 && (error instanceof ETagConflictError || (await this.#changedSinceRead(checked)))) {
        throw new StateWriteConflictError(Object.keys(changes), { cause: error });
      }
      throw new StateSaveError(Object.keys(changes), { cause: error });
    }
    // The stored eTag has moved on and stores do not say to what: this object's next write overwrites.
    for (const item of written) this.#readETags.delete(item);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  /**
   * Whether a write that failed met a conflict: some item written with an eTag is no longer stored
   * with that eTag. MemoryStorage and BlobsStorage report a conflict only as a plain Error's
   * message, so the stored state is asked instead; a store that cannot even be read is no conflict.
   */
  async #changedSinceRead(checked: StoreItems): Promise<boolean> {
    const conditional = Object.entries(checked).filter(([, item]) => typeof item?.eTag === 'string' && item.eTag !== '*');
    let stored: StoreItems;
    try {
      stored = await this.inner.read(conditional.map(([key]) => key));
    } catch {
      return false;
    }
    return conditional.some(([key, item]) => (stored[key] as StoreItem | undefined)?.eTag !== item.eTag);
  }
}
