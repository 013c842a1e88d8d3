import { afterAll, beforeAll } from 'vitest';
import { startUpgradeAssistant, type RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { captureLogger, type CapturedLog } from '../host/host-fixture.js';

export interface InProcessBot {
  bot: RunningUpgradeAssistant;
  client: HttpClient;
  log: CapturedLog;
}

/**
 * The whole bot on memory storage in this process, started before the suite's tests and stopped
 * after them, with an HTTP client of `connections` and the log it writes: for the edge drills that
 * send what a channel never would and read what the bot logged.
 */
export function useInProcessBot(connections: number): InProcessBot {
  const running = {} as InProcessBot;
  beforeAll(async () => {
    const captured = captureLogger();
    running.log = captured.log;
    running.bot = await startUpgradeAssistant(botConfig({ STORAGE: 'memory', LOG_LEVEL: 'info' }), captured.logger);
    running.client = new HttpClient(running.bot.url, connections);
  });
  afterAll(async () => {
    running.client?.close();
    await running.bot?.stop();
  });
  return running;
}
