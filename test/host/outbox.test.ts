import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageActivity as benchActivity, newConversation, type Conversation } from '../../bench/support/activities.js';
import { submitsOf } from '../../bench/support/bot-replies.js';
import { startBot } from '../../bench/support/start-bot.js';
import type { RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { messagesFor } from '../../i18n/index.js';
import { openWalkthrough } from '../drills/walkthrough-driver.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import { errorMessage, FillableStorage, messageActivity, postActivity, startTestHost, type TestHost } from './host-fixture.js';

describe('on normal delivery, replies leave only after the turn', () => {
  let running: TestHost;
  let connector: FakeConnector;
  const storage = new FillableStorage();

  beforeAll(async () => {
    connector = await startFakeConnector();
    running = await startTestHost({}, {}, storage);
  });
  afterAll(async () => {
    await running.host.stop();
    await connector.close();
  });
  beforeEach(() => {
    connector.received.length = 0;
  });

  const send = (text: string, conversationId: string) =>
    postActivity(running.host.url, messageActivity(text, { deliveryMode: 'normal', serviceUrl: connector.serviceUrl, conversation: { id: conversationId } }));
  const texts = () => connector.received.map((activity) => activity.text);

  it('posts a good turn\'s replies', async () => {
    expect((await send('hello', 'outbox-good')).status).toBe(200);
    expect(texts()).toEqual(['echo 1: hello']);
  });

  it('posts the failure message instead of what a failed turn had prepared', async () => {
    expect((await send('reply then fail', 'outbox-failed')).status).toBe(200);
    expect(texts()).toEqual([errorMessage('en-US', 'error')]);
  });

  it('posts the "could not save" message instead of the replies of a turn whose state was not saved', async () => {
    await send('one', 'outbox-full');
    connector.received.length = 0;
    storage.full = true;
    try {
      await send('two', 'outbox-full');
    } finally {
      storage.full = false;
    }
    expect(texts()).toEqual([errorMessage('en-US', 'save')]);
    connector.received.length = 0;
    await send('two again', 'outbox-full');
    expect(texts()).toEqual(['echo 2: two again']);
  });
});

describe('the walkthrough card Teams updates in place, with replies held in the outbox', () => {
  let bot: RunningUpgradeAssistant;
  let connector: FakeConnector;
  let client: HttpClient;

  beforeAll(async () => {
    connector = await startFakeConnector();
    bot = await startBot({ STORAGE: 'memory' });
    client = new HttpClient(bot.url, 1);
  });
  afterAll(async () => {
    client.close();
    await bot.stop();
    await connector.close();
  });

  /** A Teams click with normal delivery: the replies go to the fake connector. */
  const clickInTeams = async (conversation: Conversation, value: unknown) => {
    const activity = { ...benchActivity(conversation, { value }), deliveryMode: 'normal' };
    expect((await client.post('/api/messages', activity)).status).toBe(200);
  };

  it('gets the id the channel gave the step card, so the next click retires that very card', async () => {
    const conversation = newConversation('outbox-card', 'en-US', connector.serviceUrl, 'msteams');
    const firstDone = await openWalkthrough({ journey: client }, conversation);
    await clickInTeams(conversation, firstDone);
    const stepTwo = connector.received.find((activity) => submitsOf([activity]).some((submit) => submit['stepIndex'] === 1));
    expect(stepTwo, 'the step 2 card was posted').toBeDefined();
    const secondDone = submitsOf([stepTwo!]).find((submit) => submit['command'] === 'done');
    await clickInTeams(conversation, secondDone);
    expect(connector.updated.map((activity) => activity.id)).toEqual([stepTwo!.id]);
    expect(JSON.stringify(connector.updated[0])).toContain(messagesFor('en').ui.walkthrough.stepDone);
  });
});
