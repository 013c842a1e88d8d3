import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  ComponentRegistration,
  ConversationState,
  MemoryStorage,
  TestAdapter,
  TurnContext,
  UserState,
  type Activity,
  type BotState,
  type ConversationAccount,
  type StoreItems,
} from 'botbuilder';
import { DialogContext, DialogSet } from 'botbuilder-dialogs';
import { AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory, MicrosoftAppCredentials } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { boundConnectorCalls, boundedCallPolicy, connectorPipeline } from '../../bot/botbuilder-internals/bounded-connector-calls.js';
import { openIdMetadataModule } from '../../bot/botbuilder-internals/bounded-signing-key-fetch.js';
import { LeanConversationState, LeanUserState } from '../../bot/botbuilder-internals/lean-bot-state.js';
import { botAppIdOf, ConnectorReuse } from '../../bot/botbuilder-internals/reused-connectors.js';
import { shareDialogMemoryConfiguration } from '../../bot/botbuilder-internals/shared-dialog-memory.js';
import { SeededRandom } from '../../bench/support/seeded-random.js';

/**
 * The canary: what bot/botbuilder-internals/ relies on in botbuilder. A botbuilder upgrade that
 * changes any of it fails here first; then check each piece against the new version (or run with
 * BOTBUILDER_PATH=stock) before moving the pins in package.json.
 */

const BOTBUILDER_PACKAGES = ['botbuilder', 'botbuilder-core', 'botbuilder-dialogs', 'botbuilder-azure-blobs', 'botframework-connector'];
const CHECKED_VERSION = '4.23.3';

describe('the botbuilder the internals were checked against', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
  const require = createRequire(import.meta.url);

  it.each(BOTBUILDER_PACKAGES)('%s is installed at %s', (name) => {
    expect((require(`${name}/package.json`) as { version: string }).version).toBe(CHECKED_VERSION);
  });

  it('is pinned to that exact version in package.json', () => {
    for (const name of ['botbuilder', 'botbuilder-dialogs', 'botbuilder-azure-blobs', 'botframework-connector']) expect(manifest.dependencies[name]).toBe(CHECKED_VERSION);
  });
});

describe('the signing-key fetch the host bounds', () => {
  it('is OpenIdMetadata.refreshCache, called by getKey, filling keys and lastUpdated', async () => {
    const { OpenIdMetadata } = openIdMetadataModule() as unknown as { OpenIdMetadata: new (url: string) => object };
    const metadata = new OpenIdMetadata('http://127.0.0.1:9/metadata') as Record<string, unknown> & { getKey(kid: string): Promise<unknown> };
    expect(Object.keys(metadata).sort()).toEqual(['lastUpdated', 'proxySettings', 'tokenRefreshInterval', 'url'].sort());
    let refreshed = 0;
    Object.defineProperty(metadata, 'refreshCache', {
      value: async function (this: Record<string, unknown>) {
        refreshed++;
        this['keys'] = [];
        this['lastUpdated'] = Date.now();
      },
    });
    expect(await metadata.getKey('any')).toBeNull();
    expect(refreshed).toBe(1);
  });
});

/** Counts the clients it builds; fails the first build when asked to. */
class CountingFactory extends ConnectorFactory {
  built = 0;
  constructor(private failFirst = false) {
    super();
  }
  async create(serviceUrl: string): Promise<ConnectorClient> {
    this.built++;
    if (this.failFirst) {
      this.failFirst = false;
      throw new Error('credentials unavailable');
    }
    // No app id: credentials that never fetch a token, enough to build a client.
    return new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: serviceUrl });
  }
}

const CALL_POLICY = boundedCallPolicy({ timeoutMs: 1_000, unavailableForMs: 1_000 });

describe('the connector client pipeline the host bounds', () => {
  it('is reachable, retries in its Retry phase, and takes the bounded-call policy after that retry', () => {
    const client = boundConnectorCalls(new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: 'https://smba.example/' }), CALL_POLICY);
    const names = connectorPipeline(client).getOrderedPolicies().map((policy) => policy.name);
    expect(names).toContain('defaultRetryPolicy');
    expect(names.indexOf(CALL_POLICY.name)).toBeGreaterThan(names.indexOf('defaultRetryPolicy'));
  });
});

describe('connector clients are built once, not every turn', () => {
  it('hands every turn of a bot and service URL the same client, and a new one for another service URL', async () => {
    const reuse = new ConnectorReuse(CALL_POLICY);
    const inner = new CountingFactory();
    const first = await reuse.connectorFactory(inner, 'bot').create('https://smba.example/', 'aud');
    const second = await reuse.connectorFactory(inner, 'bot').create('https://smba.example/', 'aud');
    const elsewhere = await reuse.connectorFactory(inner, 'bot').create('https://other.example/', 'aud');
    expect(second).toBe(first);
    expect(elsewhere).not.toBe(first);
    expect(inner.built).toBe(2);
  });

  it('keeps clients of different bots apart', async () => {
    const reuse = new ConnectorReuse(CALL_POLICY);
    const inner = new CountingFactory();
    const ours = await reuse.connectorFactory(inner, 'bot-a').create('https://smba.example/');
    const theirs = await reuse.connectorFactory(inner, 'bot-b').create('https://smba.example/');
    expect(theirs).not.toBe(ours);
  });

  it('forgets a failed build, so the next turn tries again', async () => {
    const reuse = new ConnectorReuse(CALL_POLICY);
    const inner = new CountingFactory(true);
    await expect(reuse.connectorFactory(inner, 'bot').create('https://smba.example/')).rejects.toThrow('credentials unavailable');
    await expect(reuse.connectorFactory(inner, 'bot').create('https://smba.example/')).resolves.toBeInstanceOf(ConnectorClient);
    expect(inner.built).toBe(2);
  });

  it('reads the bot app id from the audience claim', () => {
    expect(botAppIdOf(new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: 'app-1' }], true))).toBe('app-1');
    expect(botAppIdOf(new ClaimsIdentity([], false))).toBe('');
  });
});

