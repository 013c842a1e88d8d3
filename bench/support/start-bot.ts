import { loadConfig, type Config } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startUpgradeAssistant, type RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';

/** The whole bot on 127.0.0.1 and a free port, configured like production from the variables given. */
export function botConfig(env: Record<string, string>): Config {
  // loadConfig accepts ports 1-65535 only; 0 asks the OS for a free one.
  // BOTBUILDER_PATH from the environment, so `npm run test:stock` runs the drills on the stock path too.
  return { ...loadConfig({ HOST: '127.0.0.1', LOG_LEVEL: 'silent', BOTBUILDER_PATH: process.env['BOTBUILDER_PATH'], ...env }), PORT: 0 };
}

export async function startBot(env: Record<string, string>): Promise<RunningUpgradeAssistant> {
  const config = botConfig(env);
  return startUpgradeAssistant(config, createLogger({ level: config.LOG_LEVEL }));
}
