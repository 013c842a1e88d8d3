import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LowdbCaseStore } from '../../bot/storage/lowdb-case-store.js';
import { mountSmallDisk, type SmallDisk } from '../storage/small-disk.js';
import { triageCase } from '../storage/triage-case-fixture.js';
import { byScale, reportDrill } from './drill-scale.js';

function caseFilesOnDisk(casesDir: string): number {
  const byId = join(casesDir, 'by-id');
  let count = 0;
  for (const shard of readdirSync(byId)) count += readdirSync(join(byId, shard)).filter((name) => /^[0-9a-f]{64}\.json$/.test(name)).length;
  return count;
}

const ID_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const caseId = (n: number) => `UA-${Array.from({ length: 6 }, (_unused, place) => ID_LETTERS[Math.floor(n / ID_LETTERS.length ** place) % ID_LETTERS.length]).join('')}`;

describe('case saves on a nearly full disk', () => {
  let disk: SmallDisk;
  beforeAll(() => {
    disk = mountSmallDisk(2 * 1024 * 1024);
  });
  afterAll(() => disk?.unmount());

  it('a case is saved whole (file, agent index, catalog) or not at all: no case file without its catalog entry', async () => {
    const rounds = byScale(4, 12);
    const casesDir = join(disk.dir, `cases-${Date.now()}`);
    const store = new LowdbCaseStore({ casesDir, onDamagedFile: () => undefined });
    const saved = new Set<string>();
    let refused = 0;
    let next = 0;
    for (let round = 0; round < rounds; round += 1) {
      // The first round has room; then room for a few cases, and the disk fills partway through a save
      // (the catalog, the biggest file and the last written, is the one that does not fit).
      if (round > 0) disk.fill(4 * 1024 * (1 + (round % 8)));
      for (let attempt = 0; attempt < (round === 0 ? 5 : 20); attempt += 1) {
        const id = caseId((next += 1));
        try {
          await store.save(triageCase({ id, customer: `Customer ${id} ${'x'.repeat(100)}`, agentId: `agent-${attempt % 3}` }));
          saved.add(id);
        } catch {
          refused += 1;
        }
      }
      disk.free();
    }
    const reopened = new LowdbCaseStore({ casesDir, onDamagedFile: () => undefined });
    const catalog = new Set((await reopened.summaries()).map((summary) => summary.id));
    const files = caseFilesOnDisk(casesDir);
    const listed = (await Promise.all(['agent-0', 'agent-1', 'agent-2'].map((agent) => reopened.listByAgent(agent, 10_000)))).flat().length;
    reportDrill('case saves on a full disk', { saves: next, saved: saved.size, refused, caseFiles: files, inCatalog: catalog.size, inAgentLists: listed });
    expect(refused).toBeGreaterThan(0);
    expect([...catalog].sort()).toEqual([...saved].sort());
    expect(files).toBe(saved.size);
    expect(listed).toBe(saved.size);
  }, 60_000);
});
