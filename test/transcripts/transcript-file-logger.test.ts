import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { transcriptFileName, TranscriptFileLogger } from '../../scripts/transcript-file-logger.js';

const conversation = { id: 'a:1/b?c', isGroup: false, conversationType: 'personal', name: '' };
const fromUser = { type: 'message', channelId: 'emulator', conversation, text: 'hi', from: { id: 'user-1', name: 'Alex', role: 'user' } } as Partial<Activity>;
const fromBot = { type: 'message', channelId: 'emulator', conversation, text: 'hello', from: { id: 'bot-1', name: 'Bot' } } as Partial<Activity>;

describe('TranscriptFileLogger', () => {
  const folders: string[] = [];
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });
  async function folder(): Promise<string> {
    const created = await mkdtemp(join(tmpdir(), 'ua-transcripts-'));
    folders.push(created);
    return created;
  }

  it('writes one JSON array per conversation, marks the bot\'s activities, and a new logger appends to it', async () => {
    const dir = await folder();
    const first = new TranscriptFileLogger(dir);
    void first.logActivity(fromUser);
    void first.logActivity(fromBot);
    await first.flush();
    const second = new TranscriptFileLogger(dir); // the bot restarted
    await second.logActivity({ ...fromUser, text: 'again' });
    await second.flush();

    expect(transcriptFileName('emulator', conversation.id)).toBe('emulator-a_1_b_c.transcript');
    expect(first.files()).toEqual([join(dir, 'emulator-a_1_b_c.transcript')]);
    const saved = JSON.parse(await readFile(join(dir, 'emulator-a_1_b_c.transcript'), 'utf8')) as Partial<Activity>[];
    expect(saved.map((activity) => [activity.from?.role, activity.text])).toEqual([
      ['user', 'hi'],
      ['bot', 'hello'],
      ['user', 'again'],
    ]);
  });

  it('reports a write that failed when flushed', async () => {
    const dir = await folder();
    const notAFolder = join(dir, 'file');
    await writeFile(notAFolder, 'in the way');
    const logger = new TranscriptFileLogger(notAFolder);
    await expect(logger.logActivity(fromUser)).rejects.toThrow();
    await expect(logger.flush()).rejects.toThrow(/transcript writes failed/);
  });
});
