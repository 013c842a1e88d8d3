import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../bot/storage/create-storage.js';
import { hashedFilePath } from '../../bot/storage/hashed-file-path.js';
import { startUpgradeAssistant, type RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import type { TenantFacts } from '../../domain/index.js';
import { messagesFor } from '../../i18n/index.js';
import { newConversation, type Conversation } from '../../bench/support/activities.js';
import { submitsOf, wordsOf } from '../../bench/support/bot-replies.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { answerFor, sendTurn } from '../../bench/support/journey.js';
import { botConfig } from '../../bench/support/start-bot.js';
import { captureLogger, type CapturedLog } from '../host/host-fixture.js';
import { reportDrill } from './drill-scale.js';

/** Each way a state file gets damaged, applied to the file's original text. */
const DAMAGE = {
  truncated: (text: string) => text.slice(0, Math.floor(text.length / 2)),
  emptied: () => '',
  'wrong eTag type': (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), eTag: 7 }),
  'value not an object': (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), value: 'dialogState' }),
  'another key': (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), key: 'bench/conversations/someone-else/' }),
  'not JSON at all': () => '\u0000\u0001 <html>oops</html>',
} satisfies Record<string, (text: string) => string>;
type Damage = keyof typeof DAMAGE;

/** The tenant every conversation describes. */
const TENANT: TenantFacts = { currentPlan: 'o365-enterprise-e1', purchaseChannel: 'direct-card', billingAccountType: 'mosa', adminRole: 'global-admin' };

const STALE_CARD = messagesFor('en').ui.staleCard;

/** BotState's key for a conversation: channel/conversations/id/. */
function conversationFile(dataDir: string, conversation: Conversation): string {
  return hashedFilePath(join(dataDir, 'state'), `bench/conversations/${conversation.id}/`);
}

describe('damaged data: truncated or hand-edited state files', () => {
  let dataDir: string;
  let bot: RunningUpgradeAssistant | undefined;
  let client: HttpClient | undefined;
  let log: CapturedLog;

  const start = async () => {
    const captured = captureLogger();
    log = captured.log;
    bot = await startUpgradeAssistant(botConfig({ STORAGE: 'lowdb', DATA_DIR: dataDir, LOG_LEVEL: 'debug' }), captured.logger);
    client = new HttpClient(bot.url, 4);
    return { bot, client };
  };
  const stop = async () => {
    client?.close();
    await bot?.stop();
    bot = undefined;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ua-drill-damaged-'));
  });
  afterAll(async () => {
    await stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('sets every damaged file aside under a new name, logs it, answers the user, and leaves healthy conversations where they were', async () => {
    const damages = Object.keys(DAMAGE) as Damage[];
    const { client: first } = await start();
    // Each conversation answers its first question, so its state file holds a dialog stack mid-intake.
    const conversations = [...damages, 'healthy' as const].map((label) => ({ label, conversation: newConversation(`damaged-${label.replace(/\W+/g, '-')}`) }));
    const pending = new Map<string, Record<string, unknown>>();
    for (const { conversation } of conversations) {
      await sendTurn(first, conversation, { text: 'Can I upgrade?' });
      const turn = await sendTurn(first, conversation, { value: { action: 'answer', fact: 'currentPlan', value: TENANT.currentPlan } });
      // The next question, whatever card asks it (one fact or a form of several), answered from the tenant's facts.
      const answer = answerFor(submitsOf(turn.replies), TENANT);
      expect(answer).toBeDefined();
      if (answer) pending.set(conversation.id, answer.value);
    }
    await stop();

    const originals = new Map<string, string>();
    for (const { label, conversation } of conversations) {
      if (label === 'healthy') continue;
      const file = conversationFile(dataDir, conversation);
      const text = await readFile(file, 'utf8');
      originals.set(file, text);
      await writeFile(file, DAMAGE[label](text));
    }

    const { client: second } = await start();
    let answered = 0;
    for (const { label, conversation } of conversations) {
      const turn = await sendTurn(second, conversation, { value: pending.get(conversation.id) });
      expect(turn.status, label).toBe(200);
      expect(turn.replies.length, label).toBeGreaterThan(0);
      answered++;
      if (label === 'healthy') {
        // Its question was still pending: the answer is taken, not called stale.
        expect(wordsOf(turn.replies)).not.toContain(STALE_CARD);
        continue;
      }
      // The dialog stack is gone with the file, so the click reads as a card from an earlier step.
      expect(wordsOf(turn.replies), label).toContain(STALE_CARD);
      const file = conversationFile(dataDir, conversation);
      const aside = (await readdir(dirname(file))).filter((name) => name.startsWith(`${basename(file)}.damaged-`));
      expect(aside, label).toHaveLength(1);
      expect(await readFile(join(dirname(file), aside[0] ?? ''), 'utf8'), label).toBe(DAMAGE[label](originals.get(file) ?? ''));
      const logged = log.entries().find((entry) => entry['event'] === 'storage.damaged-file' && entry['file'] === file);
      expect(logged, label).toMatchObject({ level: 40, movedTo: join(dirname(file), aside[0] ?? '') });
    }
    // The key is usable again: once the bot has stopped (a clean stop compacts its journal), a fresh
    // state file stands in the damaged one's place.
    await stop();
    for (const { label, conversation } of conversations) {
      if (label !== 'healthy') expect((await stat(conversationFile(dataDir, conversation))).size, label).toBeGreaterThan(0);
    }
    reportDrill('damaged-data', {
      damagedFiles: damages.length,
      setAsideAndLogged: log.entries().filter((entry) => entry['event'] === 'storage.damaged-file').length,
      turnsAnsweredWith200: answered,
    });
  });

  it('refuses to start with a message naming the folder when DATA_DIR is a file, not a folder', async () => {
    const notAFolder = join(dataDir, 'plain-file');
    await writeFile(notAFolder, 'not a folder');
    await expect(createStorage({ kind: 'lowdb', dataDir: notAFolder })).rejects.toThrow(notAFolder);
  });
});
