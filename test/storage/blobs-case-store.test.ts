import { randomUUID } from 'node:crypto';
import { ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobsCaseStore } from '../../bot/storage/blobs-case-store.js';
import { startAzurite, type RunningAzurite } from './azurite.js';
import { describeCaseStoreContract } from './case-store-contract.js';
import { triageCase } from './triage-case-fixture.js';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
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
});

async function listNames(container: ContainerClient, prefix: string): Promise<string[]> {
  const names: string[] = [];
  for await (const blob of container.listBlobsFlat({ prefix })) names.push(blob.name);
  return names;
}
