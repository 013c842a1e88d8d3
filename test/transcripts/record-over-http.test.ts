import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { messagesFor } from '../../i18n/index.js';
import { startRecordingBot } from '../../scripts/record-session.js';
import { transcriptFileName } from '../../scripts/transcript-file-logger.js';
import { findFreePort } from '../e2e/free-port.js';
import { startFakeChannel, type ChannelActivity } from './fake-channel.js';
import { loadTranscript, replayTranscript } from './transcript-replay.js';

const en = messagesFor('en');
const CONVERSATION = { id: 'http-recording-1', conversationType: 'personal' };
const USER = { id: 'emulator-user-1', name: 'Alex Admin' };
const BOT = { id: 'upgrade-assistant-bot', name: 'Upgrade Assistant' };

/** The data of the button with this title in the newest card the channel got. */
function clickData(received: readonly ChannelActivity[], title: string): unknown {
  for (const activity of [...received].reverse()) {
    const json = JSON.stringify(activity.attachments ?? []);
    const cards = activity.attachments?.map((attachment) => attachment.content) ?? [];
    if (!json.includes(title)) continue;
    const found: unknown[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const element = node as Record<string, unknown>;
        if (element['type'] === 'Action.Submit' && element['title'] === title) found.push(element['data']);
        Object.values(element).forEach(walk);
      }
    };
    walk(cards);
    if (found[0] !== undefined) return found[0];
  }
  throw new Error(`no button "${title}" in what the bot sent`);
}

describe('npm run record: a conversation over HTTP becomes a replayable transcript', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A recording bot writing into a fresh folder, and a fake channel for its replies; all stopped after the test. */
  async function startRecording() {
    const folder = await mkdtemp(join(tmpdir(), 'ua-record-'));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    const channel = await startFakeChannel();
    cleanups.push(() => channel.stop());
    const config = loadConfig({ PORT: String(await findFreePort()), HOST: '127.0.0.1', STORAGE: 'memory', LOG_LEVEL: 'silent' });
    const recording = await startRecordingBot(config, createLogger({ level: 'silent' }), folder);
    cleanups.push(() => recording.stop());
    return { folder, channel, recording };
  }

  it('records every turn as the Emulator saves it, and the replay gives the same answers', async () => {
    const { folder, channel, recording } = await startRecording();

    const send = async (activity: Record<string, unknown>): Promise<void> => {
      const response = await fetch(recording.messagesEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          channelId: 'emulator',
          serviceUrl: channel.serviceUrl,
          conversation: CONVERSATION,
          recipient: BOT,
          from: USER,
          locale: 'en-US',
          ...activity,
        }),
      });
      expect(response.status).toBeLessThan(300);
    };
    await send({ type: 'conversationUpdate', membersAdded: [USER, BOT] });
    await send({ type: 'message', text: "We're on E3 with 350 users, bought through a partner" });
    await send({ type: 'message', value: clickData(channel.received, en.ui.menu['walkthrough-manual']) });
    await send({ type: 'message', text: 'where was I' });
    await recording.stop();

    const transcript = await loadTranscript(join(folder, transcriptFileName('emulator', CONVERSATION.id)));
    expect(transcript.filter((activity) => activity.from.role === 'user').map((activity) => activity.type)).toEqual([
      'conversationUpdate',
      'message',
      'message',
      'message',
    ]);
    // Everything the channel got from the bot is in the transcript, marked as the bot's.
    const botMessages = transcript.filter((activity) => activity.from.role === 'bot' && activity.type === 'message');
    expect(botMessages.map((activity) => activity.text ?? '')).toEqual(
      channel.received.filter((activity) => activity.type === 'message').map((activity) => activity.text ?? ''),
    );
    expect(botMessages.map((activity) => activity.text)).toContain(en.ui.welcome);

    const { recorded, replayed } = await replayTranscript(transcript);
    expect(recorded).toHaveLength(4);
    expect(replayed).toEqual(recorded);
  }, 30_000);

  it('a replay that answers differently is caught', async () => {
    const { folder, channel, recording } = await startRecording();
    const response = await fetch(recording.messagesEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'help', channelId: 'emulator', serviceUrl: channel.serviceUrl, conversation: CONVERSATION, recipient: BOT, from: USER, locale: 'en-US' }),
    });
    expect(response.status).toBeLessThan(300);
    await recording.stop();
    const transcript = await loadTranscript(join(folder, transcriptFileName('emulator', CONVERSATION.id)));

    const helpReply = transcript.find((activity) => activity.from.role === 'bot' && activity.text === en.ui.help);
    expect(helpReply).toBeDefined();
    helpReply!.text = `${en.ui.help} (changed)`;
    const { recorded, replayed } = await replayTranscript(transcript);
    expect(replayed).not.toEqual(recorded);
  }, 30_000);
});
