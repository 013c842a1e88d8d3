import { readFileSync } from 'node:fs';
import { z } from 'zod';

const PackageSchema = z.object({ scripts: z.object({ start: z.string() }) });

/**
 * The Node flags `npm start` runs the bot with (the `node` command of package.json's start script),
 * so a benchmark runs the bot as it ships: its runtime flags are part of the product.
 */
export function startNodeFlags(): string[] {
  const manifest = PackageSchema.parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));
  const nodeCommand = manifest.scripts.start
    .split('&&')
    .map((command) => command.trim())
    .find((command) => command.startsWith('node '));
  if (!nodeCommand) throw new Error('The start script in package.json runs no node command');
  return nodeCommand.split(/\s+/).filter((word) => word.startsWith('--'));
}
