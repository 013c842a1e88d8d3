import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

interface NaiveData {
  items: Record<string, { eTag: string; value: Record<string, unknown> }>;
}

/**
 * The design LowdbStorage replaces, kept only as the benchmark's baseline: every key in ONE lowdb
 * file, held in memory, the whole file rewritten on each write.
 */
export class NaiveSingleFileStorage implements Storage {
  readonly #db: Low<NaiveData>;

  private constructor(db: Low<NaiveData>) {
    this.#db = db;
  }

  static async open(file: string): Promise<NaiveSingleFileStorage> {
    const db = new Low<NaiveData>(new JSONFile<NaiveData>(file), { items: {} });
    await db.read();
    return new NaiveSingleFileStorage(db);
  }

  /** Fills the file in one go, as if `count` conversations had been written over time. */
  static async fill(file: string, count: number, makeState: (n: number) => Record<string, unknown>, keyOf: (n: number) => string) {
    const db = new Low<NaiveData>(new JSONFile<NaiveData>(file), { items: {} });
    for (let n = 0; n < count; n++) db.data.items[keyOf(n)] = { eTag: randomUUID(), value: makeState(n) };
    await db.write();
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = this.#db.data.items[key];
      if (stored) items[key] = { ...structuredClone(stored.value), eTag: stored.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, { eTag, ...value }] of Object.entries(changes) as [string, Record<string, unknown>][]) {
      const current = this.#db.data.items[key];
      if (typeof eTag === 'string' && eTag !== '*' && current?.eTag !== eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      this.#db.data.items[key] = { eTag: randomUUID(), value: structuredClone(value) };
    }
    await this.#db.write();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) delete this.#db.data.items[key];
    await this.#db.write();
  }
}
