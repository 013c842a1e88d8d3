import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newConversation } from '../../bench/support/activities.js';
import { startChildServer } from '../../bench/support/child-server.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { runJourney } from '../../bench/support/journey.js';
import { runLoad } from '../../bench/support/load.js';
import { randomTenantFacts } from '../../bench/support/random-facts.js';
import { SeededRandom } from '../../bench/support/seeded-random.js';
import { byScale, FULL, reportDrill } from './drill-scale.js';

/** The default (4 MB) at full scale; a quarter MB in the quick run, so its few seconds compact several times. */
const THRESHOLD_KB = byScale(256, 4096);
const THRESHOLD_MB = THRESHOLD_KB / 1024;

async function journalMegabytes(journalDir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(journalDir).catch(() => [])) bytes += (await stat(join(journalDir, name)).catch(() => ({ size: 0 }))).size;
  return bytes / 1024 / 1024;
}

/** Far above the 150-300 MB a run takes, far below what a journal or cache that never lets go reaches. */
const MEMORY_BOUND_MB = 1024;

/** Whether the journal gets back under `bound` once nothing is appended, polled for up to 30 s. */
async function journalDrains(journalDir: string, bound: number): Promise<boolean> {
  for (let waited = 0; waited <= 30_000; waited += 250) {
    if ((await journalMegabytes(journalDir)) < bound) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function residentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'));
  return Number(line?.replace(/\D/g, '') ?? 0) / 1024;
}

describe('compaction under load', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('keeps the journal near its threshold and memory flat while the bench load runs', { timeout: byScale(90_000, 270_000) }, async () => {
    // The full drill loads for a time, to hold the pace; the quick one for a number of conversations,
    // about five thresholds of journal, so that a starved machine still fills and compacts it.
    const seconds = byScale(undefined, 40);
    const conversations = byScale(400, undefined);
    const dataDir = await mkdtemp(join(tmpdir(), 'ua-drill-compaction-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const bot = await startChildServer('upgrade-assistant', { env: { STORAGE: 'lowdb', DATA_DIR: dataDir, LOWDB_COMPACT_AFTER_KB: String(THRESHOLD_KB), LOG_LEVEL: 'silent' } });
    cleanups.push(() => bot.stop());
    const client = new HttpClient(bot.url, 50);
    cleanups.push(async () => client.close());
    const random = new SeededRandom(11);
    const journalDir = join(dataDir, 'state', 'journal');
    const journal: number[] = [];
    const memory: number[] = [];
    const sampler = setInterval(() => {
      void journalMegabytes(journalDir).then((megabytes) => journal.push(megabytes));
      memory.push(residentMegabytes(bot.pid));
    }, 250);
    const load = await runLoad({
      concurrency: 50,
      ...(seconds === undefined ? {} : { durationMs: seconds * 1000 }),
      ...(conversations === undefined ? {} : { conversations }),
      conversation: (index) => runJourney(client, newConversation(`compaction-${index}`), randomTenantFacts(random)),
    });
    const peakJournal = Math.max(...journal);
    // Sampling goes on while the journal drains: a compaction started by the load's last writes counts.
    const bound = 2 * THRESHOLD_MB + 1;
    const drained = await journalDrains(journalDir, bound);
    clearInterval(sampler);
    const secondHalf = memory.slice(Math.floor(memory.length / 2));
    // A sample smaller than the one before: a compaction removed a segment.
    const compactions = journal.filter((megabytes, index) => index > 0 && megabytes < (journal[index - 1] ?? 0)).length;
    reportDrill('compaction-under-load', {
      seconds: (load.elapsedMs / 1000).toFixed(1),
      turns: load.samples.length,
      turnsPerSecond: Math.round(load.samples.length / (load.elapsedMs / 1000)),
      thresholdMB: THRESHOLD_MB.toFixed(2),
      maxJournalMB: peakJournal.toFixed(1),
      rssMB: `${Math.min(...memory).toFixed(0)}-${Math.max(...memory).toFixed(0)}`,
      rssSecondHalfMB: `${Math.min(...secondHalf).toFixed(0)}-${Math.max(...secondHalf).toFixed(0)}`,
      compactions,
      failedConversations: load.failures.length,
    });
    expect(load.failures).toEqual([]);
    expect(compactions, 'the journal passed its threshold and was compacted').toBeGreaterThan(0);
    // Near the threshold: one segment filling while the one before it is compacted, and what the
    // load appends meanwhile (the audit saw 3 to 10 times the threshold, and growing).
    // How far the journal runs ahead during the load is a pace: with the other core busy, compaction
    // is starved and a quick run reached 2.6 MB against 1.5. So `npm run drill` holds the pace, and
    // every run holds what must not depend on the machine: once the load stops, the journal drains.
    if (FULL) expect(peakJournal).toBeLessThan(bound);
    expect(drained, 'the journal came back under its bound after the load').toBe(true);
    // Memory stays bounded: what one process holds for a few thousand small conversations.
    expect(Math.max(...memory)).toBeLessThan(MEMORY_BOUND_MB);
  });
});
