import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startUpgradeAssistant, type RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { newConversation } from '../../bench/support/activities.js';
import { startChildServer, type ChildServer } from '../../bench/support/child-server.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { sendTurn } from '../../bench/support/journey.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { captureLogger } from '../host/host-fixture.js';
import { byScale, reportDrill } from './drill-scale.js';

interface SlowClient {
  socket: Socket;
  closed: Promise<number>;
}

/** A client that sends part of a request and then nothing: `head` half-sent headers, `body` a body cut short. */
function slowClient(url: string, kind: 'head' | 'body'): Promise<SlowClient> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const opened = performance.now();
    const closed = new Promise<number>((done) => socket.once('close', () => done(performance.now() - opened)));
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(
        kind === 'head'
          ? 'POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n'
          : 'POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":',
      );
      resolve({ socket, closed });
    });
    socket.once('error', reject);
  });
}

async function getStatus(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return 0;
  }
}

describe('slow clients', () => {
  let bot: RunningUpgradeAssistant | undefined;
  let child: ChildServer | undefined;
  const clients: SlowClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.socket.destroy();
    await bot?.stop();
    await child?.stop();
    bot = undefined;
    child = undefined;
  });

  it('half-sent headers and bodies are closed at their deadlines, and at the cap the slow ones make room for a probe and a turn', async () => {
    const { logger, log } = captureLogger();
    bot = await startUpgradeAssistant(botConfig({ STORAGE: 'memory', MAX_CONNECTIONS: '40', LOG_LEVEL: 'info' }), logger, {
      connectionLimits: { headersTimeoutMs: 1_500, requestTimeoutMs: 3_000 },
    });
    const url = bot.url;
    for (let index = 0; index < 50; index += 1) clients.push(await slowClient(url, index % 5 === 0 ? 'body' : 'head'));
    // More slow connections than the cap: the server is at it, and still answers a probe and a turn.
    expect(await getStatus(`${url}/healthz`)).toBe(200);
    const client = new HttpClient(url, 1);
    const turn = await sendTurn(client, newConversation('slow-clients'), { text: 'help' });
    client.close();
    expect(turn.status).toBe(200);
    const closedAfterMs = await Promise.all(clients.map((slow) => slow.closed));
    const atCap = log.entries().filter((entry) => entry['event'] === 'http.connection-cap');
    expect(atCap.length).toBeGreaterThan(0);
    expect(atCap[0]).toMatchObject({ cap: 40 });
    reportDrill('slow clients in process', { slowClients: clients.length, closedByServer: closedAfterMs.length, lastClosedMs: Math.round(Math.max(...closedAfterMs)) });
  }, 30_000);

  // The audit's setting at full size: the bot process started with 1,100 open files, 1,200 slow connections, the default limits.
  const openFiles = byScale(300, 1_100);
  const slowConnections = byScale(350, 1_200);
  it(`${slowConnections} slow connections against ${openFiles} open files: /healthz and turns keep answering, all closed at the header deadline`, async () => {
    child = await startChildServer('upgrade-assistant', { env: { STORAGE: 'lowdb', DATA_DIR: await mkdtemp(join(tmpdir(), 'slow-clients-')), LOG_LEVEL: 'warn' }, openFiles });
    const slow: SlowClient[] = [];
    for (let index = 0; index < slowConnections; index += 1) slow.push(await slowClient(child.url, 'head'));
    clients.push(...slow);
    const probes: number[] = [];
    const turns: number[] = [];
    const client = new HttpClient(child.url, 1);
    for (let round = 0; round < 5; round += 1) {
      probes.push(await getStatus(`${child.url}/healthz`));
      turns.push((await sendTurn(client, newConversation('slow-clients-full'), { text: 'help' })).status);
    }
    client.close();
    const closedAfterMs = await Promise.all(slow.map((socket) => socket.closed));
    expect(probes.every((status) => status === 200)).toBe(true);
    expect(turns.every((status) => status === 200)).toBe(true);
    reportDrill('slow clients under an open-file limit', {
      openFiles,
      slowClients: slow.length,
      probes200: probes.filter((status) => status === 200).length,
      turns200: turns.filter((status) => status === 200).length,
      lastClosedMs: Math.round(Math.max(...closedAfterMs)),
    });
  }, 120_000);
});
