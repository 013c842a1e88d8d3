import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphTenantReader, type GraphTenantReaderOptions } from '../../bot/graph/index.js';
import { captureLogger } from '../host/host-fixture.js';
import { startFakeGraph, type FakeGraph } from './fake-graph.js';
import { clearTenant, GLOBAL_ADMIN_TEMPLATE, TENANT_ID } from './graph-fixtures.js';

const fake: FakeGraph = await startFakeGraph(clearTenant());
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset(clearTenant());
  fake.requests.length = 0;
});

function reader(options: Partial<GraphTenantReaderOptions> = {}) {
  return new GraphTenantReader({ baseUrl: fake.url, retryDelaySeconds: 0, timeoutMs: 3_000, ...options });
}

describe('reading a tenant from Graph', () => {
  it('reads every part Graph documents, with the token on every request', async () => {
    const { snapshot, faults } = await reader().read(fake.token);
    expect(faults).toEqual({});
    expect(snapshot.tenantId).toBe(TENANT_ID);
    expect(snapshot.skus).toEqual([
      expect.objectContaining({ skuPartNumber: 'SPE_E3', prepaidEnabled: 100, consumedUnits: 90, capabilityStatus: 'Enabled' }),
    ]);
    expect(snapshot.subscriptions).toEqual([{ skuPartNumber: 'SPE_E3', isTrial: false, status: 'Enabled', ownerTenantId: TENANT_ID, ownerType: 'User' }]);
    expect(snapshot.domains).toEqual([{ name: 'contoso.onmicrosoft.com', isVerified: true }]);
    expect(snapshot.serviceHealth).toContainEqual({ serviceId: 'Exchange', service: 'Exchange Online', status: 'ServiceOperational' });
    expect(snapshot.adminRoles).toEqual({ roleTemplateIds: [GLOBAL_ADMIN_TEMPLATE], complete: true });
    expect(fake.requests.map((request) => request.path).sort()).toEqual([
      '/v1.0/admin/serviceAnnouncement/healthOverviews?$select=id,service,status',
      '/v1.0/directory/subscriptions',
      '/v1.0/domains?$select=id,isVerified',
      '/v1.0/me/transitiveMemberOf',
      '/v1.0/organization?$select=id',
      '/v1.0/subscribedSkus?$select=skuPartNumber,capabilityStatus,consumedUnits,prepaidUnits,servicePlans',
    ]);
    expect(fake.requests.every((request) => request.authorized)).toBe(true);
  });

  it('follows @odata.nextLink to the last page', async () => {
    fake.paginate('/admin/serviceAnnouncement/healthOverviews', 1);
    const { snapshot, faults } = await reader().read(fake.token);
    expect(faults).toEqual({});
    expect(snapshot.serviceHealth).toHaveLength(clearTenant().health.length);
  });

  it('never follows a next page to another host with the token', async () => {
    fake.reset({ ...clearTenant(), domains: [{ id: 'a.onmicrosoft.com', isVerified: true }, { id: 'b.com', isVerified: true }] });
    fake.paginate('/domains', 1, 'https://elsewhere.example');
    const { snapshot, faults } = await reader().read(fake.token);
    expect(faults.domains).toBe('unexpected-response');
    expect(snapshot.domains).toBeUndefined();
  });

  it('a role returned with limited information (no template id) makes the roles incomplete', async () => {
    fake.reset({ ...clearTenant(), roles: [null] });
    const { snapshot } = await reader().read(fake.token);
    expect(snapshot.adminRoles).toEqual({ roleTemplateIds: [], complete: false });
  });
});

