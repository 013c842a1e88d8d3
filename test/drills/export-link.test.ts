import { request } from 'node:http';
import { MemoryStorage } from 'botbuilder';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseExportLinks } from '../../bot/desk/case-export.js';
import { startUpgradeAssistant, type RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { MemoryCaseStore } from '../../bot/storage/memory-case-store.js';
import { messagesFor } from '../../i18n/index.js';
import { messageActivity, MESSAGES_PATH, newConversation } from '../../bench/support/activities.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { captureLogger } from '../host/host-fixture.js';
import { triageCase } from '../storage/triage-case-fixture.js';

interface Answer {
  status: number;
  text: string;
}

function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: { ...headers, ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const LEAD = newConversation('export-lead', 'it-IT');
const LEAD_ID = `${LEAD.channelId}:${LEAD.userId}`;

/** The URL of the CSV link on the lead's card, asking as the channel reaches the bot through `headers`. */
async function exportUrl(bot: RunningUpgradeAssistant, headers: Record<string, string>): Promise<string> {
  const answer = await send(`${bot.url}${MESSAGES_PATH}`, 'POST', headers, JSON.stringify(messageActivity(LEAD, { text: 'ostacoli della settimana' })));
  expect(answer.status).toBe(200);
  const url = /"url":"([^"]*\/desk\/export\/[^"]*)"/.exec(answer.text)?.[1];
  expect(url, answer.text).toBeDefined();
  return url ?? '';
}

describe('export links', () => {
  let bot: RunningUpgradeAssistant | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it.each([
    ['the Host the channel reached the bot at', {}, { host: 'upgrade.contoso.example' }, 'http://upgrade.contoso.example/desk/export/'],
    ['a TLS-terminating proxy', {}, { host: '10.0.0.4:3978', 'x-forwarded-host': 'bot.contoso.example', 'x-forwarded-proto': 'https' }, 'https://bot.contoso.example/desk/export/'],
    ['PUBLIC_URL over any header', { PUBLIC_URL: 'https://assist.contoso.example/' }, { host: 'elsewhere.example' }, 'https://assist.contoso.example/desk/export/'],
  ])('a link built from %s', async (_case, env, headers, expectedStart) => {
    bot = await startUpgradeAssistant(botConfig({ STORAGE: 'memory', SUPPORT_AGENT_IDS: LEAD_ID, ...env }), captureLogger().logger);
    expect(await exportUrl(bot, headers)).toMatch(new RegExp(`^${expectedStart.replace(/[.?/]/g, '\\$&')}`));
  });

  it('builds no link from a Host header that is not a host name: restify 12 refuses such a request before any turn', async () => {
    bot = await startUpgradeAssistant(botConfig({ STORAGE: 'memory', SUPPORT_AGENT_IDS: LEAD_ID }), captureLogger().logger);
    const answer = await send(`${bot.url}${MESSAGES_PATH}`, 'POST', { host: 'evil.example/path?' }, JSON.stringify(messageActivity(LEAD, { text: 'ostacoli della settimana' })));
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.text).not.toContain('/desk/export/');
  });

  it('serves the CSV in the lead\'s language, and never logs the token, not even on refused requests', async () => {
    const { logger, log } = captureLogger();
    bot = await startUpgradeAssistant(botConfig({ STORAGE: 'memory', SUPPORT_AGENT_IDS: LEAD_ID, LOG_LEVEL: 'debug' }), logger);
    const url = new URL(await exportUrl(bot, { host: 'upgrade.contoso.example' }));
    const token = /\/desk\/export\/([^.]+)\.csv$/.exec(url.pathname)?.[1] ?? '';
    const local = `${bot.url}${url.pathname}`;
    const csv = await send(local, 'GET', {});
    expect(csv.status).toBe(200);
    const [header] = parse(csv.text, { bom: true }) as string[][];
    expect(header?.slice(0, 3)).toEqual([...Object.values(messagesFor('it').desk.lead.exportColumns).slice(0, 3)]);
    for (const [method, path] of [
      ['POST', url.pathname],
      ['DELETE', url.pathname],
      ['GET', `${url.pathname}x`],
      ['GET', `/desk/export/${token}.txt`],
      ['PUT', `/desk/export/${token}/more`],
    ] as const) {
      await send(`${bot.url}${path}`, method, {});
    }
    expect(log.lines.filter((line) => line.includes(token))).toEqual([]);
    expect(log.text).toContain('/desk/export/<token>');
  });

  it('a link stops working when its lead leaves SUPPORT_AGENT_IDS, even before it expires', async () => {
    const storage = new MemoryStorage();
    const cases = new MemoryCaseStore();
    await cases.save(triageCase({ id: 'UA-EXPABC' }));
    const before = new CaseExportLinks({ storage, cases, leadIds: [LEAD_ID, 'msteams:other'], fallbackUrl: 'http://127.0.0.1:1' });
    const token = /\/desk\/export\/([^.]+)\.csv$/.exec((await before.issue(LEAD_ID, 'en')).url)?.[1] ?? '';
    expect(await before.grant(token)).toMatchObject({ leadId: LEAD_ID, language: 'en' });
    const after = new CaseExportLinks({ storage, cases, leadIds: ['msteams:other'], fallbackUrl: 'http://127.0.0.1:1' });
    expect(await after.grant(token)).toBeUndefined();
  });
});
