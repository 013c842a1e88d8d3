import { describe, expect, it } from 'vitest';
import { Chat, cardsOf, submitActions } from '../support/chat.js';

/** One turn with traces kept: the replies as the channel would get them, traces included. */
async function turnWithTraces(channelId: string) {
  const chat = new Chat({ channelId });
  chat.adapter.enableTrace = true;
  await chat.adapter.processActivity({
    type: 'message',
    text: 'Can I upgrade?',
    channelId,
    locale: 'en-US',
    from: { id: 'user-1', name: 'Alex Admin' },
    conversation: { id: 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
  });
  const replies = chat.adapter.activeQueue.splice(0);
  return {
    stateTraces: replies.filter((reply) => reply.type === 'trace' && reply.name === 'BotState'),
    askedFacts: cardsOf(replies).flatMap(submitActions).map((action) => action.data?.['fact']).filter(Boolean),
  };
}

describe('the dialog memory snapshot', () => {
  it("reaches the Emulator after every turn (runDialog's state trace), so developers can inspect the dialog stack", async () => {
    const turn = await turnWithTraces('emulator');
    expect(turn.stateTraces).toHaveLength(1);
    expect(JSON.stringify(turn.stateTraces[0]?.value)).toContain('intake.questionPrompt');
    expect(turn.askedFacts[0]).toBe('currentPlan');
  });

  it.each(['msteams', 'webchat', 'test'])('is not built for %s, which drops traces anyway; the conversation is the same', async (channelId) => {
    const turn = await turnWithTraces(channelId);
    expect(turn.stateTraces).toEqual([]);
    expect(turn.askedFacts[0]).toBe('currentPlan');
  });
});