describe('faults, each a value for its own part', () => {
  it('403 (consent missing or too few privileges) costs only that part', async () => {
    fake.fail('/admin/serviceAnnouncement/healthOverviews', { status: 403, code: 'Forbidden' });
    fake.fail('/directory/subscriptions', { status: 403, code: 'Authorization_RequestDenied' });
    const told: Record<string, string>[] = [];
    const { snapshot, faults } = await reader({ onFault: (fault) => told.push(fault) }).read(fake.token);
    expect(faults).toEqual({ serviceHealth: 'forbidden', subscriptions: 'forbidden' });
    // What telemetry gets: the part, the fault and the status, nothing of the request.
    expect(told).toEqual(
      expect.arrayContaining([
        { part: 'serviceHealth', fault: 'forbidden', statusCode: '403' },
        { part: 'subscriptions', fault: 'forbidden', statusCode: '403' },
      ]),
    );
    expect(told).toHaveLength(2);
    expect(snapshot.skus).toBeDefined();
    expect(snapshot.serviceHealth).toBeUndefined();
  });

  it('429 with a short Retry-After is retried, and the part is read', async () => {
    fake.fail('/subscribedSkus', { status: 429, code: 'TooManyRequests', headers: { 'Retry-After': '1' } }, 2);
    const started = Date.now();
    const { snapshot, faults } = await reader({ maxRetries: 2 }).read(fake.token);
    expect(faults).toEqual({});
    expect(snapshot.skus).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(fake.requests.filter((request) => request.path.startsWith('/v1.0/subscribedSkus'))).toHaveLength(3);
  });

  it('429 asking to wait past the bound is not waited for: throttled', async () => {
    fake.fail('/subscribedSkus', { status: 429, code: 'TooManyRequests', headers: { 'Retry-After': '120' } });
    const started = Date.now();
    const { faults } = await reader({ maxRetryWaitSeconds: 5 }).read(fake.token);
    expect(faults).toEqual({ skus: 'throttled' });
    // Far below the 120 s asked for: it did not wait.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('429 past the retry count is throttled', async () => {
    fake.fail('/domains', { status: 429, code: 'TooManyRequests', headers: { 'Retry-After': '0' } }, Infinity);
    const { faults } = await reader({ maxRetries: 2 }).read(fake.token);
    expect(faults).toEqual({ domains: 'throttled' });
    expect(fake.requests.filter((request) => request.path.startsWith('/v1.0/domains'))).toHaveLength(3);
  });

  it('5xx that keeps failing is unavailable; a 503 that clears is retried', async () => {
    fake.fail('/domains', { status: 500, code: 'InternalServerError' });
    fake.fail('/organization', { status: 503, code: 'ServiceUnavailable', headers: { 'Retry-After': '0' } });
    const { snapshot, faults } = await reader().read(fake.token);
    expect(faults).toEqual({ domains: 'unavailable' });
    expect(snapshot.tenantId).toBe(TENANT_ID);
  });

  it('no answer before the timeout is unavailable, and the read still ends', async () => {
    fake.fail('/me/transitiveMemberOf', { hang: true });
    const started = Date.now();
    const { snapshot, faults } = await reader({ timeoutMs: 500 }).read(fake.token);
    expect(faults).toEqual({ adminRoles: 'unavailable' });
    expect(snapshot.skus).toBeDefined();
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('an expired token is token-expired on every part', async () => {
    const { faults, snapshot } = await reader().read('an-expired-token');
    expect(new Set(Object.values(faults))).toEqual(new Set(['token-expired']));
    expect(Object.keys(faults)).toHaveLength(6);
    expect(snapshot).toEqual({});
  });

  it('a body that is not what Graph documents is not used', async () => {
    fake.fail('/subscribedSkus', { body: { value: [{ skuPartNumber: 'SPE_E3', consumedUnits: 'many' }] } });
    const { snapshot, faults } = await reader().read(fake.token);
    expect(faults).toEqual({ skus: 'unexpected-response' });
    expect(snapshot.skus).toBeUndefined();
  });

  it('logs what failed, never the token', async () => {
    const { logger, log } = captureLogger();
    fake.fail('/domains', { status: 403, code: 'Authorization_RequestDenied' });
    await new GraphTenantReader({ baseUrl: fake.url, retryDelaySeconds: 0, logger }).read(fake.token);
    await new GraphTenantReader({ baseUrl: fake.url, retryDelaySeconds: 0, logger }).read('another-secret-token');
    expect(log.entries()).toContainEqual(expect.objectContaining({ event: 'graph.read-failed', part: 'domains', fault: 'forbidden', statusCode: 403 }));
    expect(log.text).not.toContain(fake.token);
    expect(log.text).not.toContain('another-secret-token');
  });
});
