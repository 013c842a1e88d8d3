import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphTenantReader, teamsTokenExchange } from '../../bot/graph/index.js';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import { messagesFor } from '../../i18n/index.js';
import { useTempDirs } from '../storage/temp-dir.js';
import { Chat, textOf } from '../support/chat.js';
import { startFakeGraph, type FakeGraph } from './fake-graph.js';
import { conflictTrialDomainTenant } from './graph-fixtures.js';

const CONNECTION = 'graph-connection';
const SSO_ITEM = 'token-from-the-teams-client';

const tempDir = useTempDirs();
const fake: FakeGraph = await startFakeGraph(conflictTrialDomainTenant());
afterAll(() => fake.close());

/** What a Teams client sends once it has the admin's token silently: each client sends the same id. */
function tokenExchange(id: string): Partial<Activity> {
  return { type: ActivityTypes.Invoke, name: 'signin/tokenExchange', channelId: 'msteams', value: { id, connectionName: CONNECTION, token: SSO_ITEM } };
}

async function lowdb(): Promise<Storage> {
  const storage = new LowdbStorage({ dataDir: await tempDir(), onDamagedFile: () => undefined });
  await storage.opened();
  return storage;
}

describe.each<[string, () => Promise<Storage>]>([
  ['memory', async () => new MemoryStorage()],
  ['lowdb', lowdb],
])("Teams SSO token exchange on %s storage, deduplicated as botbuilder's middleware does", (_name, makeStorage) => {
  it('runs the bot for the first exchange of an id only; the copies get 200 and nothing more', async () => {
    const seen: string[] = [];
    const adapter = new TestAdapter(async (context) => {
      seen.push((context.activity.value as { id: string }).id);
    });
    adapter.use(teamsTokenExchange(await makeStorage(), CONNECTION));
    adapter.addExchangeableToken(CONNECTION, 'msteams', 'user1', SSO_ITEM, fake.token);
    for (const id of ['exchange-1', 'exchange-1', 'exchange-2', 'exchange-1']) await adapter.processActivity(tokenExchange(id));
    expect(seen).toEqual(['exchange-1', 'exchange-2']);
  });

  it('an exchange the token service refuses answers 412 so Teams falls back to the sign-in card', async () => {
    const adapter = new TestAdapter(async () => {
      throw new Error('the bot must not see a refused exchange');
    });
    const answers: Partial<Activity>[] = [];
    adapter.use({
      onTurn: async (context, next) => {
        context.onSendActivities(async (_context, activities, send) => {
          answers.push(...activities);
          return send();
        });
        await next();
      },
    });
    adapter.use(teamsTokenExchange(await makeStorage(), CONNECTION));
    await adapter.processActivity(tokenExchange('exchange-3'));
    expect(answers.find((activity) => activity.type === ActivityTypes.InvokeResponse)?.value).toMatchObject({ status: 412 });
  });
});

it('in Teams, "Check my tenant" signs in silently, once, however many clients answer', async () => {
  const chat = new Chat({
    channelId: 'msteams',
    tenantCheck: { connectionName: CONNECTION, reader: new GraphTenantReader({ baseUrl: fake.url, retryDelaySeconds: 0 }) },
  });
  chat.adapter.use(teamsTokenExchange(chat.storage, CONNECTION));
  chat.adapter.addExchangeableToken(CONNECTION, 'msteams', 'user-1', SSO_ITEM, fake.token);
  await chat.say('check my tenant');
  const first = await chat.send(tokenExchange('exchange-9'));
  const copy = await chat.send(tokenExchange('exchange-9'));
  expect(textOf(first)).toContain(messagesFor('en').tenant.fromTenantLabel);
  expect(copy).toEqual([]);
});
