import { describe, expect, it } from 'vitest';
import { useInProcessBot } from './in-process-bot.js';
import { messagesFor } from '../../i18n/index.js';
import { messageActivity, MESSAGES_PATH, newConversation } from '../../bench/support/activities.js';
import { ExpectedRepliesSchema, wordsOf } from '../../bench/support/bot-replies.js';
import { sendTurn } from '../../bench/support/journey.js';

/** Bugs the fuzz drill found outside the host, fixed and kept as regression tests. */
describe('bugs found by the fuzz drill stay fixed', () => {
  const running = useInProcessBot(2);

  // parseLanguageRequest used to look the word up in a plain object, so "constructor" returned
  // Object itself as the language; the turn failed, the user got the apology and the state was wiped.
  it('typing "constructor" mid-journey is answered like any other text, not a failed turn', async () => {
    const conversation = newConversation('known-bug-constructor');
    await sendTurn(running.client, conversation, { text: 'Can I upgrade?' });
    const turn = await sendTurn(running.client, conversation, { text: 'constructor' });
    expect(wordsOf(turn.replies)).not.toContain(messagesFor('en').ui.turnFailed('error'));
    expect(running.log.entries().filter((entry) => entry.msg === 'turn failed' && entry['conversationId'] === conversation.id)).toEqual([]);
  });

  // TurnContext.removeRecipientMention read `mentioned.id` and `text.replace` unchecked: a mention
  // entity without `mentioned`, or a mention with null text, threw, and the failed turn wiped the state.
  it.each([
    ['a mention without "mentioned"', { text: 'help', entities: [{ type: 'mention', text: '<at>Upgrade Assistant</at>' }] }],
    ['a mention with null text', { text: null, entities: [{ type: 'mention', text: '<at>x</at>', mentioned: { id: 'upgrade-assistant' } }] }],
    ['a mention whose text is not a string', { text: '<at>bot</at> help', entities: [{ type: 'Mention', text: 7, mentioned: { id: 'upgrade-assistant' } }] }],
  ])('%s is read as a plain message, not a failed turn', async (_case, fields) => {
    const conversation = newConversation('known-bug-mention');
    await sendTurn(running.client, conversation, { text: 'Can I upgrade?' });
    const response = await running.client.post(MESSAGES_PATH, { ...messageActivity(conversation, {}), ...fields });
    expect(response.status).toBe(200);
    const replies = ExpectedRepliesSchema.parse(response.body).activities;
    expect(replies.length).toBeGreaterThan(0);
    expect(running.log.entries().filter((entry) => entry.msg === 'turn failed' && entry['conversationId'] === conversation.id)).toEqual([]);
  });

  it('a Teams mention of the bot is taken out of the text: "@Upgrade Assistant help" reads as "help"', async () => {
    const conversation = newConversation('mention-help');
    const response = await running.client.post(MESSAGES_PATH, {
      ...messageActivity(conversation, { text: '<at>Upgrade Assistant</at> help' }),
      entities: [{ type: 'mention', text: '<at>Upgrade Assistant</at>', mentioned: { id: 'upgrade-assistant', name: 'Upgrade Assistant' } }],
    });
    expect(wordsOf(ExpectedRepliesSchema.parse(response.body).activities)).toContain(messagesFor('en').ui.help.split('\n')[0]);
  });
});
