import { afterAll, beforeAll, expect } from 'vitest';
import { keepFailureEvidence, startE2eSession, unsupportedWarnings, type E2eSession } from '../index.js';
import { startUpgradeAssistantE2eBot, type UpgradeAssistantE2eBot, type UpgradeAssistantE2eOptions } from '../upgrade-assistant-bot.js';
import { journeyTranscriptFolder } from './journey-artifacts.js';

/**
 * The Playground session of one journey file, with our bot recording the journey's transcript:
 * started before the file's tests and stopped after them, with evidence kept for a failing test.
 * Returns the running session for the tests (there is none before beforeAll has run).
 */
export function useJourneySession(
  journey: string,
  user: { id: string; name: string },
  /** How the bot is started (support leads, say); the transcripts always go to the journey's folder. */
  botOptions: Omit<UpgradeAssistantE2eOptions, 'transcriptFolder'> = {},
): () => E2eSession<UpgradeAssistantE2eBot> {
  let session: E2eSession<UpgradeAssistantE2eBot> | undefined;
  keepFailureEvidence(() => session);
  beforeAll(async () => {
    session = await startE2eSession({
      startBot: () => startUpgradeAssistantE2eBot({ ...botOptions, transcriptFolder: journeyTranscriptFolder(journey) }),
      user,
    });
  }, 90_000);
  afterAll(() => session?.stop(), 30_000);
  return () => {
    if (!session) throw new Error(`the ${journey} session has not started`);
    return session;
  };
}

/** What every journey checks at its end: no card element the Playground could not draw, no failed turn, no page error. */
export async function expectNothingWentWrong(session: E2eSession<UpgradeAssistantE2eBot>): Promise<void> {
  expect(await unsupportedWarnings(session.page)).toEqual([]);
  expect(session.bot.turnErrors).toEqual([]);
  expect(session.pageErrors).toEqual([]);
}
