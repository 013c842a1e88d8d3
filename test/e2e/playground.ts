import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { findFreePort } from './free-port.js';

/** The Teams user the Playground impersonates; it arrives as `activity.from` (id, name, aadObjectId). */
export const playgroundUserSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(256),
  aadObjectId: z.guid().default('00000000-0000-0000-0000-000000000020'),
  givenName: z.string().min(1).optional(),
  surname: z.string().min(1).optional(),
  email: z.email().optional(),
});
export type PlaygroundUser = z.input<typeof playgroundUserSchema>;

export const playgroundOptionsSchema = z.object({
  /** The bot's messages endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: z.url(),
  channelId: z.enum(['msteams', 'directline', 'webchat', 'emulator', 'agents']).default('msteams'),
  user: playgroundUserSchema.optional(),
  /** The personal chat's conversation id; a fresh one per Playground unless given. */
  personalChatId: z.string().min(1).optional(),
  startTimeoutMs: z.number().int().positive().default(30_000),
  /** How many free ports to try when another process grabs ours between probing and listening. */
  maxAttempts: z.number().int().min(1).default(3),
  /** Where ports come from; tests of the retry hand in a taken one. */
  findPort: z
    .custom<() => Promise<number>>((value) => typeof value === 'function', { message: 'findPort must be a function' })
    .default(() => findFreePort),
});
export type PlaygroundOptions = z.input<typeof playgroundOptionsSchema>;

export interface Playground {
  /** The web page to open, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly port: number;
  /** The CLI's process id, also its process group id (stop() signals the whole group). */
  readonly pid: number;
  /** The conversation id of the personal chat the page opens on (activity.conversation.id). */
  readonly personalChatId: string;
  /** The user the Playground plays. */
  readonly user: z.output<typeof playgroundUserSchema>;
  /** Everything the Playground wrote to stdout and stderr so far, for failure messages. */
  output(): string;
  /**
   * Posts an activity to the Playground's "custom activity" endpoint, which forwards it to the bot
   * as is (the page does not show it, but the bot's replies do show). See custom-activity.ts.
   */
  sendActivityToBot(activity: Record<string, unknown>): Promise<void>;
  /** Stops the Playground and every process it started. Safe to call more than once. */
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const cliPath = require.resolve('@microsoft/m365agentsplayground/cli.js');

const DEFAULT_USER = { id: 'user-id-0', name: 'Alex Wilber' } as const;

// The Playground's own config format (schema 0.1.1). YAML is a superset of JSON, so JSON is written as is.
function configFile(user: z.output<typeof playgroundUserSchema>, personalChatId: string): string {
  // The schema wants exactly five other users; their ids carry a prefix so they never clash with the current user.
  const teammates = ['Megan Bowen', 'Adele Vance', 'Isaiah Langer', 'Patti Fernandez', 'Lynne Robbins'].map((name, index) => ({
    id: `playground-teammate-${index + 1}`,
    name,
    userPrincipleName: `teammate${index + 1}@example.com`,
    aadObjectId: `00000000-0000-0000-0000-00000000003${index + 1}`,
    givenName: name.split(' ')[0],
    surname: name.split(' ')[1],
    email: `teammate${index + 1}@example.com`,
  }));
  const currentUser = {
    id: user.id,
    name: user.name,
    userPrincipleName: user.email ?? 'alexw@example.com',
    aadObjectId: user.aadObjectId,
    givenName: user.givenName ?? user.name.split(' ')[0],
    surname: user.surname ?? user.name.split(' ').slice(1).join(' '),
    email: user.email ?? 'alexw@example.com',
  };
  return JSON.stringify(
    {
      version: '0.1.1',
      tenantId: '00000000-0000-0000-0000-0000000000001',
      bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' },
      currentUser,
      users: teammates,
      personalChat: { id: personalChatId },
      groupChat: { id: 'group-chat-id', name: 'Group Chat' },
      team: { id: 'team-id', name: 'My Team', aadGroupId: '00000000-0000-0000-0000-000000000031', channels: [] },
    },
    null,
    2,
  );
}

/** Sends the whole process group a signal; the group may already be gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL'); // the CLI is gone; make sure nothing it spawned lingers
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const stoppedInTime = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
  signalGroup(child, 'SIGKILL');
  if (!stoppedInTime) await exited;
}

const listeningLine = /Listening on (\d+)/;

function errorLinesOf(logPath: string): string {
  let log: string;
  try {
    log = readFileSync(logPath, 'utf8');
  } catch {
    return '';
  }
  const errors = log.split('\n').filter((line) => line.startsWith('error '));
  return errors.length === 0 ? '' : `\n[playground log]\n${errors.join('\n')}`;
}

/** Resolves with the port the Playground reports, or rejects when it exits or the time runs out. */
function waitForListening(child: ChildProcess, output: () => string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const match = listeningLine.exec(output());
      if (match?.[1] !== undefined) finish(() => resolve(Number(match[1])));
    };
    const onExit = (code: number | null, signal: string | null): void =>
      finish(() => reject(new Error(`Playground exited (code ${code}, signal ${signal}) before listening:\n${output()}`)));
    const timer = setTimeout(
      () => finish(() => reject(new Error(`Playground did not listen within ${timeoutMs} ms:\n${output()}`))),
      timeoutMs,
    );
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', onExit);
      settle();
    };
    child.stdout?.on('data', check);
    child.once('exit', onExit);
    check();
  });
}

