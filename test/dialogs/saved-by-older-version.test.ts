import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../i18n/index.js';
import { Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { CLEAR_E3 } from '../support/tenant-fixtures.js';

const messages = messagesFor('en');

/** A waterfall instance as botbuilder stores it. */
const step = (id: string, options: object, stepIndex = 0) => ({ id, state: { options, values: { instanceId: `${id}-1` }, stepIndex } });

/**
 * The conversation state an earlier version of the bot saved mid-intake: journey and intake were
 * ComponentDialogs then, each with its own inner stack, under versions that no longer match.
 */
function stateFromEarlierVersion(walkthroughStepIndex: number) {
  const intake = {
    id: 'intake',
    state: {
      dialogs: {
        dialogStack: [
          step('intake.askLoop', { facts: {}, purpose: 'diagnosis' }),
          { id: 'intake.factPrompt', state: { options: { validations: { fact: 'currentPlan', known: {} } }, state: {} } },
        ],
      },
    },
    version: '-947757639',
  };
  const journey = { id: 'journey', state: { dialogs: { dialogStack: [step('journey.flow', { goal: 'can-i-upgrade', facts: {} }), intake] } }, version: '-199596984' };
  return {
    dialogState: { dialogStack: [{ id: 'main', state: { dialogs: { dialogStack: [step('main.route', {}), journey] } }, version: '213538876' }] },
    conversationData: {
      facts: CLEAR_E3,
      walkthrough: { id: 'walkthrough-1', kind: 'upgrade-tab', facts: CLEAR_E3, stepIndex: walkthroughStepIndex, updatedAt: '2026-11-20T09:00:00.000Z' },
    },
  };
}

describe('a conversation saved by an earlier version of the bot', () => {
  it('answers the next message instead of failing, and keeps the walkthrough progress to resume', async () => {
    const chat = new Chat({ conversationId: 'saved-before-the-update' });
    await chat.storage.write({ 'test/conversations/saved-before-the-update/': stateFromEarlierVersion(2) });

    const reply = await chat.click({ action: 'answer', fact: 'currentPlan', value: 'o365-business-basic' });
    expect(textOf(reply)).not.toContain(messages.ui.turnFailed('error'));
    expect(textOf(reply)).toContain(messages.ui.staleCard);
    expect(cardsOf(reply).flatMap(submitActions).map((action) => action.data?.['choice'])).toContain('resume');

    const resumed = await chat.click({ action: 'menu', choice: 'resume' });
    const stepSubmit = cardsOf(resumed).flatMap(submitActions).find((action) => action.data?.['action'] === 'step');
    expect(stepSubmit?.data).toMatchObject({ walkthroughId: 'walkthrough-1', stepIndex: 2 });
  });

  it('routes a typed request afresh with the facts it already had', async () => {
    const chat = new Chat({ conversationId: 'typed-after-the-update' });
    await chat.storage.write({ 'test/conversations/typed-after-the-update/': stateFromEarlierVersion(0) });
    const reply = await chat.say('Can I upgrade?');
    expect(textOf(reply)).not.toContain(messages.ui.turnFailed('error'));
    // The facts were all known: straight to the diagnosis card.
    expect(cardsOf(reply).flatMap(submitActions).some((action) => action.data?.['action'] === 'diagnosis')).toBe(true);
  });
});
