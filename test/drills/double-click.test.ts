import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { messagesFor } from '../../i18n/index.js';
import { newConversation } from '../../bench/support/activities.js';
import { wordsOf } from '../../bench/support/bot-replies.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { sendTurn, type TurnResult } from '../../bench/support/journey.js';
import { startBot } from '../../bench/support/start-bot.js';
import { startAzurite, type RunningAzurite } from '../storage/azurite.js';
import { byScale, reportDrill } from './drill-scale.js';
import { currentStep, doneButton, openWalkthrough } from './walkthrough-driver.js';

const STALE_CARD = messagesFor('en').ui.staleCard;
const TRY_AGAIN = messagesFor('en').ui.turnFailed('conflict');
const CONVERSATIONS = byScale(5, 40);

const advancedTo = (turn: TurnResult, stepIndex: number) => doneButton(turn.replies)?.['stepIndex'] === stepIndex && !wordsOf(turn.replies).includes(STALE_CARD);

/**
 * On Azure blobs (Azurite), where reading and saving state are real network round trips, so two
 * turns of one conversation truly overlap unless the host keeps them apart.
 */
describe('double click: two identical "Done" clicks sent at once', () => {
  let azurite: RunningAzurite;
  const bots: RunningUpgradeAssistant[] = [];
  const clients: HttpClient[] = [];

  beforeAll(async () => {
    azurite = await startAzurite();
    for (let instance = 0; instance < 2; instance++) {
      const bot = await startBot({ STORAGE: 'blobs', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER_NAME: 'double-click' });
      bots.push(bot);
      clients.push(new HttpClient(bot.url, 4));
    }
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await Promise.all(bots.map((bot) => bot.stop()));
    await azurite?.stop();
  });

  it('to one bot: the walkthrough advances by exactly one step and the second click gets the stale-card answer', { timeout: byScale(60_000, 300_000) }, async () => {
    const [client] = clients as [HttpClient];
    let advancedOnce = 0;
    let stale = 0;
    for (let index = 0; index < CONVERSATIONS; index++) {
      const conversation = newConversation(`double-click-${index}`);
      const done = await openWalkthrough({ journey: client }, conversation);
      const turns = await Promise.all([sendTurn(client, conversation, { value: done }), sendTurn(client, conversation, { value: done })]);
      expect(turns.filter((turn) => advancedTo(turn, 1))).toHaveLength(1);
      expect(turns.filter((turn) => wordsOf(turn.replies).includes(STALE_CARD)), turns.map((turn) => wordsOf(turn.replies)).join('\n---\n')).toHaveLength(1);
      expect(await currentStep(client, conversation)).toBe(2);
      advancedOnce++;
      stale++;
    }
    reportDrill('double-click', { doubleClicks: CONVERSATIONS, advancedExactlyOnce: advancedOnce, staleCardAnswers: stale });
  });

  it('to two bot instances: never a step done twice; the losing click is refused (stale card or "try again"), not silently saved', { timeout: byScale(60_000, 300_000) }, async () => {
    const [a, b] = clients as [HttpClient, HttpClient];
    const outcomes = { advancedOnce: 0, staleCard: 0, conflictRefused: 0 };
    for (let index = 0; index < CONVERSATIONS; index++) {
      const conversation = newConversation(`two-instances-${index}`);
      const done = await openWalkthrough({ journey: a }, conversation);
      const turns = await Promise.all([sendTurn(a, conversation, { value: done }), sendTurn(b, conversation, { value: done })]);
      for (const turn of turns) expect(turn.status).toBe(200);
      const advanced = turns.filter((turn) => advancedTo(turn, 1));
      expect(advanced, turns.map((turn) => wordsOf(turn.replies)).join('\n---\n')).toHaveLength(1);
      const words = wordsOf(turns.find((turn) => !advanced.includes(turn))?.replies ?? []);
      if (words.includes(STALE_CARD)) outcomes.staleCard++;
      else if (words === TRY_AGAIN) outcomes.conflictRefused++;
      else expect.fail(`the losing click got neither answer: ${words}`);
      outcomes.advancedOnce++;
      expect(await currentStep(a, conversation)).toBe(2);
    }
    reportDrill('double-click-two-instances', { doubleClicks: CONVERSATIONS, ...outcomes });
  });
});
