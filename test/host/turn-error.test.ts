import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_TEXT, errorMessage, FillableStorage, messageActivity, messageTexts, postActivity, startTestHost, type ReplyBody, type TestHost } from './host-fixture.js';

const say = async (running: TestHost, text: string, conversationId: string, locale = 'en-US'): Promise<(string | undefined)[]> => {
  const response = await postActivity(running.host.url, messageActivity(text, { conversation: { id: conversationId }, locale }));
  expect(response.status).toBe(200);
  return messageTexts((await response.json()) as ReplyBody);
};

describe('a turn that throws', () => {
  let running: TestHost;
  const stackResets: string[] = [];

  beforeAll(async () => {
    running = await startTestHost(
      {},
      {
        resetDialogStack: async (context) => {
          stackResets.push(context.activity.conversation.id);
        },
      },
    );
  });
  afterAll(async () => {
    await running.host.stop();
  });

  it('tells the user what failed and that nothing was lost', async () => {
    expect(await say(running, 'fail', 'error-en')).toEqual([errorMessage('en-US', 'error')]);
  });

  it('speaks the language of the activity', async () => {
    expect(await say(running, 'fail', 'error-it', 'it-IT')).toEqual([errorMessage('it-IT', 'error')]);
    expect(errorMessage('it-IT', 'error')).toContain(ERROR_TEXT.it);
  });

  it('keeps the state of the last good turn: the next message goes on from there', async () => {
    expect(await say(running, 'one', 'error-state')).toEqual(['echo 1: one']);
    expect(await say(running, 'two', 'error-state')).toEqual(['echo 2: two']);
    await say(running, 'fail', 'error-state');
    expect(await say(running, 'three', 'error-state')).toEqual(['echo 3: three']);
  });

  it('withdraws the replies the failed turn had prepared, and forgets its changes', async () => {
    await say(running, 'one', 'error-withdrawn');
    expect(await say(running, 'reply then fail', 'error-withdrawn')).toEqual([errorMessage('en-US', 'error')]);
    expect(await say(running, 'two', 'error-withdrawn')).toEqual(['echo 2: two']);
  });

  it('leaves other conversations alone', async () => {
    await say(running, 'mine', 'error-bystander');
    await say(running, 'fail', 'error-culprit');
    expect(await say(running, 'again', 'error-bystander')).toEqual(['echo 2: again']);
  });

  it('resets only the dialog stack, and only when the same conversation fails again in a row', async () => {
    await say(running, 'one', 'error-twice');
    await say(running, 'fail', 'error-twice');
    expect(stackResets).not.toContain('error-twice');
    expect(await say(running, 'fail', 'error-twice')).toEqual([errorMessage('en-US', 'stack-reset')]);
    expect(stackResets.filter((id) => id === 'error-twice')).toHaveLength(1);
    // A good turn in between starts the count again.
    await say(running, 'two', 'error-twice');
    await say(running, 'fail', 'error-twice');
    expect(stackResets.filter((id) => id === 'error-twice')).toHaveLength(1);
  });

  it('logs the error and the failed turn', async () => {
    await say(running, 'fail', 'error-logged');
    const entries = running.log.entries().filter((entry) => entry.conversationId === 'error-logged');
    expect(entries.find((entry) => entry.msg === 'turn failed')).toMatchObject({ level: 50, err: { message: 'the bot broke on purpose' } });
    expect(entries.find((entry) => entry.msg === 'turn')).toMatchObject({ outcome: 'failed' });
  });
});

describe('a turn whose state cannot be saved', () => {
  let running: TestHost;
  const storage = new FillableStorage();

  beforeAll(async () => {
    running = await startTestHost({}, {}, storage);
  });
  afterAll(async () => {
    await running.host.stop();
  });

  it('sends the "could not save" message instead of its replies, and the next turn goes on from the last saved one', async () => {
    expect(await say(running, 'one', 'save-fails')).toEqual(['echo 1: one']);
    storage.full = true;
    expect(await say(running, 'two', 'save-fails')).toEqual([errorMessage('en-US', 'save')]);
    storage.full = false;
    expect(await say(running, 'two again', 'save-fails')).toEqual(['echo 2: two again']);
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
        resetDialogStack: async () => {
          throw new Error('storage down');
        },
      },
    );
  });
  afterAll(async () => {
    await running.host.stop();
  });

  it('still answers the request without a 500 and logs both failures', async () => {
    await postActivity(running.host.url, messageActivity('fail', { conversation: { id: 'error-worse' } }));
    const response = await postActivity(running.host.url, messageActivity('fail', { conversation: { id: 'error-worse' } }));
    expect(response.status).toBe(200);
    const messages = running.log.entries().map((entry) => entry.msg);
    expect(messages).toContain('could not tell the user about the failure');
    expect(messages).toContain('could not reset the dialog stack');
  });
});
