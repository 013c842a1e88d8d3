import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { loadConfig } from '../../bot/config.js';
import { startRecordingBot, type RecordingBot } from '../../scripts/record-session.js';
import { transcriptFileName } from '../../scripts/transcript-file-logger.js';
import type { E2eBot } from './bot-server.js';
import { findFreePort } from './free-port.js';
import { createHostLog } from './host-log.js';

export interface UpgradeAssistantE2eBot extends E2eBot {
  readonly port: number;
  /** The lowdb DATA_DIR (state and cases); it outlives restart() and is deleted by stop(). */
  readonly dataDir: string;
  /** Where this bot writes its `.transcript` files (as `npm run record` does); a given folder is kept after stop(), a temp one is not. */
  readonly transcriptFolder: string;
  /** Stops the host (flushing lowdb and the transcript) and starts a new one on the same port and DATA_DIR. */
  restart(): Promise<void>;
  /** Everything recorded so far in one conversation, oldest first (written at the end of each turn). */
  transcript(channelId: string, conversationId: string): Promise<Partial<Activity>[]>;
  /**
   * Moves the check-backs' clock `ms` ahead of real time (it keeps running from there, and through
   * restart()), then runs one check-back round as the host's timer would: what is due by then is
   * sent, as proactive messages into its conversation. Only the check-backs' clock moves.
   */
  runCheckBacksLater(ms: number): Promise<void>;
}

export const upgradeAssistantE2eOptionsSchema = z.object({
  /** Users who may open any case (SUPPORT_AGENT_IDS). */
  supportAgentIds: z.array(z.string().min(1)).default([]),
  /** A folder for the transcripts, e.g. test-results/e2e/transcripts/<journey>; a temp dir unless given. */
  transcriptFolder: z.string().min(1).optional(),
  maxAttempts: z.number().int().min(1).default(3),
});
export type UpgradeAssistantE2eOptions = z.input<typeof upgradeAssistantE2eOptionsSchema>;

const transcriptSchema = z.array(z.looseObject({ type: z.string() }));

/**
 * The whole Upgrade Assistant as `npm run record` runs it (`startUpgradeAssistant`: lowdb storage
 * in a fresh DATA_DIR, the real host, no credentials, plus the transcript recorder) on a free
 * loopback port. The environment is not read, so a local `.env` cannot change what runs.
 */
export async function startUpgradeAssistantE2eBot(input: UpgradeAssistantE2eOptions = {}): Promise<UpgradeAssistantE2eBot> {
  const options = upgradeAssistantE2eOptionsSchema.parse(input);
  const dataDir = await mkdtemp(join(tmpdir(), 'ua-e2e-data-'));
  const transcriptFolder = options.transcriptFolder ?? (await mkdtemp(join(tmpdir(), 'ua-e2e-transcripts-')));
  const ownTemporaryDirs = [dataDir, ...(options.transcriptFolder === undefined ? [transcriptFolder] : [])];
  const removeTemporaryDirs = () => Promise.all(ownTemporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  const { logger, turnErrors, logLines } = createHostLog();
  // Real time plus what the test moved it forward: timers and Playwright keep real time.
  let checkBackClockAheadMs = 0;
  const checkBackClock = () => new Date(Date.now() + checkBackClockAheadMs);

  const startOn = (port: number): Promise<RecordingBot> => {
    const config = loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      STORAGE: 'lowdb',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SUPPORT_AGENT_IDS: options.supportAgentIds.join(','),
    });
    return startRecordingBot(config, logger, transcriptFolder, { checkBackClock });
  };

  let current: RecordingBot | undefined;
  let port = 0;
  const failures: string[] = [];
  for (let attempt = 1; attempt <= options.maxAttempts && !current; attempt += 1) {
    port = await findFreePort();
    try {
      current = await startOn(port);
    } catch (error) {
      // Someone took the port between probing and listening: try another.
      failures.push(`port ${port}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!current) {
    await removeTemporaryDirs();
    throw new Error(`Could not start the Upgrade Assistant:\n${failures.join('\n')}`);
  }
  let running: RecordingBot = current;
  let stopped = false;

  return {
    url: running.running.url,
    messagesEndpoint: running.messagesEndpoint,
    port,
    dataDir,
    transcriptFolder,
    turnErrors,
    logLines,
    async restart() {
      await running.stop();
      // The same port, so the Playground, which keeps its endpoint, talks to the new host.
      running = await startOn(port);
    },
    async transcript(channelId, conversationId) {
      await running.transcripts.flush();
      const text = await readFile(join(transcriptFolder, transcriptFileName(channelId, conversationId)), 'utf8');
      return transcriptSchema.parse(JSON.parse(text)) as Partial<Activity>[];
    },
    async runCheckBacksLater(ms) {
      checkBackClockAheadMs = z.number().int().min(0).parse(ms);
      await running.running.checkBacks.runOnce();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await running.stop();
      } finally {
        await removeTemporaryDirs();
      }
    },
  };
}
