import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ChildMessageSchema, type ChildMessage, type ServerKind } from '../servers/server-messages.js';
import { startNodeFlags } from './start-flags.js';

const ENTRY = fileURLToPath(new URL('../servers/server-process.ts', import.meta.url));

export interface ChildServer {
  kind: ServerKind;
  url: string;
  pid: number;
  /** CPU microseconds (user + system) the server process has used so far. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** npm start's flags left out (e.g. --no-memory-reducer, to measure what it buys). */
  withoutStartFlags?: string[];
  /** Starts the process under this open-file limit (util-linux prlimit), as a container's ulimit would. */
  openFiles?: number;
}

function nextMessage<T extends ChildMessage['type']>(child: ChildProcess, type: T): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (raw: unknown) => {
      const message = ChildMessageSchema.safeParse(raw);
      if (message.success && message.data.type === type) {
        cleanup();
        resolve(message.data as Extract<ChildMessage, { type: T }>);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the server process exited (${code}) before sending "${type}"`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts a benchmarked server in its own Node process (through tsx) and waits until it listens. */
export async function startChildServer(kind: ServerKind, options: ChildServerOptions = {}): Promise<ChildServer> {
  const startFlags = kind === 'upgrade-assistant' ? startNodeFlags().filter((flag) => !(options.withoutStartFlags ?? []).includes(flag)) : [];
  const nodeArgs = ['--import', 'tsx', ...startFlags, ...(options.nodeFlags ?? [])];
  const limited = options.openFiles === undefined ? {} : { execPath: 'prlimit', execArgv: [`--nofile=${options.openFiles}:${options.openFiles}`, '--', process.execPath, ...nodeArgs] };
  const child = fork(ENTRY, [kind], {
    // Our bot runs with the flags `npm start` gives it; the others as their samples run them.
    execArgv: nodeArgs,
    ...limited,
    env: { ...process.env, ...options.env, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await nextMessage(child, 'ready');
  let cpuQueue = Promise.resolve(0);
  return {
    kind,
    url,
    pid: child.pid ?? -1,
    cpuMicros() {
      // One question at a time, so each answer pairs with its question.
      cpuQueue = cpuQueue.then(async () => {
        const answer = nextMessage(child, 'cpu');
        child.send({ type: 'cpu' });
        const usage = await answer;
        return usage.user + usage.system;
      });
      return cpuQueue;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'stop' });
      await exited;
    },
  };
}
