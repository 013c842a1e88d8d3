import { ConversationState, UserState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';

/** A state as loaded this turn, and its JSON when loaded or last saved. */
interface CachedState {
  state: StoreItem;
  json: string;
}

/** The state's content as JSON, its eTag left out (a save changes the eTag, not the content). */
function contentJson(state: StoreItem): string {
  const { eTag: _eTag, ...content } = state;
  return JSON.stringify(content);
}

/**
 * BotState's per-turn cache and change detection, with the same rules (load once a turn, save
 * only what changed, `force` always), but a change is seen by comparing plain JSON. botbuilder
 * computes a SHA-256 of a stringify that calls a replacer for every value, three times per state
 * per turn: about 5% of a journey turn's CPU. State is JSON data (every store serialises it), so
 * plain JSON.stringify sees the same changes.
 */
class LeanStateCache {
  readonly #turnStateKey = Symbol('lean bot state');

  constructor(
    private readonly storage: Storage,
    private readonly storageKey: (context: TurnContext) => Promise<string> | string,
  ) {}

  async load(context: TurnContext, force = false): Promise<StoreItem> {
    const cached = this.get(context);
    if (cached && !force) return cached;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    // The very object read: the store's eTag check (ConcurrencyCheckedStorage) recognises it on save.
    const state: StoreItem = items[key] ?? {};
    context.turnState.set(this.#turnStateKey, { state, json: contentJson(state) } satisfies CachedState);
    return state;
  }

  async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get(this.#turnStateKey) as CachedState | undefined;
    if (!cached && !force) return;
    const entry = cached ?? { state: {}, json: '' };
    const json = contentJson(entry.state);
    if (!force && json === entry.json) return;
    const key = await this.storageKey(context);
    entry.state.eTag = '*';
    await this.storage.write({ [key]: entry.state });
    entry.json = json;
    context.turnState.set(this.#turnStateKey, entry);
  }

  clear(context: TurnContext): void {
    // An empty JSON never matches, so the next save writes the cleared state.
    context.turnState.set(this.#turnStateKey, { state: {}, json: '' } satisfies CachedState);
  }

  async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.#turnStateKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  get(context: TurnContext): StoreItem | undefined {
    return (context.turnState.get(this.#turnStateKey) as CachedState | undefined)?.state;
  }
}

/** ConversationState with LeanStateCache's cheaper change detection. */
export class LeanConversationState extends ConversationState {
  readonly #cache: LeanStateCache;

  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
    this.#cache = new LeanStateCache(storage, (context) => this.storageKey(context));
  }

  override load(context: TurnContext, force?: boolean): Promise<StoreItem> {
    return this.#cache.load(context, force);
  }
  override saveChanges(context: TurnContext, force?: boolean): Promise<void> {
    return this.#cache.saveChanges(context, force);
  }
  override async clear(context: TurnContext): Promise<void> {
    this.#cache.clear(context);
  }
  override delete(context: TurnContext): Promise<void> {
    return this.#cache.delete(context);
  }
  override get(context: TurnContext): StoreItem | undefined {
    return this.#cache.get(context);
  }
}

/** UserState with LeanStateCache's cheaper change detection. */
export class LeanUserState extends UserState {
  readonly #cache: LeanStateCache;

  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
    this.#cache = new LeanStateCache(storage, (context) => this.storageKey(context));
  }

  override load(context: TurnContext, force?: boolean): Promise<StoreItem> {
    return this.#cache.load(context, force);
  }
  override saveChanges(context: TurnContext, force?: boolean): Promise<void> {
    return this.#cache.saveChanges(context, force);
  }
  override async clear(context: TurnContext): Promise<void> {
    this.#cache.clear(context);
  }
  override delete(context: TurnContext): Promise<void> {
    return this.#cache.delete(context);
  }
  override get(context: TurnContext): StoreItem | undefined {
    return this.#cache.get(context);
  }
}
