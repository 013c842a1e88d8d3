import { ComponentRegistration, TestAdapter, TurnContext } from 'botbuilder';
import { DialogContext, DialogSet } from 'botbuilder-dialogs';
import { AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory, MicrosoftAppCredentials } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { botAppIdOf, ConnectorReuse } from '../../bot/reused-connectors.js';
import { shareDialogMemoryConfiguration } from '../../bot/shared-dialog-memory.js';

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

describe('connector clients are built once, not every turn', () => {
  it('hands every turn of a bot and service URL the same client, and a new one for another service URL', async () => {
    const reuse = new ConnectorReuse();
    const inner = new CountingFactory();
    const first = await reuse.connectorFactory(inner, 'bot').create('https://smba.example/', 'aud');
    const second = await reuse.connectorFactory(inner, 'bot').create('https://smba.example/', 'aud');
    const elsewhere = await reuse.connectorFactory(inner, 'bot').create('https://other.example/', 'aud');
    expect(second).toBe(first);
    expect(elsewhere).not.toBe(first);
    expect(inner.built).toBe(2);
  });

  it('keeps clients of different bots apart', async () => {
    const reuse = new ConnectorReuse();
    const inner = new CountingFactory();
    const ours = await reuse.connectorFactory(inner, 'bot-a').create('https://smba.example/');
    const theirs = await reuse.connectorFactory(inner, 'bot-b').create('https://smba.example/');
    expect(theirs).not.toBe(ours);
  });

  it('forgets a failed build, so the next turn tries again', async () => {
    const reuse = new ConnectorReuse();
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
