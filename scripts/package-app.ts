// `npm run package`: builds appPackage/build/upgrade-assistant.zip, the package to upload to Teams.
// Reads MicrosoftAppId (required) and BOT_DOMAIN (optional) from the environment or .env;
// `--out FILE` writes the zip elsewhere.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { buildAppPackage, DEFAULT_PACKAGE_FILE, InvalidAppPackageError } from './app-package-build.js';
import { PackagingConfigError, readPackagingConfig } from './app-package-config.js';

const { values: options } = parseArgs({ options: { out: { type: 'string' } } });
const outFile = options.out === undefined ? DEFAULT_PACKAGE_FILE : resolve(options.out);

// Variables already set in the environment win over .env, as dotenv does by default.
loadDotenv({ quiet: true });

try {
  const entries = buildAppPackage(readPackagingConfig(process.env), outFile);
  console.log(`Teams app package written to ${outFile} (${entries.join(', ')})`);
} catch (error) {
  // Expected failures get their message only; anything else keeps its stack for debugging.
  if (!(error instanceof PackagingConfigError || error instanceof InvalidAppPackageError)) throw error;
  console.error(`Cannot build the Teams app package.\n${error.message}`);
  process.exitCode = 1;
}
