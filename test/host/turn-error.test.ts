import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_TEXT, messageActivity, messageTexts, postActivity, startTestHost, type ReplyBody, type TestHost } from './host-fixture.js';

describe('a turn that throws', () => {
  let running: TestHost;

  beforeAll(async () => {
    running = await startTestHost();
  });
  afterAll(async () => {
    await running.host.stop();
  });

  const say = async (text: string, conversationId: string, locale = 'en-US'): Promise<(string | undefined)[]> => {
    const response = await postActivity(running.host.url, messageActivity(text, { conversation: { id: conversationId }, locale }));
    expect(response.status).toBe(200);
    return messageTexts((await response.json()) as ReplyBody);
  };

  it('tells the user plainly what happened and what to do', async () => {
    expect(await say('fail', 'error-en')).toEqual([ERROR_TEXT.en]);
  });

  it('speaks the language of the activity', async () => {
    expect(await say('fail', 'error-it', 'it-IT')).toEqual([ERROR_TEXT.it]);
  });

  it('clears the conversation state so the next message starts clean', async () => {
    expect(await say('one', 'error-state')).toEqual(['echo 1: one']);
    expect(await say('two', 'error-state')).toEqual(['echo 2: two']);
    await say('fail', 'error-state');
    expect(await say('three', 'error-state')).toEqual(['echo 1: three']);
  });

  it('leaves other conversations alone', async () => {
    await say('mine', 'error-bystander');
    await say('fail', 'error-culprit');
    expect(await say('again', 'error-bystander')).toEqual(['echo 2: again']);
  });

  it('logs the error and the failed turn', async () => {
    await say('fail', 'error-logged');
    const entries = running.log.entries().filter((entry) => entry.conversationId === 'error-logged');
    expect(entries.find((entry) => entry.msg === 'turn failed')).toMatchObject({ level: 50, err: { message: 'the bot broke on purpose' } });
    expect(entries.find((entry) => entry.msg === 'turn')).toMatchObject({ outcome: 'failed' });
  });
});

describe('an onTurnError whose own steps fail', () => {
  let running: TestHost;

  beforeAll(async () => {
    running = await startTestHost(
      {},
      {
        errorMessage: () => {
          throw new Error('no catalog');
        },
        conversationState: {
          delete: async () => {
            throw new Error('storage down');
          },
          saveChanges: async () => undefined,
        },
      },
    );
  });
  afterAll(async () => {
    await running.host.stop();
  });

  it('still answers the request without a 500 and logs both failures', async () => {
    const response = await postActivity(running.host.url, messageActivity('fail', { conversation: { id: 'error-worse' } }));
    expect(response.status).toBe(200);
    const messages = running.log.entries().map((entry) => entry.msg);
    expect(messages).toContain('could not tell the user about the failure');
    expect(messages).toContain('could not clear the conversation state');
  });
});
