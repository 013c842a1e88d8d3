import { randomUUID } from 'node:crypto';
import { ConversationState, TestAdapter, type Storage, type TurnContext } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import {
  DialogSet,
  DialogTurnStatus,
  NumberPrompt,
  TextPrompt,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type RunningAzurite } from './azurite.js';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite({ queues: false });
});
afterAll(async () => {
  await azurite?.stop();
});

const freshContainerName = () => `state-${randomUUID()}`;

describe('BlobsStorage on Azurite', () => {
  it('overwrites with "*", rejects a stale eTag and gives each write a new eTag', async () => {
    const storage = new BlobsStorage(azurite.connectionString, freshContainerName());
    await storage.write({ 'conv/1': { step: 1, eTag: '*' } });
    const first = (await storage.read(['conv/1']))['conv/1'];
    await storage.write({ 'conv/1': { ...first, step: 2 } });
    const second = (await storage.read(['conv/1']))['conv/1'];
    expect(second).toMatchObject({ step: 2 });
    expect(second.eTag).not.toBe(first.eTag);
    await expect(storage.write({ 'conv/1': { ...first, step: 3 } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ 'conv/1': { step: 4 } });
    expect((await storage.read(['conv/1', 'conv/missing']))).toEqual({ 'conv/1': expect.objectContaining({ step: 4 }) });
    await storage.delete(['conv/1']);
    expect(await storage.read(['conv/1'])).toEqual({});
  });

  it('keeps Italian text intact', async () => {
    const storage = new BlobsStorage(azurite.connectionString, freshContainerName());
    const text = 'Più di 300 utenti: è necessario il passaggio manuale — così dice la guida.';
    await storage.write({ 'conv/it': { text, eTag: '*' } });
    expect((await storage.read(['conv/it']))['conv/it']).toMatchObject({ text });
  });
});

describe('two bot instances sharing one blob container', () => {
  /** botbuilder types step.values as a bare object; this names what the test keeps there. */
  const answers = (step: WaterfallStepContext) => step.values as { plan?: string; users?: number };

  /** A bot as the host builds it: its own storage, conversation state and dialogs. */
  function botInstance(storage: Storage, name: string, turnsServed: string[]) {
    const conversationState = new ConversationState(storage);
    const dialogs = new DialogSet(conversationState.createProperty<DialogState>('DialogState'));
    dialogs.add(new TextPrompt('plan'));
    dialogs.add(new NumberPrompt('users'));
    dialogs.add(
      new WaterfallDialog('intake', [
        (step) => step.prompt('plan', 'Which plan are you on?'),
        (step) => {
          answers(step).plan = step.result;
          return step.prompt('users', 'How many licensed users?');
        },
        (step) => {
          answers(step).users = step.result;
          return step.prompt('plan', 'Which plan do you want?');
        },
        async (step) => {
          await step.context.sendActivity(`From ${answers(step).plan} to ${step.result} for ${answers(step).users} users.`);
          return step.endDialog();
        },
      ]),
    );
    return async (context: TurnContext): Promise<void> => {
      turnsServed.push(name);
      const dialogContext = await dialogs.createContext(context);
      const result = await dialogContext.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog('intake');
      await conversationState.saveChanges(context);
    };
  }

  it('carries a waterfall on when turns alternate between the instances', async () => {
    const containerName = freshContainerName();
    const turnsServed: string[] = [];
    const instances = [
      botInstance(new BlobsStorage(azurite.connectionString, containerName), 'A', turnsServed),
      botInstance(new BlobsStorage(azurite.connectionString, containerName), 'B', turnsServed),
    ];
    let turn = 0;
    const adapter = new TestAdapter(async (context) => {
      const instance = instances[turn++ % 2];
      if (instance) await instance(context);
    });

    await adapter
      .send('hello')
      .assertReply('Which plan are you on?')
      .send('Enterprise E3 (è il piano attuale)')
      .assertReply('How many licensed users?')
      .send('250')
      .assertReply('Which plan do you want?')
      .send('E4')
      .assertReply('From Enterprise E3 (è il piano attuale) to E4 for 250 users.')
      .send('again')
      .assertReply('Which plan are you on?')
      .startTest();

    expect(turnsServed).toEqual(['A', 'B', 'A', 'B', 'A']);
  });
});
