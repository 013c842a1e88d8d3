import { createHash, randomUUID } from 'node:crypto';
import { ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobsCaseStore } from '../../bot/storage/blobs-case-store.js';
import { startAzurite, type RunningAzurite } from './azurite.js';
import { describeCaseStoreContract } from './case-store-contract.js';
import { upgradeCaseV1 } from '../../domain/index.js';
import { triageCase, triageCaseV1 } from './triage-case-fixture.js';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite({ queues: false });
});
afterAll(async () => {
  await azurite?.stop();
});

function openCaseStore(containerName: string, listPageSize?: number) {
  const damaged: { blob: string; reason: string }[] = [];
  const container = new ContainerClient(azurite.connectionString, containerName);
  return { store: new BlobsCaseStore(container, (report) => damaged.push(report), { listPageSize }), container, damaged };
}

const freshContainerName = () => `cases-${randomUUID()}`;

describeCaseStoreContract('BlobsCaseStore on Azurite', async () => openCaseStore(freshContainerName()).store);

describe('BlobsCaseStore shared by bot instances', () => {
  it('lets one instance list and read the cases another saved', async () => {
    const name = freshContainerName();
    const first = openCaseStore(name).store;
    const second = openCaseStore(name).store;
    await first.save(triageCase({ id: 'UA-NNNNN2', createdAt: '2026-11-19T10:00:00Z' }));
    await second.save(triageCase({ id: 'UA-NNNNN3', createdAt: '2026-11-20T10:00:00Z' }));
    expect((await first.listByAgent('agent-1', 10)).map((c) => c.id)).toEqual(['UA-NNNNN3', 'UA-NNNNN2']);
    expect(await second.get('UA-NNNNN2')).toEqual(triageCase({ id: 'UA-NNNNN2', createdAt: '2026-11-19T10:00:00Z' }));
  });

  it('keeps cases under cases/ in the container, one blob per case', async () => {
    const { store, container } = openCaseStore(freshContainerName());
    await store.save(triageCase({ id: 'UA-PPPPP2' }));
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    expect(names.filter((blob) => blob.startsWith('cases/by-id/'))).toHaveLength(1);
    expect(names.every((blob) => blob.startsWith('cases/'))).toBe(true);
  });

  it('pages through many cases, past markers left by moved cases, to fill a limit', async () => {
    const { store, container } = openCaseStore(freshContainerName(), 4);
    const ids = Array.from({ length: 25 }, (_, n) => `UA-QQQQ${'23456789ABCDEFGHJKLMNPQRS'[n]}2`);
    await Promise.all(ids.map((id, n) => store.save(triageCase({ id, createdAt: new Date(Date.UTC(2026, 10, 1, n)).toISOString() }))));
    const newest = [...ids].reverse();
    expect((await store.listByAgent('agent-1', 21)).map((c) => c.id)).toEqual(newest.slice(0, 21));
    // The newest case moves to agent-2, and its old marker is put back as if the instance saving
    // it had died before removing it: listing must skip the stale marker.
    const markersBefore = await listNames(container, 'cases/by-agent/');
    const moved = await store.get(newest[0] ?? '');
    if (!moved) throw new Error('the newest case should exist');
    await store.save({ ...moved, agentId: 'agent-2' });
    const markersAfter = await listNames(container, 'cases/by-agent/');
    const staleMarkers = markersBefore.filter((name) => !markersAfter.includes(name));
    expect(staleMarkers).toHaveLength(1);
    await Promise.all(staleMarkers.map((name) => container.getBlockBlobClient(name).upload('', 0)));
    expect((await store.listByAgent('agent-1', 21)).map((c) => c.id)).toEqual(newest.slice(1, 22));
    expect((await store.listByAgent('agent-2', 21)).map((c) => c.id)).toEqual([moved.id]);
  });

  it('reports a damaged case blob and leaves it out', async () => {
    const { store, container, damaged } = openCaseStore(freshContainerName());
    await store.save(triageCase({ id: 'UA-RRRRR2' }));
    const [caseBlob] = await listNames(container, 'cases/by-id/');
    const broken = '{"id":"UA-RRRRR2",';
    await container.getBlockBlobClient(caseBlob ?? '').upload(broken, broken.length);
    expect(await store.get('UA-RRRRR2')).toBeUndefined();
    expect(await store.listByAgent('agent-1', 5)).toEqual([]);
    expect(damaged[0]).toEqual({ blob: caseBlob, reason: expect.stringMatching(/not valid JSON/) });
  });

  it('reads cases an older version stored (schema 1), upgraded, and builds the catalog from them', async () => {
    const name = freshContainerName();
    const { store, container } = openCaseStore(name);
    await store.save(triageCase({ id: 'UA-SSSSS2' }));
    // What version 1 left: the case blob and its marker, no catalog, no schema version.
    const old = triageCaseV1({ id: 'UA-SSSSS3' });
    const [caseBlob] = await listNames(container, 'cases/by-id/');
    const oldBlob = (caseBlob ?? '').replace(/[0-9a-f]{64}/, createHashOf(old.id));
    await container.getBlockBlobClient(oldBlob).upload(JSON.stringify(old), JSON.stringify(old).length);
    await container.getBlobClient('cases/catalog.json').delete();
    const other = openCaseStore(name).store;
    expect(await other.get(old.id)).toEqual(upgradeCaseV1(old));
    expect((await other.summaries()).map((line) => line.id).sort()).toEqual(['UA-SSSSS2', 'UA-SSSSS3']);
  });

  it('two instances updating one case and the catalog keep every change', async () => {
    const name = freshContainerName();
    const first = openCaseStore(name).store;
    const second = openCaseStore(name).store;
    await first.save(triageCase({ id: 'UA-TTTTT2' }));
    await second.summaries();
    await Promise.all([
      first.update('UA-TTTTT2', (current) => ({ ...current, ticket: '1001' })),
      second.save(triageCase({ id: 'UA-TTTTT3', ticket: '1002' })),
      second.update('UA-TTTTT2', (current) => ({ ...current, customer: 'Contoso' })),
    ]);
    expect(await first.get('UA-TTTTT2')).toMatchObject({ ticket: '1001', customer: 'Contoso' });
    const lines = await first.summaries();
    expect(lines.map((line) => [line.id, line.ticket, line.customer]).sort()).toEqual([
      ['UA-TTTTT2', '1001', 'Contoso'],
      ['UA-TTTTT3', '1002', undefined],
    ]);
  });
});

function createHashOf(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

async function listNames(container: ContainerClient, prefix: string): Promise<string[]> {
  const names: string[] = [];
  for await (const blob of container.listBlobsFlat({ prefix })) names.push(blob.name);
  return names;
}
