import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../bot/config.js';
import { createLogger } from '../bot/logger.js';
import { logUnhandledRejections } from '../bot/process-guards.js';
import { exitOnShutdownSignals } from '../bot/shutdown.js';
import { DEFAULT_RECORD_FOLDER, startRecordingBot } from './record-session.js';

// `npm run record [-- --out <folder>]`: the bot as `npm start` runs it, every conversation saved as a
// .transcript that test/transcripts/replay.test.ts replays once it is under test/transcripts.
const { values } = parseArgs({
  options: { out: { type: 'string', short: 'o', default: process.env['RECORD_DIR'] ?? DEFAULT_RECORD_FOLDER } },
  allowPositionals: false,
});

loadDotenv({ quiet: true });

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
logUnhandledRejections(logger);

try {
  const recording = await startRecordingBot(config, logger, values.out);
  exitOnShutdownSignals({ stop: () => recording.stop(), logger });
  logger.info(
    { url: recording.messagesEndpoint, storage: config.STORAGE, transcripts: recording.folder },
    'Upgrade Assistant is recording: point the Emulator or the Playground at the url; Ctrl+C saves and stops',
  );
} catch (error) {
  logger.fatal({ err: error }, 'Upgrade Assistant could not start recording');
  process.exit(1);
}
