import { describe, expect, it } from 'vitest';
import { useInProcessBot } from './in-process-bot.js';
import { messageActivity, MESSAGES_PATH, newConversation } from '../../bench/support/activities.js';
import { submitsOf } from '../../bench/support/bot-replies.js';
import { sendTurn } from '../../bench/support/journey.js';

describe('an adaptiveCard/action invoke whose value is not an action', () => {
  const running = useInProcessBot(2);

  it.each([['a string', 'Action.Execute'], ['a number', 42], ['a list', [{ action: {} }]], ['null', null], ['an object without an action', { verb: 'done' }], ['an action that is text', { action: 'Action.Execute' }]])(
    'with %s is answered 400 twice in a row, and the conversation goes on where it was',
    async (_case, value) => {
      const conversation = newConversation('card-invoke');
      const asked = await sendTurn(running.client, conversation, { text: 'Can I upgrade?' });
      const question = submitsOf(asked.replies).map((submit) => submit.action);
      expect(question.length).toBeGreaterThan(0);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const invoke = { ...messageActivity(conversation, {}), type: 'invoke', name: 'adaptiveCard/action', value };
        const response = await running.client.post(MESSAGES_PATH, invoke);
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body)).toContain('adaptiveCard/action');
      }
      const failed = running.log.entries().filter((entry) => entry.msg === 'turn failed' && entry['conversationId'] === conversation.id);
      expect(failed).toEqual([]);
      // Still at the same question: the stack was neither failed nor reset.
      const again = await sendTurn(running.client, conversation, { text: 'Can I upgrade?' });
      expect(again.status).toBe(200);
      expect(running.log.entries().filter((entry) => String(entry.msg).includes('dialog stack') && entry['conversationId'] === conversation.id)).toEqual([]);
    },
  );
});
