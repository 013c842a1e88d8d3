import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const PostedActivitySchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  attachments: z.array(z.looseObject({ contentType: z.string(), content: z.unknown() })).optional(),
});

/** An activity the bot posted or updated, with the id the connector gave it or the one updated. */
export type ReceivedActivity = z.infer<typeof PostedActivitySchema> & { id: string };

/**
 * A stand-in for the Bot Connector service a channel gives as serviceUrl: it records every
 * activity the bot posts to a conversation (answering with an id, as the connector does) and
 * every update of one, so normal (not expectReplies) delivery can be tested.
 */
export interface FakeConnector {
  serviceUrl: string;
  received: ReceivedActivity[];
  updated: ReceivedActivity[];
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const received: ReceivedActivity[] = [];
  const updated: ReceivedActivity[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const activityId = /\/activities\/([^/?]+)/.exec(req.url ?? '')?.[1];
      const body = () => PostedActivitySchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      let id = '';
      if (req.method === 'POST' && req.url?.startsWith('/v3/conversations/')) {
        id = `reply-${received.length + 1}`;
        received.push({ ...body(), id });
      } else if (req.method === 'PUT' && activityId) {
        id = decodeURIComponent(activityId);
        updated.push({ ...body(), id });
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    updated,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
