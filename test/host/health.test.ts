import { afterEach, describe, expect, it } from 'vitest';
import { HEALTH_TIMEOUT_MS, type HealthReport } from '../../bot/server.js';
import { startTestHost, type TestHost } from './host-fixture.js';

describe('GET /healthz', () => {
  let running: TestHost | undefined;

  afterEach(async () => {
    await running?.host.stop();
    running = undefined;
  });

  const healthWith = async (healthCheck: () => Promise<HealthReport>): Promise<{ status: number; body: unknown }> => {
    running = await startTestHost({}, { healthCheck });
    const response = await fetch(`${running.host.url}/healthz`);
    return { status: response.status, body: await response.json() };
  };

  it('reports ok with 200 when storage answers', async () => {
    expect(await healthWith(async () => ({ storage: true }))).toEqual({ status: 200, body: { status: 'ok', storage: true } });
  });

  it('reports degraded with 503 when storage does not answer', async () => {
    expect(await healthWith(async () => ({ storage: false }))).toEqual({ status: 503, body: { status: 'degraded', storage: false } });
  });

  it('reports degraded with 503 when the check itself throws', async () => {
    const result = await healthWith(async () => {
      throw new Error('connection refused');
    });
    expect(result).toEqual({ status: 503, body: { status: 'degraded', storage: false } });
  });
});

describe('GET /healthz with a storage that hangs', () => {
  it('answers 503 once the probe times out instead of hanging', async () => {
    const running = await startTestHost({}, { healthCheck: () => new Promise<HealthReport>(() => undefined) });
    try {
      const response = await fetch(`${running.host.url}/healthz`);
      expect(response.status).toBe(503);
      expect(running.log.text).toContain(`no answer within ${HEALTH_TIMEOUT_MS} ms`);
    } finally {
      await running.host.stop();
    }
  });
});
