import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import { z } from 'zod';
import { replayTranscript, transcriptSchema, type ReplayOptions } from '../../transcripts/transcript-replay.js';
import { SCREENSHOT_DIR, type E2eSession } from '../index.js';
import type { UpgradeAssistantE2eBot } from '../upgrade-assistant-bot.js';

/** The channel the harness's Playground plays (its default). */
export const PLAYGROUND_CHANNEL = 'msteams';

/**
 * Each journey's bot records its conversation as `npm run record` would; the .transcript lands
 * beside the screenshots (test-results/e2e/transcripts/<journey>/), kept as a CI artifact, so a
 * journey that found a bug hands over a conversation to replay.
 */
export function journeyTranscriptFolder(journey: string): string {
  return join(SCREENSHOT_DIR, 'transcripts', z.string().regex(/^[a-z0-9][a-z0-9-]*$/).parse(journey));
}

/** The journey's conversation so far, as recorded (written at the end of every turn). */
export function journeyTranscript(session: E2eSession<UpgradeAssistantE2eBot>): Promise<Partial<Activity>[]> {
  return session.bot.transcript(PLAYGROUND_CHANNEL, session.playground.personalChatId);
}

/**
 * The conversation the Playground just had, replayed against a fresh bot, gives the same answers:
 * what `npm run record` captures from a real client is a regression test as it stands. A journey
 * whose bot had support leads names them again here (the transcript does not say who they were).
 */
export async function expectJourneyReplays(session: E2eSession<UpgradeAssistantE2eBot>, options: ReplayOptions = {}): Promise<void> {
  const transcript = transcriptSchema.parse(await journeyTranscript(session));
  const { recorded, replayed } = await replayTranscript(transcript, options);
  expect(recorded.length).toBeGreaterThan(1);
  recorded.forEach((turn, index) => expect(replayed[index], `replayed turn ${index + 1} (${turn.user})`).toEqual(turn));
}
