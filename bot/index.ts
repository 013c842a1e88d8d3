import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { logUnhandledRejections } from './process-guards.js';
import { exitOnShutdownSignals } from './shutdown.js';
import { startUpgradeAssistant } from './upgrade-assistant.js';

// An optional .env beside the process; real environment variables win.
loadDotenv({ quiet: true });

function readConfig() {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const logger = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
logUnhandledRejections(logger);

try {
  const running = await startUpgradeAssistant(config, logger);
  exitOnShutdownSignals({ stop: running.stop, logger });
  // The runtime is part of what a log reader needs: npm ci brings its own Node (README, "Runtime").
  logger.info({ url: `${running.url}/api/messages`, storage: config.STORAGE, node: process.version }, 'Upgrade Assistant is ready');
} catch (error) {
  logger.fatal({ err: error }, 'Upgrade Assistant could not start');
  process.exit(1);
}
