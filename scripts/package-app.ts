// `npm run package`: builds appPackage/build/upgrade-assistant.zip, the package to upload to Teams.
// Reads MicrosoftAppId (required) and BOT_DOMAIN (optional) from the environment or .env;
// `--out FILE` writes the zip elsewhere; `--app-id` and `--bot-domain` stand for those two variables
// (the Agents Toolkit passes the values it provisioned this way, see m365agents.yml).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { buildAppPackage, DEFAULT_PACKAGE_FILE, InvalidAppPackageError } from './app-package-build.js';
import { PackagingConfigError, readPackagingConfig } from './app-package-config.js';

const { values: options } = parseArgs({ options: { out: { type: 'string' }, 'app-id': { type: 'string' }, 'bot-domain': { type: 'string' } } });
const outFile = options.out === undefined ? DEFAULT_PACKAGE_FILE : resolve(options.out);

// Variables already set in the environment win over .env, as dotenv does by default.
loadDotenv({ quiet: true });

try {
  const fromArguments = {
    ...(options['app-id'] === undefined ? {} : { MicrosoftAppId: options['app-id'] }),
    ...(options['bot-domain'] === undefined ? {} : { BOT_DOMAIN: options['bot-domain'] }),
  };
  const entries = buildAppPackage(readPackagingConfig({ ...process.env, ...fromArguments }), outFile);
  console.log(`Teams app package written to ${outFile} (${entries.join(', ')})`);
} catch (error) {
  // Expected failures get their message only; anything else keeps its stack for debugging.
  if (!(error instanceof PackagingConfigError || error instanceof InvalidAppPackageError)) throw error;
  console.error(`Cannot build the Teams app package.\n${error.message}`);
  process.exitCode = 1;
}
