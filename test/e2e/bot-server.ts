import { ConversationState, MemoryStorage, UserState } from 'botbuilder';
import { z } from 'zod';
import { loadConfig } from '../../bot/config.js';
import { startHost, type RunningHost } from '../../bot/host.js';
import { MESSAGES_PATH, type TurnHandler } from '../../bot/server.js';
import { findFreePort } from './free-port.js';
import { createHostLog } from './host-log.js';

/** Fresh, in-memory state for one e2e bot; the host clears `conversationState` after a failed turn. */
export interface E2eBotStates {
  storage: MemoryStorage;
  conversationState: ConversationState;
  userState: UserState;
}

export type CreateE2eBot = (states: E2eBotStates) => TurnHandler;

export interface E2eBot {
  /** e.g. http://127.0.0.1:41235 */
  readonly url: string;
  /** What the Playground posts to: `${url}/api/messages`. */
  readonly messagesEndpoint: string;
  /** Messages of the turns that failed (the host logs "turn failed"); journeys assert it stays empty. */
  readonly turnErrors: readonly string[];
  /** The host's warn-and-above log lines, for failure messages. */
  readonly logLines: readonly string[];
  stop(): Promise<void>;
}

/** What the user sees when a turn fails in an e2e run; tests look for it. */
export const E2E_ERROR_MESSAGE = 'The e2e bot hit an error.';

const createBotSchema = z.custom<CreateE2eBot>((value) => typeof value === 'function', {
  message: 'createBot must be a function returning an ActivityHandler (or any TurnHandler)',
});

/**
 * Runs a bot in the project's real host (`bot/host.ts`: restify, CloudAdapter, turn logging,
 * typing indicator, onTurnError) on a free loopback port, with no app id so the Playground, which
 * sends no token, is accepted as on a developer's machine. The environment is not read: a local
 * `.env` with credentials must not change what the e2e tests run.
 */
export async function startE2eBot(createBot: CreateE2eBot, { maxAttempts = 3 } = {}): Promise<E2eBot> {
  const storage = new MemoryStorage();
  const states: E2eBotStates = {
    storage,
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
  };
  const bot = createBotSchema.parse(createBot)(states);

  const { logger, turnErrors, logLines } = createHostLog();

  const failures: string[] = [];
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const port = await findFreePort();
    const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', STORAGE: 'memory', LOG_LEVEL: 'warn' });
    let host: RunningHost;
    try {
      host = await startHost(config, {
        bot,
        conversationState: states.conversationState,
        logger,
        healthCheck: async () => ({ storage: true }),
        flush: async () => undefined,
        errorMessage: () => E2E_ERROR_MESSAGE,
      });
    } catch (error) {
      // Someone took the port between probing and listening: try another.
      failures.push(`port ${port}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    return {
      url: host.url,
      messagesEndpoint: `${host.url}${MESSAGES_PATH}`,
      turnErrors,
      logLines,
      stop: () => host.stop(),
    };
  }
  throw new Error(`Could not start the e2e bot host:\n${failures.join('\n')}`);
}
