import { ActivityHandler, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  botMessageCount,
  clickCardButton,
  fillCardInput,
  screenshot,
  sendMessage,
  unsupportedWarnings,
  waitForBotText,
  waitForCard,
} from './browser.js';
import { sendMessageInLocale } from './custom-activity.js';
import { keepFailureEvidence } from './failure-evidence.js';
import { startE2eSession, type E2eSession } from './session.js';

// A tiny bot: a welcome card when the user joins, a reply naming what a card click sent, an echo for text.
const WELCOME_CARD = {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  type: 'AdaptiveCard',
  version: '1.4',
  body: [
    { type: 'TextBlock', text: 'Welcome to the smoke test', weight: 'Bolder', wrap: true },
    { type: 'Input.Text', id: 'note', label: 'Note' },
  ],
  actions: [
    { type: 'Action.Submit', title: 'Pick Alpha', data: { choice: 'alpha' } },
    { type: 'Action.Submit', title: 'Pick Beta', data: { choice: 'beta' } },
  ],
};

const submittedValueSchema = z.object({ choice: z.enum(['alpha', 'beta']), note: z.string().optional() });

class SmokeBot extends ActivityHandler {
  readonly joinedUserIds: string[] = [];

  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient.id) continue; // the bot itself joined too
        this.joinedUserIds.push(member.id);
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(WELCOME_CARD)));
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(await this.answer(context));
      await next();
    });
  }

  private async answer(context: TurnContext): Promise<string> {
    const { text, value } = context.activity;
    if (value !== undefined && !text) {
      const submitted = submittedValueSchema.parse(value);
      return `You clicked ${submitted.choice}${submitted.note ? ` with note "${submitted.note}"` : ''}`;
    }
    // The Playground's own messages are always en-US; an Italian turn comes through sendMessageInLocale.
    return context.activity.locale === 'it-IT' ? `Eco: ${text}` : `Echo: ${text}`;
  }
}

describe('the Playground drives a bot end to end', () => {
  let session: E2eSession;
  let bot: SmokeBot;
  keepFailureEvidence(() => session);

  beforeAll(async () => {
    bot = new SmokeBot();
    session = await startE2eSession({
      createBot: () => bot,
      user: { id: 'smoke-user-1', name: 'Sara Bianchi' },
    });
  }, 90_000);

  afterAll(async () => {
    await session?.stop();
  }, 30_000);

  it('shows the welcome card once the page connects', async () => {
    const welcome = await waitForCard(session.page, 'Welcome to the smoke test');
    expect(welcome.snapshot.buttons).toEqual(['Pick Alpha', 'Pick Beta']);
    expect(bot.joinedUserIds).toEqual(['smoke-user-1']);
  }, 60_000);

  it('answers a card click with the clicked value and the card input', async () => {
    await fillCardInput(session.page, 'Note', 'from the browser');
    const before = await clickCardButton(session.page, 'Pick Beta');
    const reply = await waitForBotText(session.page, 'You clicked beta with note "from the browser"', { after: before });
    expect(reply.index).toBe(before);
  }, 60_000);

  it('echoes a typed message', async () => {
    const before = await sendMessage(session.page, 'hello from Chromium');
    await waitForBotText(session.page, 'Echo: hello from Chromium', { after: before });
    expect(await botMessageCount(session.page)).toBe(3);
  }, 60_000);

  it('delivers a message with an Italian locale and shows the reply', async () => {
    const before = await botMessageCount(session.page);
    await sendMessageInLocale(session.playground, { text: 'ciao, però è già tardi', locale: 'it-IT' });
    await waitForBotText(session.page, 'Eco: ciao, però è già tardi', { after: before });
    await screenshot(session.page, 'smoke-end');
    expect(await unsupportedWarnings(session.page)).toEqual([]);
    expect(session.bot.turnErrors).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