/** Two turns through the host's dialog-memory middleware, `during` running inside each. */
async function twoTurns(during: (context: TurnContext) => void): Promise<void> {
  const adapter = new TestAdapter();
  const middleware = shareDialogMemoryConfiguration(adapter);
  for (let turn = 0; turn < 2; turn++) {
    const context = new TurnContext(adapter, { type: 'message', text: `turn ${turn}` });
    await middleware.onTurn(context, async () => during(context));
  }
}

const LIBRARY_SCOPES = ['turn', 'dialog', 'conversation', 'user', 'settings'];

describe('one dialog-memory configuration for every turn', () => {
  it('is the one botbuilder-dialogs uses in a turn (the internal key still applies)', async () => {
    const seen: unknown[] = [];
    await twoTurns((context) => seen.push(new DialogContext(new DialogSet(), context, { dialogStack: [] }).state.configuration));
    expect(seen[1]).toBe(seen[0]);
    const memoryScopes = (seen[0] as { memoryScopes: { name: string }[] }).memoryScopes.map((scope) => scope.name);
    expect(memoryScopes).toEqual(expect.arrayContaining(LIBRARY_SCOPES));
  });
});

describe('one dialogs component registration for every dialog context', () => {
  const registered = () => ComponentRegistration.components.find((component) => component.constructor.name === 'DialogsComponentRegistration');

  it('is what every DialogStateManager registers once the host has started (the library still builds it per construction)', async () => {
    const seen: unknown[] = [];
    await twoTurns((context) => {
      for (let dialogContext = 0; dialogContext < 2; dialogContext++) {
        new DialogContext(new DialogSet(), context, { dialogStack: [] });
        seen.push(registered());
      }
    });
    expect(seen[0]).toBeDefined();
    expect(new Set(seen).size).toBe(1);
    // Still the library's own registration, giving the library's memory scopes.
    const scopes = (seen[0] as { getMemoryScopes(): { name: string }[] }).getMemoryScopes().map((scope) => scope.name);
    expect(scopes).toEqual(expect.arrayContaining(LIBRARY_SCOPES));
  });
});

/** MemoryStorage that counts writes, to compare when each kind of state decides to save. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

const activity: Partial<Activity> = {
  type: 'message',
  channelId: 'test',
  conversation: { id: 'lean' } as ConversationAccount,
  from: { id: 'user', name: 'User' },
  recipient: { id: 'bot', name: 'Bot' },
};

type Step = 'set' | 'same' | 'nested' | 'save' | 'force-save' | 'clear' | 'delete' | 'reload' | 'new-turn';

/** The same random turns against botbuilder's state and the lean one: same writes, same stored data, same reads. */
async function replay(make: (storage: MemoryStorage) => BotState, steps: Step[]) {
  const storage = new CountingStorage();
  const state = make(storage);
  const counter = state.createProperty<number>('counter');
  const nested = state.createProperty<{ list: number[] }>('nested');
  const adapter = new TestAdapter();
  let context = new TurnContext(adapter, activity);
  const seen: unknown[] = [];
  for (const [index, step] of steps.entries()) {
    switch (step) {
      case 'set':
        await counter.set(context, index);
        break;
      case 'same':
        await counter.set(context, await counter.get(context, 0));
        break;
      case 'nested':
        (await nested.get(context, { list: [] })).list.push(index);
        break;
      case 'save':
        await state.saveChanges(context);
        break;
      case 'force-save':
        await state.saveChanges(context, true);
        break;
      case 'clear':
        await state.clear(context);
        break;
      case 'delete':
        await state.delete(context);
        break;
      case 'reload':
        await state.load(context, true);
        break;
      case 'new-turn':
        await state.saveChanges(context);
        context = new TurnContext(adapter, activity);
        break;
    }
    seen.push(await counter.get(context), structuredClone(await nested.get(context)));
  }
  const stored = await storage.read(['test/conversations/lean/', 'test/users/user']);
  for (const item of Object.values(stored)) delete item.eTag;
  return { writes: storage.writes, stored, seen };
}

describe('LeanConversationState and LeanUserState behave like botbuilder\'s', () => {
  const steps: Step[] = ['set', 'same', 'nested', 'save', 'force-save', 'clear', 'delete', 'reload', 'new-turn'];

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random turns, seed %i: the same saves, stored data and reads', async (seed) => {
    const random = new SeededRandom(seed);
    const sequence = Array.from({ length: 60 }, () => random.pick(steps));
    expect(await replay((storage) => new LeanConversationState(storage), sequence)).toEqual(await replay((storage) => new ConversationState(storage), sequence));
    expect(await replay((storage) => new LeanUserState(storage), sequence)).toEqual(await replay((storage) => new UserState(storage), sequence));
  });

  it('saves nothing when a turn changed nothing', async () => {
    const result = await replay((storage) => new LeanConversationState(storage), ['set', 'new-turn', 'same', 'save', 'save']);
    expect(result.writes).toBe(1);
  });
});
