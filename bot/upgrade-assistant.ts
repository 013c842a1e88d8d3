import { UpgradeAssistantBot } from '../dialogs/index.js';
import { languageFromLocale, messagesFor } from '../i18n/index.js';
import type { Config } from './config.js';
import { startHost, type RunningHost } from './host.js';
import type { Logger } from './logger.js';
import { botbuilderPieces } from './botbuilder-internals/index.js';
import { ConcurrencyCheckedStorage } from './state-write-conflict.js';
import { createStorage, type BotStorage } from './storage/index.js';

export interface RunningUpgradeAssistant extends RunningHost {
  storage: BotStorage;
}

/**
 * The whole bot, top to bottom: storage → states → bot → CloudAdapter → restify.
 * `bot/index.ts` runs it from the environment; tests and benchmarks start it on port 0.
 */
export async function startUpgradeAssistant(config: Config, logger: Logger): Promise<RunningUpgradeAssistant> {
  const storage = await createStorage(
    {
      kind: config.STORAGE,
      dataDir: config.DATA_DIR,
      compactAfterBytes: config.LOWDB_COMPACT_AFTER_KB * 1024,
      ...(config.BLOB_CONNECTION_STRING && config.BLOB_CONTAINER_NAME
        ? { blobs: { connectionString: config.BLOB_CONNECTION_STRING, containerName: config.BLOB_CONTAINER_NAME } }
        : {}),
    },
    logger,
  );
  // State writes carry the eTag read at the start of the turn: a concurrent instance's write is refused, not lost.
  const stateStorage = new ConcurrencyCheckedStorage(storage.storage);
  const { conversationState, userState } = botbuilderPieces(config.BOTBUILDER_PATH).states(stateStorage);
  const bot = new UpgradeAssistantBot({
    conversationState,
    userState,
    caseStore: storage.caseStore,
    supportAgentIds: config.SUPPORT_AGENT_IDS,
  });
  const host = await startHost(config, {
    bot,
    conversationState,
    resetDialogStack: (context) => bot.resetDialogStack(context),
    logger,
    healthCheck: async () => ({ storage: await storage.healthCheck() }),
    flush: () => storage.close(),
    errorMessage: (locale, failure) => messagesFor(languageFromLocale(locale)).ui.turnFailed(failure),
  });
  return { ...host, storage };
}
