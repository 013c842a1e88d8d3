import { expect } from 'vitest';
import { submitsOf, wordsOf, type CardSubmit, type Reply } from '../../bench/support/bot-replies.js';
import type { Conversation } from '../../bench/support/activities.js';
import type { HttpClient } from '../../bench/support/http-client.js';
import { runJourney, sendTurn } from '../../bench/support/journey.js';
import { tenant } from '../support/tenant-fixtures.js';

/** A tenant with nothing in the way: the diagnosis offers the Upgrade-tab walkthrough. */
export const CLEAR_TENANT = tenant({
  currentPlan: 'o365-enterprise-e1',
  targetPlan: 'o365-enterprise-e3',
  licensedUsers: 10,
  licensesPurchased: 10,
  licensesAssigned: 5,
});

/** The data of the step card's Done button in these replies, if there is one. */
export function doneButton(replies: readonly Reply[]): CardSubmit | undefined {
  return submitsOf(replies).find((submit) => submit.action === 'step' && submit['command'] === 'done');
}

/** Runs the journey to the diagnosis, starts the walkthrough and returns the first step's Done button. */
export async function openWalkthrough(clients: { journey: HttpClient; walkthrough?: HttpClient }, conversation: Conversation): Promise<CardSubmit> {
  const journey = await runJourney(clients.journey, conversation, CLEAR_TENANT);
  expect(journey.failures).toEqual([]);
  const start = await sendTurn(clients.walkthrough ?? clients.journey, conversation, { value: { action: 'diagnosis', choice: 'start-walkthrough' } });
  const done = doneButton(start.replies);
  expect(done, wordsOf(start.replies)).toMatchObject({ stepIndex: 0 });
  return done as CardSubmit;
}

/** The step the bot says the conversation is on (1-based), from "where was I". */
export async function currentStep(client: HttpClient, conversation: Conversation): Promise<number | undefined> {
  const turn = await sendTurn(client, conversation, { text: 'where was I' });
  const match = /step (\d+) of \d+/.exec(wordsOf(turn.replies));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
