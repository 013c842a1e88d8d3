import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Connector service a channel gives as serviceUrl: it records every
 * activity the bot posts to a conversation, so normal (not expectReplies) delivery can be tested.
 */
export interface FakeConnector {
  serviceUrl: string;
  received: { type: string; text?: string }[];
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const received: FakeConnector['received'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url?.startsWith('/v3/conversations/')) {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeConnector['received'][number]);
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
