/**
 * The scale-out store: our bot's real journey with STORAGE=blobs against Azurite (the Azure blob
 * emulator), the bot in its own process. `npm run bench:blobs`; BENCH_SECONDS, BENCH_PHASES and
 * BENCH_CONNECTIONS change the run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { startAzurite } from '../test/storage/azurite.js';
import { latencyChartSvg, type ChartSeries } from './storage-chart.js';
import { newConversation } from './support/activities.js';
import { startChildServer } from './support/child-server.js';
import { HttpClient } from './support/http-client.js';
import { runJourney } from './support/journey.js';
import { runLoad, turnsPerSecond } from './support/load.js';
import { consoleTable, markdownTable } from './support/markdown-table.js';
import { randomTenantFacts } from './support/random-facts.js';
import { SeededRandom } from './support/seeded-random.js';
import { quantile, round3 } from './support/stats.js';

const settings = z
  .object({
    BENCH_SECONDS: z.coerce.number().positive().default(10),
    BENCH_PHASES: z.coerce.number().int().positive().default(4),
    BENCH_CONNECTIONS: z.coerce.number().int().positive().default(50),
    BENCH_SEED: z.coerce.number().int().default(11),
  })
  .parse(process.env);

const RESULTS = new URL('./results/', import.meta.url);

const azurite = await startAzurite();
try {
  const server = await startChildServer('upgrade-assistant', {
    env: { STORAGE: 'blobs', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER_NAME: 'bench-state', LOG_LEVEL: 'silent' },
  });
  const client = new HttpClient(server.url, settings.BENCH_CONNECTIONS);
  const random = new SeededRandom(settings.BENCH_SEED);
  try {
    const phase = (seconds: number) =>
      runLoad({
        concurrency: settings.BENCH_CONNECTIONS,
        durationMs: seconds * 1000,
        conversation: (index) => runJourney(client, newConversation(`blobs-${index}`), randomTenantFacts(random)),
        progress: (done, elapsed) => process.stdout.write(`\r  ${done} conversations, ${(elapsed / 1000).toFixed(0)} s   `),
      });
    console.log(`Blobs turns: Azurite, ${settings.BENCH_CONNECTIONS} connections, ${settings.BENCH_PHASES} phases of ${settings.BENCH_SECONDS} s, ${availableParallelism()} CPUs`);
    let stored = (await phase(2)).conversations;
    const rows: (string | number)[][] = [];
    const p50: ChartSeries['points'] = [];
    const p99: ChartSeries['points'] = [];
    let totalFailures = 0;
    let firstFailure = '';
    for (let index = 0; index < settings.BENCH_PHASES; index++) {
      const cpuBefore = await server.cpuMicros();
      const load = await phase(settings.BENCH_SECONDS);
      const cpu = (await server.cpuMicros()) - cpuBefore;
      process.stdout.write('\r\x1b[K');
      const latencies = load.samples.map((sample) => sample.ms);
      const storedBefore = stored;
      stored += load.conversations;
      totalFailures += load.failures.length;
      firstFailure ||= load.failures[0]?.failures.join('; ') ?? '';
      rows.push([
        index + 1,
        storedBefore,
        load.conversations,
        load.samples.length,
        round3(turnsPerSecond(load)),
        round3(quantile(latencies, 0.5)),
        round3(quantile(latencies, 0.99)),
        Math.round(cpu / load.samples.length),
        load.samples.filter((sample) => sample.status >= 500).length,
        load.failures.length,
      ]);
      p50.push({ conversations: stored, ms: round3(quantile(latencies, 0.5)) });
      p99.push({ conversations: stored, ms: round3(quantile(latencies, 0.99)) });
      console.log(`  phase ${index + 1}: ${rows.at(-1)?.[4]} turns/s, p50 ${rows.at(-1)?.[5]} ms`);
    }
    const headers = ['phase', 'conversations stored before', 'conversations', 'turns', 'turns/s', 'p50 ms', 'p99 ms', 'bot CPU µs/turn', '5xx', 'failed conversations'];
    console.log(consoleTable(headers, rows));
    if (firstFailure) console.log(`  first failure: ${firstFailure}`);
    await mkdir(RESULTS, { recursive: true });
    await writeFile(
      new URL('blobs-turns.svg', RESULTS),
      latencyChartSvg('Turn latency with STORAGE=blobs (Azurite) against conversations stored', [
        { label: 'blobs p50', color: '#1f77b4', points: p50 },
        { label: 'blobs p99', color: '#1f77b4', dashed: true, points: p99 },
      ]),
    );
    await writeFile(
      new URL('blobs-turns.md', RESULTS),
      [
        '# Turns with the scale-out store (Azure blobs on Azurite)',
        '',
        `Run ${new Date().toISOString()} on Node ${process.version}, ${availableParallelism()} CPU(s) (\`npm run bench:blobs\`). ` +
          `${settings.BENCH_CONNECTIONS} connections, ${settings.BENCH_PHASES} phases of ${settings.BENCH_SECONDS} s after a 2 s warm-up, seed ${settings.BENCH_SEED}.`,
        '',
        'The whole bot with `STORAGE=blobs` in its own process; Azurite (the Azure Storage emulator, `azurite-blob`) on 127.0.0.1 with a',
        'throwaway folder, on the same 2 cores. Each conversation is the real journey (facts drawn at random, seeded), the diagnosis checked',
        'against `diagnose()`. Every turn reads and writes the conversation blob (with its eTag) and reads the user blob.',
        '',
        markdownTable(headers, rows),
        '',
        `Failed conversations in all: ${totalFailures}.`,
        '',
        '![turn latency against conversations stored](blobs-turns.svg)',
        '',
      ].join('\n'),
    );
    console.log('Wrote bench/results/blobs-turns.md and blobs-turns.svg');
  } finally {
    client.close();
    await server.stop();
  }
} finally {
  await azurite.stop();
}
