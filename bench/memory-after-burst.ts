/**
 * What --no-memory-reducer (npm start's flag) costs in memory and buys in pace: the bot (lowdb) in
 * a child process with npm start's flags, then without that flag; each serves a burst of whole
 * journeys (50 connections), then sits idle. Prints turns/s of the burst's second half, RSS at the
 * end of the burst, and RSS after the idle wait (VmRSS from /proc).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { newConversation } from './support/activities.js';
import { startChildServer } from './support/child-server.js';
import { HttpClient } from './support/http-client.js';
import { runJourney } from './support/journey.js';
import { runLoad, turnsPerSecond } from './support/load.js';
import { randomTenantFacts } from './support/random-facts.js';
import { SeededRandom } from './support/seeded-random.js';

const settings = z
  .object({
    BURST_SECONDS: z.coerce.number().positive().default(20),
    IDLE_SECONDS: z.coerce.number().positive().default(60),
    CONNECTIONS: z.coerce.number().int().positive().default(50),
  })
  .parse(process.env);

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

for (const [label, withoutStartFlags] of [
  ['npm start flags (--no-memory-reducer)', []],
  ['without --no-memory-reducer', ['--no-memory-reducer']],
] as const) {
  const dataDir = await mkdtemp(join(tmpdir(), 'memory-burst-'));
  const server = await startChildServer('upgrade-assistant', { env: { STORAGE: 'lowdb', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, withoutStartFlags: [...withoutStartFlags] });
  const client = new HttpClient(server.url, settings.CONNECTIONS);
  const random = new SeededRandom(26);
  const idleBefore = await rssMb(server.pid);
  const phase = (seconds: number) =>
    runLoad({
      concurrency: settings.CONNECTIONS,
      durationMs: seconds * 1000,
      conversation: (index) => runJourney(client, newConversation(`burst-${index}-${Math.random()}`), randomTenantFacts(random)),
    });
  await phase(settings.BURST_SECONDS / 2);
  const timed = await phase(settings.BURST_SECONDS / 2);
  const afterBurst = await rssMb(server.pid);
  client.close();
  await sleep(settings.IDLE_SECONDS * 1000);
  const afterIdle = await rssMb(server.pid);
  console.log(
    `${label}: ${Math.round(turnsPerSecond(timed))} turns/s (second half of a ${settings.BURST_SECONDS} s burst), RSS ${idleBefore} MB before, ${afterBurst} MB after the burst, ${afterIdle} MB after ${settings.IDLE_SECONDS} s idle`,
  );
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
