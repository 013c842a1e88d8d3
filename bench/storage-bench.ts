/**
 * Storage benchmark: LowdbStorage (one small lowdb file per key) against the naive design (every
 * key in one lowdb file), at 100, 10,000 and 100,000 stored conversations.
 * Each fill and each measurement runs in a fresh `node --expose-gc` process (storage-bench-worker.ts)
 * so memory figures belong to one store at one size.
 * Writes bench/results/storage.md and bench/results/storage.svg.   Run: npm run bench:storage
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { latencyChartSvg } from './storage-chart.js';
import type { Measurement, Phase } from './storage-bench-worker.js';

const SIZES = [100, 10_000, 100_000] as const;
/** Turns timed per size; the naive store rewrites its whole file per write, so it gets fewer. */
const TURNS = {
  lowdb: { 100: 2000, 10_000: 2000, 100_000: 2000 },
  naive: { 100: 300, 10_000: 40, 100_000: 10 },
} as const;
const TARGET_WRITE_RATIO = 2;
const HEAP_GROWTH_ALLOWED = 1.2;

type StoreName = keyof typeof TURNS;
interface Row {
  store: StoreName;
  conversations: number;
  turns: number;
  writeP50: number;
  writeP99: number;
  readP50: number;
  readP99: number;
  rssMb: number;
  heapMb: number;
}

const run = promisify(execFile);
const workerPath = new URL('./storage-bench-worker.ts', import.meta.url).pathname;

