import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity, type ConversationAccount, type Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ConcurrencyCheckedStorage, StateWriteConflictError } from '../../bot/state-write-conflict.js';

const activity: Partial<Activity> = {
  type: 'message',
  channelId: 'test',
  conversation: { id: 'race' } as ConversationAccount,
  from: { id: 'user', name: 'User' },
  recipient: { id: 'bot', name: 'Bot' },
};

/** Two turns of one conversation, as two bot instances run them: both read, both change, both save. */
async function racingTurns(storage: Storage): Promise<PromiseSettledResult<void>[]> {
  const adapter = new TestAdapter();
  const state = new ConversationState(storage);
  const step = state.createProperty<number>('step');
  const seed = new TurnContext(adapter, activity);
  await step.set(seed, 0);
  await state.saveChanges(seed);

  const first = new TurnContext(adapter, activity);
  const second = new TurnContext(adapter, activity);
  await step.set(first, (await step.get(first, 0)) + 1);
  await step.set(second, (await step.get(second, 0)) + 1);
  return [await Promise.allSettled([state.saveChanges(first)]), await Promise.allSettled([state.saveChanges(second)])].flat();
}

describe('state writes carry the eTag they read', () => {
  it('botbuilder alone lets the second writer silently overwrite the first (eTag "*")', async () => {
    const outcomes = await racingTurns(new MemoryStorage());
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
  });

  it('through ConcurrencyCheckedStorage the second writer is refused with StateWriteConflictError', async () => {
    const outcomes = await racingTurns(new ConcurrencyCheckedStorage(new MemoryStorage()));
    expect(outcomes[0]?.status).toBe('fulfilled');
    expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: expect.any(StateWriteConflictError) });
  });

  it('lets one turn save twice, and a new conversation be written', async () => {
    const storage = new ConcurrencyCheckedStorage(new MemoryStorage());
    const state = new ConversationState(storage);
    const step = state.createProperty<number>('step');
    const context = new TurnContext(new TestAdapter(), activity);
    await step.set(context, 1);
    await state.saveChanges(context);
    await step.set(context, 2);
    await state.saveChanges(context);
    const next = new TurnContext(new TestAdapter(), activity);
    expect(await step.get(next)).toBe(2);
  });
});
