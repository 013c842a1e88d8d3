import { ActivityHandler, CardFactory, MessageFactory } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  botMessageCount,
  clickCardButton,
  fillCardInput,
  reopenChat,
  selectCardChoice,
  sendMessage,
  setCardToggle,
  unsupportedWarnings,
  waitForBotText,
  waitForCard,
} from './browser.js';
import { E2E_ERROR_MESSAGE } from './bot-server.js';
import { keepFailureEvidence } from './failure-evidence.js';
import { startE2eSession, type E2eSession } from './session.js';

// The harness checks itself against a bot whose every answer is known: form inputs come back as
// JSON, "carousel" sends a layout the Playground cannot draw, "silence" gets no answer at all.
const FORM_CARD = {
  type: 'AdaptiveCard',
  version: '1.4',
  body: [
    { type: 'TextBlock', text: 'Harness form', wrap: true },
    {
      type: 'Input.ChoiceSet',
      id: 'plan',
      label: 'Target plan',
      style: 'compact',
      choices: [
        { title: 'Business Basic', value: 'basic' },
        { title: 'Business Standard', value: 'standard' },
      ],
    },
    {
      type: 'Input.ChoiceSet',
      id: 'term',
      label: 'Term',
      style: 'expanded',
      choices: [
        { title: 'Monthly', value: 'P1M' },
        { title: 'Yearly', value: 'P1Y' },
      ],
    },
    { type: 'Input.Toggle', id: 'confirmed', title: 'I am a global admin' },
    { type: 'Input.Text', id: 'tenant', label: 'Tenant name' },
  ],
  actions: [{ type: 'Action.Submit', title: 'Submit form', data: { form: 'harness' } }],
};

class HarnessBot extends ActivityHandler {
  readonly conversationUpdates: string[] = [];

  constructor() {
    super();
    this.onConversationUpdate(async (context, next) => {
      this.conversationUpdates.push(context.activity.conversation.id);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await context.sendActivity(`Hello again, visit ${this.conversationUpdates.length}`);
      await next();
    });
    this.onMessage(async (context, next) => {
      const { text, value } = context.activity;
      if (value !== undefined) await context.sendActivity(`Form: ${JSON.stringify(value)}`);
      else if (text === 'crash') throw new Error('crash on purpose');
      else if (text === 'form') await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(FORM_CARD)));
      else if (text === 'carousel') {
        const cards = ['one', 'two'].map((title) => CardFactory.heroCard(title));
        await context.sendActivity(MessageFactory.carousel(cards, 'A carousel'));
      } else if (text !== 'silence') await context.sendActivity(`Echo: ${text}`);
      await next();
    });
  }
}

describe('the e2e harness', () => {
  let session: E2eSession;
  let bot: HarnessBot;
  keepFailureEvidence(() => session);

  beforeAll(async () => {
    bot = new HarnessBot();
    session = await startE2eSession({ createBot: () => bot });
    await waitForBotText(session.page, 'Hello again, visit 1');
  }, 90_000);

  afterAll(async () => {
    await session?.stop();
  }, 30_000);

  it('fills every kind of card input and reads back what the bot received', async () => {
    const form = await waitForCard(session.page, 'Harness form', { after: await sendMessage(session.page, 'form') });
    await selectCardChoice(session.page, 'Target plan', 'Business Standard', { card: form.locator });
    await selectCardChoice(session.page, 'Term', 'Yearly', { card: form.locator });
    await setCardToggle(session.page, 'I am a global admin', true, { card: form.locator });
    await fillCardInput(session.page, 'Tenant name', 'Contoso', { card: form.locator });
    const before = await clickCardButton(session.page, 'Submit form', { card: form.locator });
    // Adaptive Cards submit every input as a string, the toggle as "true"/"false".
    await waitForBotText(
      session.page,
      'Form: {"form":"harness","plan":"standard","term":"P1Y","confirmed":"true","tenant":"Contoso"}',
      { after: before },
    );
  }, 60_000);

  it('fails with the chat transcript when the awaited text never comes', async () => {
    const before = await sendMessage(session.page, 'silence');
    const waiting = waitForBotText(session.page, 'an answer to silence', { after: before, timeoutMs: 1_500 });
    await expect(waiting).rejects.toThrow(/Timed out after 1500 ms[\s\S]*Bot messages:[\s\S]*Form: /);
  }, 60_000);

  it('records a failed turn, which the user sees as the host\'s apology', async () => {
    expect(session.bot.turnErrors).toEqual([]);
    await waitForBotText(session.page, E2E_ERROR_MESSAGE, { after: await sendMessage(session.page, 'crash') });
    expect(session.bot.turnErrors).toEqual(['crash on purpose']);
  }, 60_000);

  it('reports what the Playground cannot draw', async () => {
    expect(await unsupportedWarnings(session.page)).toEqual([]);
    await waitForBotText(session.page, 'A carousel', { after: await sendMessage(session.page, 'carousel') });
    expect(await unsupportedWarnings(session.page)).toEqual([
      expect.stringContaining('Carousel layout is not supported yet'),
    ]);
  }, 60_000);

  it('reopening the chat clears the pane and greets again in the same conversation', async () => {
    await reopenChat(session.page);
    await waitForBotText(session.page, 'Hello again, visit 2');
    expect(await botMessageCount(session.page)).toBe(1);
    const [first, second] = bot.conversationUpdates;
    expect(bot.conversationUpdates).toHaveLength(2);
    expect(second).toBe(first);
    expect(first).toBe(session.playground.personalChatId);
  }, 60_000);
});
