import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hashId, privateProperties } from '../../bot/telemetry/index.js';
import { TELEMETRY_EVENTS } from '../../dialogs/turn-telemetry.js';
import { newConversation } from '../../bench/support/activities.js';
import { submitsOf } from '../../bench/support/bot-replies.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { runJourney, sendTurn } from '../../bench/support/journey.js';
import { tenant } from '../support/tenant-fixtures.js';
import { findFreePort } from '../e2e/free-port.js';

describe('privateProperties', () => {
  it.each([
    ['an id is hashed', { conversationId: 'a:1b2c' }, false, { conversationId: hashId('a:1b2c') }],
    ['a user id is hashed, with or without text', { fromId: '29:1AbC' }, true, { fromId: hashId('29:1AbC') }],
    ['text and names are dropped by default', { text: 'we are Contoso', fromName: 'Maria Rossi', conversationName: 'Sales' }, false, {}],
    ['text and names are kept with the switch', { text: 'we are Contoso', fromName: 'Maria Rossi' }, true, { text: 'we are Contoso', fromName: 'Maria Rossi' }],
    ['our ids pass as they are', { path: 'manual', reasons: 'csp-purchase,trial', currentPlan: 'o365-e3' }, false, { path: 'manual', reasons: 'csp-purchase,trial', currentPlan: 'o365-e3' }],
    ['an unknown property is dropped, even with the switch', { tenantName: 'Contoso', email: 'maria@contoso.com' }, true, {}],
    ['attachments are serialized only with the switch', { attachments: [{ contentType: 'x' }] }, true, { attachments: '[{"contentType":"x"}]' }],
    ['empty values are left out', { locale: '', channelId: 'msteams' }, false, { channelId: 'msteams' }],
  ])('%s', (_case, input, includeText, expected) => {
    expect(privateProperties(input, includeText)).toEqual(expected);
  });

  it('hashes to a stable 16-digit pseudonym that differs between ids', () => {
    expect(hashId('user-1')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashId('user-1')).toBe(hashId('user-1'));
    expect(hashId('user-1')).not.toBe(hashId('user-2'));
  });
});

// Application Insights' ingestion as documented for the v2.1 track API: POST {IngestionEndpoint}/v2.1/track,
// a JSON array of envelopes (gzip or not), answered with itemsReceived/itemsAccepted. The SDK's exporter
// speaks https only, so the stand-in has a certificate made for the run and the bot trusts it (NODE_EXTRA_CA_CERTS).
const EnvelopeSchema = z.object({
  name: z.string(),
  iKey: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  data: z.object({ baseType: z.string(), baseData: z.object({ name: z.string().optional(), properties: z.record(z.string(), z.string()).optional() }).loose() }),
});
type Envelope = z.infer<typeof EnvelopeSchema>;

interface Ingestion {
  server: Server;
  url: string;
  envelopes: Envelope[];
  bodies: string[];
}

let workDir = '';
let certificate = '';
let privateKey = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ua-telemetry-'));
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(workDir, 'key.pem'), '-out', join(workDir, 'cert.pem')],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make the stand-in's certificate: ${made.stderr}`);
  certificate = readFileSync(join(workDir, 'cert.pem'), 'utf8');
  privateKey = readFileSync(join(workDir, 'key.pem'), 'utf8');
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function startIngestion(): Promise<Ingestion> {
  const envelopes: Envelope[] = [];
  const bodies: string[] = [];
  const server = createServer({ cert: certificate, key: privateKey }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      bodies.push(`${req.method} ${req.url} ${body}`);
      const items = req.url?.startsWith('/v2.1/track') ? z.array(z.unknown()).parse(JSON.parse(body)) : [];
      for (const item of items) envelopes.push(EnvelopeSchema.parse(item));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return { server, url: `https://127.0.0.1:${address.port}/`, envelopes, bodies };
}

const BOT_ENTRY = new URL('../../bot/index.ts', import.meta.url).pathname;

async function startBot(env: Record<string, string>): Promise<{ child: ChildProcess; client: HttpClient; output: () => string }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), BOT_ENTRY], {
    cwd: workDir,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', PORT: String(port), STORAGE: 'memory', LOG_FORMAT: 'json', NODE_EXTRA_CA_CERTS: join(workDir, 'cert.pem'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Upgrade Assistant is ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the bot exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, client: new HttpClient(`http://127.0.0.1:${port}`, 1), output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = once(child, 'exit') as Promise<[number | null]>;
  child.kill('SIGTERM');
  return (await exited)[0];
}

