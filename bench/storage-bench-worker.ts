/**
 * One phase of the storage benchmark in a process of its own, so memory figures belong to one
 * store at one size. Run by storage-bench.ts with `node --expose-gc --import tsx`.
 *   fill:    add conversations [from, to) to the store in `dir`
 *   measure: open the store fresh, time read-then-write turns on random stored conversations
 * Prints one JSON line on stdout; progress goes to stderr.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { LowdbStorage } from '../bot/storage/lowdb-storage.js';
import { NaiveSingleFileStorage } from './storage-naive-single-file.js';
import { conversationKey, conversationState } from './support/sample-state.js';

const PhaseSchema = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('fill'), store: z.enum(['lowdb', 'naive']), dir: z.string(), from: z.number().int(), to: z.number().int() }),
  z.object({ phase: z.literal('measure'), store: z.enum(['lowdb', 'naive']), dir: z.string(), size: z.number().int(), turns: z.number().int().positive() }),
]);
export type Phase = z.infer<typeof PhaseSchema>;

export interface Measurement {
  writeMs: number[];
  readMs: number[];
  rssBytes: number;
  heapUsedBytes: number;
}

const FILL_BATCH = 250;

const lowdbDir = (dir: string) => join(dir, 'state');
const naiveFile = (dir: string) => join(dir, 'all-conversations.json');

function reportProgress(done: number, total: number, started: number): void {
  const rate = Math.round(done / ((performance.now() - started) / 1000));
  process.stderr.write(`\r    filled ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${rate.toLocaleString('en')}/s)   `);
}

async function fill(phase: Extract<Phase, { phase: 'fill' }>): Promise<void> {
  const started = performance.now();
  if (phase.store === 'naive') {
    // The single file is rewritten whole on every write anyway; build it once.
    await NaiveSingleFileStorage.fill(naiveFile(phase.dir), phase.to, conversationState, conversationKey);
    reportProgress(phase.to, phase.to, started);
  } else {
    const storage = new LowdbStorage({ dataDir: lowdbDir(phase.dir), onDamagedFile: (report) => console.error(report) });
    let lastReport = 0;
    for (let start = phase.from; start < phase.to; start += FILL_BATCH) {
      const batch: Record<string, unknown> = {};
      for (let n = start; n < Math.min(start + FILL_BATCH, phase.to); n++) batch[conversationKey(n)] = conversationState(n);
      await storage.write(batch);
      if (performance.now() - lastReport > 500) {
        reportProgress(start + FILL_BATCH - phase.from, phase.to - phase.from, started);
        lastReport = performance.now();
      }
    }
    await storage.close();
    reportProgress(phase.to - phase.from, phase.to - phase.from, started);
  }
  process.stderr.write('\n');
}

async function openStore(phase: Extract<Phase, { phase: 'measure' }>): Promise<Storage> {
  if (phase.store === 'naive') return NaiveSingleFileStorage.open(naiveFile(phase.dir));
  return new LowdbStorage({ dataDir: lowdbDir(phase.dir), onDamagedFile: (report) => console.error(report) });
}

async function measure(phase: Extract<Phase, { phase: 'measure' }>): Promise<Measurement> {
  const storage = await openStore(phase);
  const writeMs: number[] = [];
  const readMs: number[] = [];
  // A bot turn: read the conversation's state, then save it (BotState writes with eTag '*').
  for (let turn = 0; turn < phase.turns; turn++) {
    const key = conversationKey(Math.floor(Math.random() * phase.size));
    let at = performance.now();
    const items = await storage.read([key]);
    readMs.push(performance.now() - at);
    const state = items[key] as Record<string, unknown> | undefined;
    if (!state) throw new Error(`benchmark key ${key} missing at size ${phase.size}`);
    at = performance.now();
    await storage.write({ [key]: { ...state, lastTurn: turn, eTag: '*' } });
    writeMs.push(performance.now() - at);
  }
  // Measured while the store is still open and holding whatever it keeps in memory.
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  const { rss, heapUsed } = process.memoryUsage();
  if (storage instanceof LowdbStorage) await storage.close();
  return { writeMs, readMs, rssBytes: rss, heapUsedBytes: heapUsed };
}

const phase = PhaseSchema.parse(JSON.parse(process.argv[2] ?? ''));
if (phase.phase === 'fill') {
  await fill(phase);
  process.stdout.write('{}\n');
} else {
  process.stdout.write(`${JSON.stringify(await measure(phase))}\n`);
}
