import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messagesFor } from '../../i18n/index.js';
import { stageProduction } from '../../scripts/stage-production.js';
import { findFreePort } from '../e2e/free-port.js';

// The path a host takes (m365agents.yml's deploy, the Dockerfile): compile, copy, `npm ci --omit=dev`
// in a clean folder, then start the built bot with `npm run start:prod`'s command, nothing compiled,
// as an unprivileged user when the test runs as root (uid 65534, nobody).
const ROOT = new URL('../..', import.meta.url);
const START_COMMAND = z.object({ scripts: z.object({ 'start:prod': z.string() }) }).parse(JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'))).scripts['start:prod'];
const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
/** App Service and Kubernetes give a container 30 s between SIGTERM and SIGKILL by default; our stop is bounded by 15 s. */
const GRACE_PERIOD_MS = 30_000;

const scratch: string[] = [];
function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Readable (and for the data folder writable) by the unprivileged user the bot runs as.
  chmodSync(dir, 0o777);
  scratch.push(dir);
  return dir;
}

let stageDir = '';
beforeAll(() => {
  stageDir = scratchDir('ua-production-');
  stageProduction({ outDir: stageDir, npmCache: 'prefer-offline' });
  chmodSync(stageDir, 0o755);
}, 900_000);

// The staged node_modules holds some 500 packages: removing them takes a while on a busy machine.
afterAll(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}, 300_000);

interface RunningBot {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startBot(dataDir: string): Promise<RunningBot> {
  const port = await findFreePort();
  const [command, ...args] = START_COMMAND.split(' ');
  expect(command).toBe('node');
  // Only what a host sets: no inherited variables, no NODE_OPTIONS, no .env.
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', PORT: String(port), STORAGE: 'lowdb', DATA_DIR: dataDir, LOG_FORMAT: 'json', LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, args, { cwd: stageDir, env, stdio: ['ignore', 'pipe', 'pipe'], ...UNPRIVILEGED });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const ready = () => {
      if (output.includes('Upgrade Assistant is ready')) resolve();
    };
    child.stdout?.on('data', ready);
    child.once('exit', (code) => reject(new Error(`the production start exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

async function stopBot(bot: RunningBot): Promise<{ code: number | null; stoppedWithinGrace: boolean }> {
  const exited = once(bot.child, 'exit') as Promise<[number | null]>;
  bot.child.kill('SIGTERM');
  const result = await Promise.race([exited.then(([code]) => ({ code, stoppedWithinGrace: true })), new Promise<{ code: null; stoppedWithinGrace: false }>((resolve) => setTimeout(() => resolve({ code: null, stoppedWithinGrace: false }), GRACE_PERIOD_MS).unref())]);
  if (!result.stoppedWithinGrace) bot.child.kill('SIGKILL');
  return result;
}

const ReplySchema = z.object({ activities: z.array(z.object({ type: z.string(), text: z.string().optional(), attachments: z.array(z.unknown()).optional() })) });

let sequence = 0;
async function say(url: string, text: string) {
  sequence += 1;
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `production-${sequence}`,
      text,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:1',
      deliveryMode: 'expectReplies',
      conversation: { id: 'production-conversation' },
      from: { id: 'production-admin' },
      recipient: { id: 'bot' },
      locale: 'en-US',
    }),
  });
  expect(response.status).toBe(200);
  const replies = ReplySchema.parse(await response.json()).activities.filter((activity) => activity.type === 'message');
  return { texts: replies.map((reply) => reply.text ?? ''), content: JSON.stringify(replies.map((reply) => [reply.text, reply.attachments])) };
}

function userOf(pid: number | undefined): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('Uid:'));
  return Number(line?.split(/\s+/)[1]);
}

describe('the production start, from a clean folder', () => {
  it('holds the built bot and production dependencies only', () => {
    const installed = readdirSync(join(stageDir, 'node_modules'));
    expect(installed).toEqual(expect.arrayContaining(['botbuilder', 'restify', 'zod']));
    for (const devOnly of ['typescript', 'vitest', 'tsx', 'eslint', 'azurite']) expect(installed).not.toContain(devOnly);
    expect(readdirSync(join(stageDir, 'dist')).sort()).toEqual(['bot', 'cards', 'dialogs', 'domain', 'i18n']);
    expect(existsSync(join(stageDir, 'dist', 'bot', 'index.js'))).toBe(true);
  });

  it('starts without compiling as an unprivileged user, answers the probe and a conversation, stops on SIGTERM within the grace period keeping its state', { timeout: 180_000 }, async () => {
    const dataDir = scratchDir('ua-production-data-');
    let italianHelp = '';
    const first = await startBot(dataDir);
    try {
      if (process.platform === 'linux') expect(userOf(first.child.pid)).not.toBe(0);
      const health = await fetch(`${first.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', storage: true });

      const inEnglish = await say(first.url, 'help');
      expect(inEnglish.texts.length).toBeGreaterThan(0);
      expect((await say(first.url, 'italiano')).texts.join('\n')).toContain(messagesFor('it').ui.languageSwitched);
      const inItalian = await say(first.url, 'help');
      expect(inItalian.content).not.toBe(inEnglish.content);
      italianHelp = inItalian.content;
    } finally {
      const stopped = await stopBot(first);
      expect(stopped).toEqual({ code: 0, stoppedWithinGrace: true });
    }
    expect(first.output()).toContain('host stopped');

    // A new instance on the same state: the language chosen before the stop was saved.
    const second = await startBot(dataDir);
    try {
      expect((await say(second.url, 'help')).content).toBe(italianHelp);
    } finally {
      expect(await stopBot(second)).toEqual({ code: 0, stoppedWithinGrace: true });
    }
  });
});
