import { z } from 'zod';
import { startBot } from '../support/start-bot.js';
import type { BenchServer } from './bench-server.js';
import { ParentMessageSchema, SERVER_KINDS, type ChildMessage, type ServerKind } from './server-messages.js';
import { startBareRestify } from './bare-restify.js';
import { startEchoBot } from './echo-bot.js';

/**
 * One benchmarked server in its own process, so its CPU time is its own. Started by
 * child-server.ts: argv[2] names the server, the environment configures our bot. Answers
 * `cpu` with process.cpuUsage() and `stop` by stopping and exiting.
 */
async function start(kind: ServerKind): Promise<BenchServer> {
  switch (kind) {
    case 'bare-restify':
      return startBareRestify();
    case 'echo-bot':
      return startEchoBot();
    case 'upgrade-assistant': {
      const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
      return startBot(env);
    }
  }
}

function tell(message: ChildMessage): void {
  process.send?.(message);
}

const kind = z.enum(SERVER_KINDS).parse(process.argv[2]);
const server = await start(kind);
process.on('message', (raw) => {
  const message = ParentMessageSchema.parse(raw);
  if (message.type === 'cpu') {
    const usage = process.cpuUsage();
    tell({ type: 'cpu', user: usage.user, system: usage.system });
  } else {
    void server.stop().finally(() => process.exit(0));
  }
});
tell({ type: 'ready', url: server.url });
