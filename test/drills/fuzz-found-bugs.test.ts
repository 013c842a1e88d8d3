import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { startUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { messagesFor } from '../../i18n/index.js';
import { newConversation } from '../../bench/support/activities.js';
import { wordsOf } from '../../bench/support/bot-replies.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { sendTurn } from '../../bench/support/journey.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { captureLogger, type CapturedLog } from '../host/host-fixture.js';

/** Bugs the fuzz drill found outside the host, fixed and kept as regression tests. */
describe('bugs found by the fuzz drill stay fixed', () => {
  let bot: RunningUpgradeAssistant;
  let client: HttpClient;
  let log: CapturedLog;

  beforeAll(async () => {
    const captured = captureLogger();
    log = captured.log;
    bot = await startUpgradeAssistant(botConfig({ STORAGE: 'memory', LOG_LEVEL: 'info' }), captured.logger);
    client = new HttpClient(bot.url, 2);
  });
  afterAll(async () => {
    client?.close();
    await bot?.stop();
  });

  // parseLanguageRequest used to look the word up in a plain object, so "constructor" returned
  // Object itself as the language; the turn failed, the user got the apology and the state was wiped.
  it('typing "constructor" mid-journey is answered like any other text, not a failed turn', async () => {
    const conversation = newConversation('known-bug-constructor');
    await sendTurn(client, conversation, { text: 'Can I upgrade?' });
    const turn = await sendTurn(client, conversation, { text: 'constructor' });
    expect(wordsOf(turn.replies)).not.toContain(messagesFor('en').ui.somethingWentWrong);
    expect(log.entries().filter((entry) => entry.msg === 'turn failed' && entry['conversationId'] === conversation.id)).toEqual([]);
  });
});