async function waitForPing(baseUrl: string, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}_debug/ping`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok && (await response.text()) === 'pong') return;
      lastError = new Error(`ping answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await delay(100);
  }
  throw new Error(`Playground at ${baseUrl} never answered its ping: ${String(lastError)} ${String((lastError as {cause?: unknown} | undefined)?.cause)}\n${output()}`);
}

/**
 * Starts the Microsoft 365 Agents Playground on a free loopback port, pointed at `botEndpoint`, and
 * waits until it answers. Its working directory, log file and config are in a fresh temp dir so
 * nothing lands in the repository; `stop()` kills its whole process group.
 */
export async function startPlayground(input: PlaygroundOptions): Promise<Playground> {
  const options = playgroundOptionsSchema.parse(input);
  const user = playgroundUserSchema.parse(options.user ?? DEFAULT_USER);
  const workDir = await mkdtemp(join(tmpdir(), 'playground-'));
  const configPath = join(workDir, 'playground.yml');
  const logPath = join(workDir, 'playground.log');
  const personalChatId = options.personalChatId ?? `personal-chat-${randomUUID()}`;
  await writeFile(configPath, configFile(user, personalChatId));

  const failures: string[] = [];
  for (let attempt = 1; attempt <= options.maxAttempts; attempt += 1) {
    const requestedPort = await options.findPort();
    let captured = '';
    const child = spawn(
      process.execPath,
      [cliPath, '-e', options.botEndpoint, '-c', options.channelId, '-p', String(requestedPort), '--disable-telemetry'],
      {
        cwd: workDir,
        detached: true, // its own process group, so stop() reaches every child it spawns
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          TEAMSAPPTESTER_BROWSER: 'none',
          M365_AGENTS_PLAYGROUND_LOGFILE: logPath,
          M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        },
      },
    );
    // Startup errors (a bad config file, say) go only to the log file, after "Listening on": show both.
    const output = (): string => `${captured}${errorLinesOf(logPath)}`;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (captured += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (captured += chunk));

    try {
      const port = await waitForListening(child, output, options.startTimeoutMs);
      // Given a taken port the Playground silently picks a random one; we want the port we chose.
      if (port !== requestedPort) throw new Error(`port ${requestedPort} was taken, the Playground moved to ${port}`);
      const url = `http://127.0.0.1:${port}/`;
      await waitForPing(url, options.startTimeoutMs, output);
      return runningPlayground({ child, url, port, output, workDir, personalChatId, user });
    } catch (error) {
      await stopGroup(child);
      failures.push(`attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await rm(workDir, { recursive: true, force: true });
  throw new Error(`Could not start the Playground:\n${failures.join('\n')}`);
}

function runningPlayground({
  child,
  url,
  port,
  output,
  workDir,
  personalChatId,
  user,
}: {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  workDir: string;
  personalChatId: string;
  user: z.output<typeof playgroundUserSchema>;
}): Playground {
  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    pid: z.number().int().positive().parse(child.pid),
    personalChatId,
    user,
    output,
    async sendActivityToBot(activity) {
      const response = await fetch(`${url}_internal/v1/customActivities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      if (!response.ok) throw new Error(`Playground refused the activity: ${response.status} ${await response.text()}`);
    },
    stop() {
      stopping ??= stopGroup(child).then(() => rm(workDir, { recursive: true, force: true }));
      return stopping;
    },
  };
}
