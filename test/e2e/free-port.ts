import { createServer } from 'node:net';
import { z } from 'zod';

const portSchema = z.number().int().min(1).max(65535);

/**
 * Asks the OS for a port that is free right now (listen on port 0, read it, close).
 * Another process may take it before we use it, so callers must be ready to retry.
 */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host }, () => {
      const address = server.address();
      const parsed = portSchema.safeParse(typeof address === 'object' && address !== null ? address.port : undefined);
      server.close(() => (parsed.success ? resolve(parsed.data) : reject(new Error(`no port from ${String(address)}`))));
    });
  });
}