async function runPhase(phase: Phase): Promise<string> {
  const child = run(process.execPath, ['--expose-gc', '--import', 'tsx', workerPath, JSON.stringify(phase)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  child.child.stderr?.pipe(process.stderr);
  return (await child).stdout;
}

function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3));
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function benchStore(store: StoreName): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), `ua-bench-${store}-`));
  const rows: Row[] = [];
  try {
    let filled = 0;
    for (const size of SIZES) {
      console.error(`  ${store}: filling to ${size.toLocaleString('en')} conversations`);
      await runPhase({ phase: 'fill', store, dir, from: filled, to: size });
      filled = size;
      const turns = TURNS[store][size];
      console.error(`  ${store}: timing ${turns} read+write turns at ${size.toLocaleString('en')}`);
      const measured = JSON.parse(await runPhase({ phase: 'measure', store, dir, size, turns })) as Measurement;
      rows.push({
        store,
        conversations: size,
        turns,
        writeP50: percentile(measured.writeMs, 0.5),
        writeP99: percentile(measured.writeMs, 0.99),
        readP50: percentile(measured.readMs, 0.5),
        readP99: percentile(measured.readMs, 0.99),
        rssMb: mb(measured.rssBytes),
        heapMb: mb(measured.heapUsedBytes),
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

function verdict(rows: Row[]): { met: boolean; lines: string[] } {
  const at = (size: number) => rows.find((row) => row.store === 'lowdb' && row.conversations === size);
  const [small, medium, large] = [at(100), at(10_000), at(100_000)];
  if (!small || !medium || !large) return { met: false, lines: ['LowdbStorage did not produce every size.'] };
  const writeRatio = large.writeP50 / small.writeP50;
  // With 100 conversations the LRU holds 100 documents; from 10,000 on it is full (1,000), so
  // growth between 10,000 and 100,000 is what growth with conversations stored would look like.
  const heapRatio = large.heapMb / medium.heapMb;
  const writeMet = writeRatio <= TARGET_WRITE_RATIO;
  const memoryMet = heapRatio <= HEAP_GROWTH_ALLOWED;
  return {
    met: writeMet && memoryMet,
    lines: [
      `- Write p50 at 100,000 is ${writeRatio.toFixed(2)}x the p50 at 100 (target at most ${TARGET_WRITE_RATIO}x): ${writeMet ? 'met' : 'NOT met'}.`,
      // At 100 every timed read hits the cache; from 10,000 on every one reads its file first, which
      // also slows the write after it (colder CPU caches). This ratio compares like with like.
      `  From 10,000 to 100,000, where every timed read misses the cache, write p50 changes ${(large.writeP50 / medium.writeP50).toFixed(2)}x.`,
      `- Heap after GC: ${small.heapMb} MB at 100, ${medium.heapMb} MB at 10,000, ${large.heapMb} MB at 100,000 ` +
        `(RSS ${small.rssMb} / ${medium.rssMb} / ${large.rssMb} MB). From 100 to 10,000 the LRU cache fills to its bound of ` +
        `1,000 documents; from 10,000 to 100,000 the heap changes ${heapRatio.toFixed(2)}x (allowed ${HEAP_GROWTH_ALLOWED}x): ` +
        `${memoryMet ? 'met, memory does not grow with conversations stored' : 'NOT met'}.`,
    ],
  };
}

function markdown(rows: Row[], result: { met: boolean; lines: string[] }, seconds: number): string {
  const header = '| store | conversations | turns timed | write p50 ms | write p99 ms | read p50 ms | read p99 ms | RSS MB | heap after GC MB |';
  const table = rows.map(
    (row) =>
      `| ${row.store} | ${row.conversations.toLocaleString('en')} | ${row.turns} | ${ms(row.writeP50)} | ${ms(row.writeP99)} | ` +
      `${ms(row.readP50)} | ${ms(row.readP99)} | ${row.rssMb} | ${row.heapMb} |`,
  );
  return [
    '# Storage benchmark',
    '',
    `Run ${new Date().toISOString()} on Node ${process.version}, ${cpus().length} CPU(s), in ${seconds.toFixed(0)} s (\`npm run bench:storage\`).`,
    '',
    '- **lowdb**: `LowdbStorage` (bot/storage): a write-ahead journal with group commit in front of one small lowdb file per',
    '  conversation (sharded by hash); past 4 MB of journal a background compaction moves the latest items into their files;',
    '  LRU of 1,000 compacted items. A timed write is the journal append; the compaction it later causes runs outside the timing',
    '  (its CPU is what `npx tsx bench/storage-write-cost.ts` counts).',
    '- **naive**: every conversation in ONE lowdb file (the design it replaces, written in bench/storage-naive-single-file.ts).',
    '',
    'A timed turn is what a bot turn does: read one random stored conversation, then write it back with eTag `*`',
    '(as `BotState.saveChanges` does). Each size is measured in a fresh process opening the filled store, so a',
    'read at 100,000 conversations usually misses the cache and reads its file. Memory is RSS and V8 heap after',
    '`global.gc()`, taken while the store is still open.',
    '',
    header,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...table,
    '',
    `## Target: ${result.met ? 'met' : 'NOT met'}`,
    '',
    ...result.lines,
    '',
    '![latency against conversations stored](storage.svg)',
    '',
  ].join('\n');
}

const started = performance.now();
console.error('Storage benchmark (each phase in its own process)');
const rows = [...(await benchStore('lowdb')), ...(await benchStore('naive'))];
const result = verdict(rows);
const seconds = (performance.now() - started) / 1000;

console.table(
  rows.map((row) => ({
    store: row.store,
    conversations: row.conversations,
    turns: row.turns,
    'write p50 ms': ms(row.writeP50),
    'write p99 ms': ms(row.writeP99),
    'read p50 ms': ms(row.readP50),
    'read p99 ms': ms(row.readP99),
    'RSS MB': row.rssMb,
    'heap MB': row.heapMb,
  })),
);
console.log(`Target ${result.met ? 'met' : 'NOT met'}:\n${result.lines.join('\n')}`);

const series = (store: StoreName, metric: 'writeP50' | 'readP50') =>
  rows.filter((row) => row.store === store).map((row) => ({ conversations: row.conversations, ms: row[metric] }));
const svg = latencyChartSvg('State write and read latency (p50)', [
  { label: 'lowdb write p50', color: '#1f6feb', points: series('lowdb', 'writeP50') },
  { label: 'lowdb read p50', color: '#1f6feb', dashed: true, points: series('lowdb', 'readP50') },
  { label: 'naive write p50', color: '#d1242f', points: series('naive', 'writeP50') },
  { label: 'naive read p50', color: '#d1242f', dashed: true, points: series('naive', 'readP50') },
]);
const resultsDir = new URL('./results/', import.meta.url).pathname;
await mkdir(resultsDir, { recursive: true });
await writeFile(join(resultsDir, 'storage.md'), markdown(rows, result, seconds));
await writeFile(join(resultsDir, 'storage.svg'), svg);
console.log(`Wrote ${join(resultsDir, 'storage.md')} and storage.svg`);
