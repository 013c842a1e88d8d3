import { ConversationState, MemoryStorage, TestAdapter, TurnContext, UserState, type Activity, type BotState, type ConversationAccount, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { LeanConversationState, LeanUserState } from '../../bot/lean-bot-state.js';
import { SeededRandom } from '../../bench/support/seeded-random.js';

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
