import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { QueueServiceClient } from '@azure/storage-queue';
import { newCheckBack, type CheckBack } from '../../domain/index.js';
import { QueueCheckBackStore } from '../../bot/check-back/queue-check-backs.js';
import { StorageCheckBackStore } from '../../bot/check-back/storage-check-back-store.js';
import { startAzurite, type RunningAzurite } from '../../test/storage/azurite.js';
import { startChildServer, type ChildServer } from './child-server.js';

/**
 * Several bot processes on one Azurite (blobs and queues) behind a round-robin proxy on loopback,
 * as Azure runs instances behind the channel; a stand-in connector that counts the check-backs
 * posted to each conversation; and a counting proxy in front of Azurite, so the storage requests a
 * turn costs can be read. For `npm run drill` (test/drills/scale-out.test.ts) and `npm run bench:scale-out`.
 */

/** Forwards each request to the next target in turn; a target refusing the connection (never reached) is skipped. */
async function startForwarder(targets: () => readonly string[]): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let next = 0;
  let requests = 0;
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse, body: Buffer, triesLeft: number): void => {
    const list = targets();
    const target = list[next++ % list.length];
    if (target === undefined) {
      outgoing.writeHead(503).end();
      return;
    }
    const upstream = request(`${target}${incoming.url ?? '/'}`, { method: incoming.method, headers: { ...incoming.headers, host: new URL(target).host } }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // Refused: the request never reached that instance, so another may take it (what a load balancer does).
      if (error.code === 'ECONNREFUSED' && triesLeft > 0) return forward(incoming, outgoing, body, triesLeft - 1);
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    upstream.end(body);
  };
  const server: Server = createServer((incoming, outgoing) => {
    requests++;
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => forward(incoming, outgoing, Buffer.concat(chunks), targets().length));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The channel's connector as the bot sees it: every activity posted into a conversation is counted by that conversation. */
async function startCountingConnector(): Promise<{ serviceUrl: string; posted: Map<string, number[]>; close: () => Promise<void> }> {
  const posted = new Map<string, number[]>();
  const server = createServer((incoming, outgoing) => {
    incoming.resume();
    incoming.on('end', () => {
      const conversation = /^\/v3\/conversations\/([^/]+)\/activities/.exec(incoming.url ?? '')?.[1];
      if (incoming.method === 'POST' && conversation) {
        const id = decodeURIComponent(conversation);
        posted.set(id, [...(posted.get(id) ?? []), Date.now()]);
      }
      outgoing.writeHead(200, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ id: `activity-${Date.now()}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ScaleOutCluster {
  /** Where turns go: the round-robin proxy. */
  url: string;
  instances: (ChildServer | undefined)[];
  connector: Awaited<ReturnType<typeof startCountingConnector>>;
  azurite: RunningAzurite;
  /** Requests the bots made to Azurite (blobs and queues) so far. */
  storageRequests(): number;
  /** The check-back port as the bots use it, for the drill to book and cancel with. */
  checkBacks: QueueCheckBackStore;
  items: StorageCheckBackStore;
  /** Kills instance `index` with SIGKILL: no cleanup, no flush. */
  kill(index: number): void;
  restart(index: number): Promise<void>;
  stop(): Promise<void>;
}

export interface ScaleOutOptions {
  instances: number;
  /** Seconds after which a claim whose instance died before calling the channel is taken over. */
  leaseSeconds?: number;
  logLevel?: string;
}

export async function startScaleOutCluster({ instances: count, leaseSeconds = 10, logLevel = 'silent' }: ScaleOutOptions): Promise<ScaleOutCluster> {
  const azurite = await startAzurite({ queues: true });
  const blobEndpoint = /BlobEndpoint=([^;]+);/.exec(azurite.connectionString)?.[1] ?? '';
  const queueEndpoint = /QueueEndpoint=([^;]+);/.exec(azurite.connectionString)?.[1] ?? '';
  const origin = (endpoint: string) => new URL(endpoint).origin;
  const blobCounter = await startForwarder(() => [origin(blobEndpoint)]);
  const queueCounter = await startForwarder(() => [origin(queueEndpoint)]);
  const counted = azurite.connectionString.replace(origin(blobEndpoint), blobCounter.url).replace(origin(queueEndpoint), queueCounter.url);
  const connector = await startCountingConnector();
  const env = {
    STORAGE: 'blobs',
    BLOB_CONNECTION_STRING: counted,
    BLOB_CONTAINER_NAME: 'scale-out',
    QUEUE_NAME: 'scale-out-check-backs',
    QUEUE_POLL_SECONDS: '1',
    CHECK_BACK_LEASE_SECONDS: String(leaseSeconds),
    LOG_LEVEL: logLevel,
  };
  const instances: (ChildServer | undefined)[] = await Promise.all(Array.from({ length: count }, () => startChildServer('upgrade-assistant', { env })));
  const proxy = await startForwarder(() => instances.flatMap((instance) => (instance ? [instance.url] : [])));
  const items = new StorageCheckBackStore(new BlobsStorage(azurite.connectionString, env.BLOB_CONTAINER_NAME), { dueIndex: false });
  const queue = QueueServiceClient.fromConnectionString(azurite.connectionString).getQueueClient(env.QUEUE_NAME);
  return {
    url: proxy.url,
    instances,
    connector,
    azurite,
    storageRequests: () => blobCounter.requests() + queueCounter.requests(),
    checkBacks: new QueueCheckBackStore(items, queue),
    items,
    kill(index) {
      const instance = instances[index];
      if (instance) process.kill(instance.pid, 'SIGKILL');
      instances[index] = undefined;
    },
    async restart(index) {
      instances[index] = await startChildServer('upgrade-assistant', { env });
    },
    async stop() {
      await Promise.all(instances.map((instance) => instance?.stop()));
      await proxy.close();
      await blobCounter.close();
      await queueCounter.close();
      await connector.close();
      await azurite.stop();
    },
  };
}

/** A check-back for a conversation, addressed to the counting connector, due `inMs` from now. */
export function drillCheckBack(serviceUrl: string, conversationId: string, inMs: number): CheckBack {
  const now = new Date();
  const booked = newCheckBack({
    conversationKey: `drill/${conversationId}`,
    address: {
      channelId: 'drill',
      serviceUrl,
      conversation: { id: conversationId },
      bot: { id: 'upgrade-assistant', name: 'Upgrade Assistant' },
      user: { id: `user-${conversationId}` },
    },
    language: 'en',
    now,
  });
  return { ...booked, dueAt: new Date(now.getTime() + inMs).toISOString() };
}
