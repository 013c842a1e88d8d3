import { describe, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import { QuestionPrompt, type Question } from '../../dialogs/question-prompt.js';

/** A question that answers "ok" and counts how often it was asked to read a message. */
function countingQuestion() {
  const counted = { recognized: 0 };
  const question: Question<Record<string, never>, string> = {
    render: () => ({ type: 'message', text: 'Say ok' }),
    recognize: (context) => {
      counted.recognized++;
      return context.activity.text === 'ok' ? { ok: true, value: 'ok' } : { ok: false, problem: 'not-understood' };
    },
    explain: () => 'Please say ok.',
  };
  return { counted, question };
}

describe('QuestionPrompt', () => {
  // botbuilder's Prompt also reads the message when the activityReceived event bubbles from it; we
  // turned that off. If an update of botbuilder-dialogs reads it there again, this fails.
  it('reads each message once, answered or not', async () => {
    const { counted, question } = countingQuestion();
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty('dialogState')).add(new QuestionPrompt('q', question));
    const results: DialogTurnStatus[] = [];
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.prompt('q', { validations: {} });
      else results.push(result.status);
      await state.saveChanges(context);
    });
    await adapter.send('hello').assertReply('Say ok');
    expect(counted.recognized).toBe(0);
    await adapter.send('what?').assertReply('Please say ok.').assertReply('Say ok');
    expect(counted.recognized).toBe(1);
    await adapter.send('ok');
    expect(counted.recognized).toBe(2);
    expect(results).toEqual([DialogTurnStatus.waiting, DialogTurnStatus.complete]);
  });
});
