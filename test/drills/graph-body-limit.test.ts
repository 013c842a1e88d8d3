import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphTenantReader, MAX_GRAPH_BODY_BYTES } from '../../bot/graph/graph-tenant-reader.js';
import { byScale, reportDrill } from './drill-scale.js';

/** A Graph that answers every read with one page of `bodyBytes` of valid JSON, streamed as the client takes it. */
async function hugeGraph(bodyBytes: number, declareLength: boolean): Promise<{ url: string; sent: () => number; server: Server }> {
  let sent = 0;
  const server = createServer((_request, response) => {
    const head = '{"value":[';
    const item = '{"id":"00000000-0000-0000-0000-000000000000","skuPartNumber":"ENTERPRISEPACK"},';
    const tail = '{"id":"end"}]}';
    const items = Math.max(0, Math.floor((bodyBytes - head.length - tail.length) / item.length));
    response.writeHead(200, { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(head.length + items * item.length + tail.length) } : {}) });
    let written = 0;
    const chunk = item.repeat(1_000);
    const pump = (): void => {
      while (written < items) {
        const count = Math.min(1_000, items - written);
        const text = count === 1_000 ? chunk : item.repeat(count);
        written += count;
        sent += text.length;
        if (!response.write(text)) {
          response.once('drain', pump);
          return;
        }
      }
      response.end(tail);
    };
    response.write(head);
    pump();
    response.on('close', () => response.removeAllListeners('drain'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent: () => sent, server };
}

describe('a Graph answer far larger than any tenant page', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it.each([
    ['streamed without a length', false],
    ['with its Content-Length', true],
  ])('%s: reading stops at the limit and the part is an unexpected response', async (_case, declareLength) => {
    const bodyBytes = byScale(40, 300) * 1024 * 1024;
    const graph = await hugeGraph(bodyBytes, declareLength);
    server = graph.server;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const rssBefore = process.memoryUsage().rss;
    const reading = await new GraphTenantReader({ baseUrl: graph.url, timeoutMs: 60_000, maxRetries: 0 }).read('token');
    delay.disable();
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    expect(reading.faults.skus).toBe('unexpected-response');
    expect(reading.faults.tenantId).toBe('unexpected-response');
    // Six parts read at once, each stopped at the limit: what the server wrote is the limit and what
    // loopback's socket buffers (several MB each side) took before the close, not the whole body.
    expect(graph.sent()).toBeLessThan(6 * (MAX_GRAPH_BODY_BYTES + 8 * 1024 * 1024));
    expect(graph.sent()).toBeLessThan(6 * bodyBytes);
    reportDrill(`graph body ${declareLength ? 'with length' : 'streamed'}`, {
      bodyMB: bodyBytes / 1024 / 1024,
      sentMB: Math.round(graph.sent() / 1024 / 1024),
      rssGrowthMB: Math.round(rssGrowth / 1024 / 1024),
      maxLoopDelayMs: Math.round(delay.max / 1e6),
    });
  }, 120_000);
});
