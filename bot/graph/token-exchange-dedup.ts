import { TeamsSSOTokenExchangeMiddleware, type Middleware, type Storage, type StoreItems } from 'botbuilder';

/**
 * botbuilder's TeamsSSOTokenExchangeMiddleware keeps one of the identical `signin/tokenExchange`
 * invokes Teams sends when the admin is signed in on several clients: it writes an item whose eTag is
 * the exchange id and expects the store to take the first write of that key and refuse the next with
 * "eTag conflict" (MemoryStorage's behaviour). Our stores refuse a conditional write to a key that does
 * not exist yet, so the middleware gets this view: the first write of a key wins, a later one is an eTag
 * conflict. Turns of one conversation run one at a time in a process (ConversationTurns), so within an
 * instance the read and the write cannot interleave.
 */
class FirstWriteWins implements Storage {
  constructor(private readonly inner: Storage) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    const existing = await this.inner.read(keys);
    const taken = keys.filter((key) => existing[key] !== undefined);
    if (taken.length > 0) throw new Error(`eTag conflict: ${taken.join(', ')} already handled`);
    await this.inner.write(Object.fromEntries(Object.entries(changes).map(([key, item]) => [key, { ...item, eTag: '*' }])));
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

/** Teams single sign-on: the token exchange done once, as botbuilder's Teams middleware does it. */
export function teamsTokenExchange(storage: Storage, connectionName: string): Middleware {
  return new TeamsSSOTokenExchangeMiddleware(new FirstWriteWins(storage), connectionName);
}
