import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const botActivitySchema = z.looseObject({ type: z.string(), text: z.string().optional(), attachments: z.array(z.looseObject({ content: z.unknown() })).optional() });
export type ChannelActivity = z.infer<typeof botActivitySchema>;

export interface FakeChannel {
  /** The serviceUrl to put on activities sent to the bot. */
  readonly serviceUrl: string;
  /** What the bot sent or updated, in order. */
  readonly received: ChannelActivity[];
  stop(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The little of the Bot Connector API a bot with no credentials calls while answering: send and
 * update activities in a conversation (`/v3/conversations/{id}/activities[/{activityId}]`). It
 * answers each with a fresh activity id, as a channel does, and keeps what it got.
 */
export async function startFakeChannel(): Promise<FakeChannel> {
  const received: ChannelActivity[] = [];
  const server = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      const isActivityCall = /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(request.url ?? '');
      if (!isActivityCall || (request.method !== 'POST' && request.method !== 'PUT')) {
        response.statusCode = 404;
        response.end();
        return;
      }
      received.push(botActivitySchema.parse(JSON.parse(body)));
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    received,
    stop: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
