/**
 * Scale-out on Azure's engines, emulated: 1, 2 and 3 bot processes on one Azurite (blobs and
 * queues) behind a round-robin proxy on loopback. For each: the bench's journey load (turns/s, p50,
 * p99, storage requests a turn), then check-backs booked on the queue and all made due at once
 * (sent per second). `npm run bench:scale-out`; BENCH_SECONDS, BENCH_CONNECTIONS and
 * BENCH_CHECK_BACKS change the run. Writes bench/results/scale-out.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { newConversation } from './support/activities.js';
import { HttpClient } from './support/http-client.js';
import { runJourney } from './support/journey.js';
import { runLoad, turnsPerSecond } from './support/load.js';
import { consoleTable, markdownTable } from './support/markdown-table.js';
import { randomTenantFacts } from './support/random-facts.js';
import { drillCheckBack, startScaleOutCluster } from './support/scale-out-cluster.js';
import { SeededRandom } from './support/seeded-random.js';
import { quantile, round3 } from './support/stats.js';

const settings = z
  .object({
    BENCH_SECONDS: z.coerce.number().positive().default(15),
    BENCH_CONNECTIONS: z.coerce.number().int().positive().default(30),
    BENCH_CHECK_BACKS: z.coerce.number().int().positive().default(500),
    BENCH_SEED: z.coerce.number().int().default(28),
  })
  .parse(process.env);

const RESULTS = new URL('./results/', import.meta.url);
const headers = ['instances', 'turns', 'turns/s', 'p50 ms', 'p99 ms', '5xx', 'failed conversations', 'storage requests/turn', 'check-backs', 'check-backs sent/s', 'last sent after due (s)', 'load average (1 min)'];
const rows: (string | number)[][] = [];

for (const instances of [1, 2, 3]) {
  const cluster = await startScaleOutCluster({ instances });
  const client = new HttpClient(cluster.url, settings.BENCH_CONNECTIONS);
  const random = new SeededRandom(settings.BENCH_SEED);
  try {
    const phase = (seconds: number) =>
      runLoad({
        concurrency: settings.BENCH_CONNECTIONS,
        durationMs: seconds * 1000,
        conversation: (index) => runJourney(client, newConversation(`scale-${instances}-${index}`), randomTenantFacts(random)),
      });
    await phase(3);
    const requestsBefore = cluster.storageRequests();
    const load = await phase(settings.BENCH_SECONDS);
    const storageRequests = cluster.storageRequests() - requestsBefore;
    const latencies = load.samples.map((sample) => sample.ms);

    // Check-backs: booked ahead, all due at one moment; the rate is how fast the instances drain them.
    const dueAt = Date.now() + 20_000 + settings.BENCH_CHECK_BACKS * 20;
    const booked = Array.from({ length: settings.BENCH_CHECK_BACKS }, (_, index) => drillCheckBack(cluster.connector.serviceUrl, `bench-${instances}-${index}`, dueAt - Date.now()));
    for (let start = 0; start < booked.length; start += 50) await Promise.all(booked.slice(start, start + 50).map((checkBack) => cluster.checkBacks.schedule(checkBack)));
    if (Date.now() > dueAt) console.warn('  booking took longer than the wait before the due time: the rate below is low');
    const deadline = dueAt + 300_000;
    while (Date.now() < deadline && [...cluster.connector.posted.values()].length < booked.length) await sleep(250);
    const posts = [...cluster.connector.posted.values()].flat();
    const lastPost = Math.max(...posts);
    const drainSeconds = (lastPost - dueAt) / 1000;
    rows.push([
      instances,
      load.samples.length,
      round3(turnsPerSecond(load)),
      round3(quantile(latencies, 0.5)),
      round3(quantile(latencies, 0.99)),
      load.samples.filter((sample) => sample.status >= 500).length,
      load.failures.length,
      round3(storageRequests / load.samples.length),
      `${posts.length} of ${booked.length}`,
      round3(posts.length / Math.max(drainSeconds, 0.001)),
      round3(drainSeconds),
      round3(loadavg()[0] ?? 0),
    ]);
    console.log(`  ${instances} instance(s): ${rows.at(-1)?.[2]} turns/s, p99 ${rows.at(-1)?.[4]} ms, ${rows.at(-1)?.[9]} check-backs/s`);
  } finally {
    client.close();
    await cluster.stop();
  }
}

console.log(consoleTable(headers, rows));
await mkdir(RESULTS, { recursive: true });
await writeFile(
  new URL('scale-out.md', RESULTS),
  [
    '# Scale-out: 1, 2 and 3 instances on one Azurite (blobs and queues)',
    '',
    `Run ${new Date().toISOString()} on Node ${process.version}, ${availableParallelism()} CPU(s) (\`npm run bench:scale-out\`). ` +
      `${settings.BENCH_CONNECTIONS} connections, ${settings.BENCH_SECONDS} s of the bench's journey load after 3 s of warm-up, seed ${settings.BENCH_SEED}; ` +
      `then ${settings.BENCH_CHECK_BACKS} check-backs booked on the queue and all made due at one moment.`,
    '',
    'Every process (the bots, Azurite\'s blob and queue services, the round-robin proxy, the counting proxy in front of Azurite and',
    'this load generator) shares the machine\'s 2 cores, and other work was running on them (the load average column): **the cores',
    'are the limit**: a second or third instance adds no cores here, only processes competing for the same ones (what rises from one to two is the share of the cores the bots get against the other work).',
    '',
    markdownTable(headers, rows),
    '',
    '- *storage requests/turn*: requests the bots made to Azurite (blobs and queues) during the load, over its turns; the idle queue polls',
    '  (one receive per instance each `QUEUE_POLL_SECONDS`, 1 s here) are included.',
    '- *check-backs sent/s*: check-backs posted to the stand-in connector, over the seconds from their common due time to the last one.',
    '',
  ].join('\n'),
);
console.log('Wrote bench/results/scale-out.md');
