import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DamagedFileReport } from '../../bot/storage/damaged-file.js';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { LowdbCaseStore } from '../../bot/storage/lowdb-case-store.js';
import { describeCaseStoreContract } from './case-store-contract.js';
import { useTempDirs } from './temp-dir.js';
import { upgradeCaseV1 } from '../../domain/index.js';
import { triageCase, triageCaseV1 } from './triage-case-fixture.js';

const makeTempDir = useTempDirs();

function openCaseStore(casesDir: string) {
  const damaged: DamagedFileReport[] = [];
  const store = new LowdbCaseStore({ casesDir, onDamagedFile: (report) => damaged.push(report) });
  return { store, damaged };
}

describeCaseStoreContract('LowdbCaseStore', async () => openCaseStore(await makeTempDir()).store);

describe('LowdbCaseStore on disk', () => {
  it('keeps cases across restarts (a new store on the same folder)', async () => {
    const casesDir = await makeTempDir();
    const first = openCaseStore(casesDir).store;
    await first.save(triageCase({ id: 'UA-HHHHH2', createdAt: '2026-11-19T10:00:00Z' }));
    await first.save(triageCase({ id: 'UA-HHHHH3', createdAt: '2026-11-20T10:00:00Z' }));
    await first.close();
    const second = openCaseStore(casesDir).store;
    expect((await second.listByAgent('agent-1', 10)).map((c) => c.id)).toEqual(['UA-HHHHH3', 'UA-HHHHH2']);
    expect(await second.get('UA-HHHHH2')).toEqual(triageCase({ id: 'UA-HHHHH2', createdAt: '2026-11-19T10:00:00Z' }));
  });

  it('keeps each case in a file of its own under by-id/', async () => {
    const casesDir = await makeTempDir();
    const { store } = openCaseStore(casesDir);
    await store.save(triageCase({ id: 'UA-JJJJJ2' }));
    const file = hashedFilePath(join(casesDir, 'by-id'), 'UA-JJJJJ2');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(triageCase({ id: 'UA-JJJJJ2' }));
  });

  it('sets aside and reports a hand-edited case file, then lists the others', async () => {
    const casesDir = await makeTempDir();
    const { store, damaged } = openCaseStore(casesDir);
    await store.save(triageCase({ id: 'UA-KKKKK2', createdAt: '2026-11-19T10:00:00Z' }));
    await store.save(triageCase({ id: 'UA-KKKKK3', createdAt: '2026-11-20T10:00:00Z' }));
    const file = hashedFilePath(join(casesDir, 'by-id'), 'UA-KKKKK3');
    await writeFile(file, JSON.stringify({ ...triageCase({ id: 'UA-KKKKK3' }), facts: { currentPlan: 'no-such-plan' } }));
    expect((await store.listByAgent('agent-1', 10)).map((c) => c.id)).toEqual(['UA-KKKKK2']);
    expect(damaged.map((report) => report.file)).toEqual([file]);
    const shard = await readdir(join(file, '..'));
    expect(shard.some((name) => name.includes('.damaged-'))).toBe(true);
  });

  it('sets aside and reports a truncated agent index', async () => {
    const casesDir = await makeTempDir();
    const { store, damaged } = openCaseStore(casesDir);
    await store.save(triageCase({ id: 'UA-LLLLL2' }));
    const index = hashedFilePath(join(casesDir, 'by-agent'), 'agent-1');
    const text = await readFile(index, 'utf8');
    await writeFile(index, text.slice(0, text.length / 2));
    expect(await store.listByAgent('agent-1', 10)).toEqual([]);
    expect(damaged).toEqual([expect.objectContaining({ file: index, reason: expect.stringMatching(/not valid JSON/) })]);
    // The case itself is untouched and the next save starts a fresh index.
    expect(await store.get('UA-LLLLL2')).toBeDefined();
    await store.save(triageCase({ id: 'UA-LLLLL2' }));
    expect((await store.listByAgent('agent-1', 10)).map((c) => c.id)).toEqual(['UA-LLLLL2']);
  });

  it('keeps every case when many are saved at once for one agent', async () => {
    const { store } = openCaseStore(await makeTempDir());
    const ids = ['UA-MMMMM2', 'UA-MMMMM3', 'UA-MMMMM4', 'UA-MMMMM5', 'UA-MMMMM6', 'UA-MMMMM7'];
    await Promise.all(ids.map((id, minute) => store.save(triageCase({ id, createdAt: `2026-11-20T10:0${minute}:00Z` }))));
    expect((await store.listByAgent('agent-1', 10)).map((c) => c.id)).toEqual([...ids].reverse());
  });

  it('reads cases an older version stored (schema 1), upgraded, and finds them in the rebuilt catalog', async () => {
    const casesDir = await makeTempDir();
    const old = triageCaseV1({ id: 'UA-NNNNN4', createdAt: '2026-10-01T08:00:00.000Z' });
    const file = hashedFilePath(join(casesDir, 'by-id'), old.id);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(old));
    const { store, damaged } = openCaseStore(casesDir);
    const upgraded = await store.get(old.id);
    expect(upgraded).toEqual(upgradeCaseV1(old));
    expect(upgraded).toMatchObject({ schemaVersion: 2, status: 'open', updatedAt: old.createdAt });
    expect((await store.summaries()).map((line) => line.id)).toEqual([old.id]);
    expect(damaged).toEqual([]);
    // Its next change writes it as version 2.
    await store.update(old.id, (current) => ({ ...current, status: 'resolved' }));
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ schemaVersion: 2, status: 'resolved' });
  });

  it('sets aside a damaged catalog and rebuilds it from the case files', async () => {
    const casesDir = await makeTempDir();
    const first = openCaseStore(casesDir).store;
    await first.save(triageCase({ id: 'UA-NNNNN5', ticket: '777' }));
    await first.close();
    await writeFile(join(casesDir, 'catalog.json'), '{"catalogVersion":1,"cases":[');
    const { store, damaged } = openCaseStore(casesDir);
    expect((await store.summaries()).map((line) => line.ticket)).toEqual(['777']);
    expect(damaged).toEqual([expect.objectContaining({ file: join(casesDir, 'catalog.json'), reason: expect.stringMatching(/not valid JSON/) })]);
  });
});
