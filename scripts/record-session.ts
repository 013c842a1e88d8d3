import { resolve } from 'node:path';
import { TranscriptLoggerMiddleware } from 'botbuilder';
import type { Config } from '../bot/config.js';
import type { Logger } from '../bot/logger.js';
import { MESSAGES_PATH } from '../bot/server.js';
import { startUpgradeAssistant, type RunningUpgradeAssistant, type UpgradeAssistantOptions } from '../bot/upgrade-assistant.js';
import { TranscriptFileLogger } from './transcript-file-logger.js';

/** Where `npm run record` writes unless told otherwise; the replay test reads every file under test/transcripts. */
export const DEFAULT_RECORD_FOLDER = 'test/transcripts/recorded';

export interface RecordingBot {
  readonly running: RunningUpgradeAssistant;
  /** What the Emulator or the Playground posts to. */
  readonly messagesEndpoint: string;
  /** Absolute path of the folder the transcripts go to. */
  readonly folder: string;
  readonly transcripts: TranscriptFileLogger;
  /** Stops the bot (turns in flight finish), then waits for the last transcript writes. */
  stop(): Promise<void>;
}

/**
 * The whole bot exactly as `npm start` runs it, plus botbuilder's TranscriptLoggerMiddleware writing
 * one Emulator-style `.transcript` per conversation into `folder`.
 */
export async function startRecordingBot(
  config: Config,
  logger: Logger,
  folder: string = DEFAULT_RECORD_FOLDER,
  options: UpgradeAssistantOptions = {},
): Promise<RecordingBot> {
  const transcripts = new TranscriptFileLogger(resolve(folder));
  const running = await startUpgradeAssistant(config, logger, options);
  running.adapter.use(new TranscriptLoggerMiddleware(transcripts));
  let stopping: Promise<void> | undefined;
  return {
    running,
    messagesEndpoint: `${running.url}${MESSAGES_PATH}`,
    folder: resolve(folder),
    transcripts,
    stop() {
      stopping ??= running.stop().then(() => transcripts.flush());
      return stopping;
    },
  };
}