/** A journey to a verdict and into the walkthrough, by an admin with a name, typing a sentence. */
async function converse(client: HttpClient) {
  const conversation = newConversation('telemetry');
  const facts = tenant({ currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-e5', billingAccountType: 'mosa' });
  const journey = await runJourney(client, conversation, facts);
  expect(journey.failures).toEqual([]);
  const walk = submitsOf(journey.lastReplies).find((submit) => submit['action'] === 'diagnosis' && String(submit['choice']).includes('walk'));
  expect(walk).toBeDefined();
  const step = await sendTurn(client, conversation, { value: walk });
  expect(step.failures).toEqual([]);
  return conversation;
}

const CONNECTION = (ingestion: Ingestion) => `InstrumentationKey=00000000-0000-4000-8000-000000000001;IngestionEndpoint=${ingestion.url}`;

const eventsOf = (ingestion: Ingestion) =>
  ingestion.envelopes.filter((envelope) => envelope.data.baseType === 'EventData').map((envelope) => ({ name: envelope.data.baseData.name ?? '', properties: envelope.data.baseData.properties ?? {} }));

describe('telemetry through Application Insights, against a local ingestion endpoint', () => {
  it('sends botbuilder\'s events and ours, with ids hashed and no text or names, flushed on SIGTERM', { timeout: 120_000 }, async () => {
    const ingestion = await startIngestion();
    try {
      const bot = await startBot({ APPLICATIONINSIGHTS_CONNECTION_STRING: CONNECTION(ingestion) });
      const conversation = await converse(bot.client);
      expect(await stop(bot.child)).toBe(0);

      const events = eventsOf(ingestion);
      const names = new Set(events.map((event) => event.name));
      for (const name of ['BotMessageReceived', 'BotMessageSend', TELEMETRY_EVENTS.verdict, TELEMETRY_EVENTS.walkthroughStep]) expect(names).toContain(name);
      const verdict = events.find((event) => event.name === TELEMETRY_EVENTS.verdict);
      expect(verdict?.properties).toMatchObject({ path: 'upgrade-tab', currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-e5', conversationId: hashId(conversation.id) });
      const step = events.find((event) => event.name === TELEMETRY_EVENTS.walkthroughStep);
      expect(step?.properties).toMatchObject({ walkthrough: 'upgrade-tab', stepNumber: '1' });
      const received = events.find((event) => event.name === 'BotMessageReceived');
      expect(received?.properties).toMatchObject({ fromId: hashId(conversation.userId), conversationId: hashId(conversation.id) });

      // Nothing personal anywhere in what reached the endpoint: not the ids, the name or the text.
      const everything = ingestion.bodies.join('\n');
      for (const personal of [conversation.id, conversation.userId, 'Bench Admin', 'Can I upgrade?']) expect(everything).not.toContain(personal);
    } finally {
      ingestion.server.close();
    }
  });

  it('carries text and names with TELEMETRY_INCLUDE_TEXT=true, ids still hashed', { timeout: 120_000 }, async () => {
    const ingestion = await startIngestion();
    try {
      const bot = await startBot({ APPLICATIONINSIGHTS_CONNECTION_STRING: CONNECTION(ingestion), TELEMETRY_INCLUDE_TEXT: 'true' });
      const conversation = newConversation('telemetry-text');
      expect((await sendTurn(bot.client, conversation, { text: 'Can I upgrade?' })).failures).toEqual([]);
      expect(await stop(bot.child)).toBe(0);
      const received = eventsOf(ingestion).find((event) => event.name === 'BotMessageReceived');
      expect(received?.properties).toMatchObject({ text: 'Can I upgrade?', fromName: 'Bench Admin', fromId: hashId(conversation.userId) });
      expect(ingestion.bodies.join('\n')).not.toContain(conversation.userId);
    } finally {
      ingestion.server.close();
    }
  });

  it('sends nothing and loads no telemetry module without a connection string', { timeout: 120_000 }, async () => {
    const ingestion = await startIngestion();
    try {
      // Node names every CommonJS module it loads under NODE_DEBUG=module; the SDK and OpenTelemetry are CommonJS.
      const bot = await startBot({ NODE_DEBUG: 'module' });
      await converse(bot.client);
      expect(await stop(bot.child)).toBe(0);
      expect(bot.output()).toContain('MODULE');
      expect(bot.output()).not.toMatch(/applicationinsights|@opentelemetry|monitor-opentelemetry/);
      expect(ingestion.bodies).toEqual([]);
    } finally {
      ingestion.server.close();
    }
  });
});
