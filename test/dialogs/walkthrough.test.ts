import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { walkthrough } from '../../domain/index.js';
import { messagesFor, type Language } from '../../i18n/index.js';
import { buttonData, Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { answerQuestions, askedQuestion } from '../support/intake-driver.js';
import { CLEAR_E3, MANUAL_SBP_TO_E3 as MANUAL_FACTS } from '../support/tenant-fixtures.js';


// E3 to E5 with every blocker known to be absent.
const UPGRADE_TAB_FACTS = CLEAR_E3;

function stepOf(replies: Partial<Activity>[]): { index: number; walkthroughId: string } | undefined {
  const step = cardsOf(replies)
    .flatMap(submitActions)
    .find((action) => action.data?.['action'] === 'step');
  return step?.data ? { index: step.data['stepIndex'] as number, walkthroughId: step.data['walkthroughId'] as string } : undefined;
}

async function startManual(chat: Chat, language: Language = 'en') {
  const first = await chat.click({ action: 'menu', choice: 'walkthrough-manual' });
  return answerQuestions(chat, first, MANUAL_FACTS, { mode: 'click', language });
}

describe('the manual walkthrough', () => {
  it('goes step by step to the end, with progress, then there is nothing to resume', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const { replies: first, asked, turns } = await startManual(chat);
    // How it was bought and the account on one card: five answers for six facts.
    expect(asked).toEqual(['currentPlan', 'purchaseChannel', 'billingAccountType', 'targetPlan', 'licensedUsers', 'customDomain']);
    expect(turns).toBe(5);
    const steps = walkthrough('manual', MANUAL_FACTS);
    expect(steps.map((step) => step.id)).toContain('move-custom-domain');

    let replies = first;
    for (const [index, step] of steps.entries()) {
      const text = textOf(replies);
      expect(text).toContain(messages.ui.walkthrough.stepOfTotal(index + 1, steps.length));
      expect(text).toContain(messages.steps[step.id].title);
      expect(stepOf(replies)?.index).toBe(index);
      replies = await chat.click(buttonData(replies, messages.ui.buttons.done));
    }
    expect(textOf(replies)).toContain(messages.ui.walkthrough.finished('manual'));
    expect(textOf(await chat.say('resume'))).toContain(messages.ui.nothingToResume);
  });

  it('Back returns a step, Back on the first step stays, Help explains the step', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const steps = walkthrough('manual', MANUAL_FACTS);
    const { replies: first } = await startManual(chat);
    expect(textOf(await chat.say('back'))).toContain(messages.ui.walkthrough.alreadyFirst);
    const second = await chat.click(buttonData(first, messages.ui.buttons.done));
    expect(stepOf(second)?.index).toBe(1);
    const backAgain = await chat.click(buttonData(second, messages.ui.buttons.back));
    expect(stepOf(backAgain)?.index).toBe(0);
    const help = await chat.click(buttonData(backAgain, messages.ui.buttons.help));
    expect(textOf(help)).toContain(messages.steps[steps[0]!.id].help);
    // The step card is still on screen: Help does not post it again, and its buttons still work.
    expect(stepOf(help)).toBeUndefined();
    expect(stepOf(await chat.click(buttonData(backAgain, messages.ui.buttons.done)))?.index).toBe(1);
  });

  it('Stop for now keeps the step; resume lands on it, also after the bot restarted', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const steps = walkthrough('manual', MANUAL_FACTS);
    const { replies: first } = await startManual(chat);
    const second = await chat.click(buttonData(first, messages.ui.buttons.done));
    const third = await chat.click(buttonData(second, messages.ui.buttons.done));
    const stopped = await chat.click(buttonData(third, messages.ui.buttons.stopForNow));
    expect(textOf(stopped)).toContain(messages.ui.walkthrough.stopped(3, steps.length));

    const menu = await chat.say('menu');
    expect(cardsOf(menu).flatMap(submitActions).map((action) => action.data?.['choice'])).toContain('resume');
    const resumed = await chat.click({ action: 'menu', choice: 'resume' });
    expect(stepOf(resumed)?.index).toBe(2);
    expect(textOf(resumed)).toContain(messages.steps[steps[2]!.id].title);

    await chat.say('cancel');
    const afterRestart = await chat.restarted().say('resume');
    expect(stepOf(afterRestart)?.index).toBe(2);
  });

  it('a restart in the middle of a step: the card still on screen carries on', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const { replies: first } = await startManual(chat);
    const second = await chat.click(buttonData(first, messages.ui.buttons.done));
    const next = await chat.restarted().click(buttonData(second, messages.ui.buttons.done));
    expect(stepOf(next)?.index).toBe(2);
  });

  it('an old step card clicked again is answered as stale and does not move the walkthrough', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const { replies: first } = await startManual(chat);
    const second = await chat.click(buttonData(first, messages.ui.buttons.done));
    const stale = await chat.click(buttonData(first, messages.ui.buttons.done));
    expect(textOf(stale)).toContain(messages.ui.staleCard);
    expect(stepOf(stale)?.index).toBe(1);
    expect(stepOf(second)?.index).toBe(1);
    const tampered = await chat.click({ action: 'step', command: 'done', walkthroughId: 'not-this-one', stepIndex: 1 });
    expect(textOf(tampered)).toContain(messages.ui.staleCard);
    expect(stepOf(tampered)?.index).toBe(1);
  });

  it('in Italian, typed answers and "fatto" drive it', async () => {
    const messages = messagesFor('it');
    const chat = new Chat({ locale: 'it-IT' });
    const first = await chat.say('passaggi manuali');
    const { replies } = await answerQuestions(chat, first, MANUAL_FACTS, { mode: 'type', language: 'it' });
    const steps = walkthrough('manual', MANUAL_FACTS);
    expect(textOf(replies)).toContain(messages.ui.walkthrough.stepOfTotal(1, steps.length));
    const next = await chat.say('fatto');
    expect(textOf(next)).toContain(messages.steps[steps[1]!.id].title);
  });
});

describe('the Upgrade tab walkthrough', () => {
  it('goes straight to the steps when the Upgrade tab is open, and ends with what to expect', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const first = await chat.click({ action: 'menu', choice: 'walkthrough-auto' });
    const { replies: start } = await answerQuestions(chat, first, UPGRADE_TAB_FACTS, { mode: 'click', language: 'en' });
    const steps = walkthrough('upgrade-tab', UPGRADE_TAB_FACTS);
    expect(stepOf(start)?.index).toBe(0);
    expect(textOf(start)).toContain(messages.steps['open-your-products'].title);
    let replies = start;
    for (let index = 1; index < steps.length; index++) replies = await chat.click(buttonData(replies, messages.ui.buttons.done));
    expect(textOf(replies)).toContain(messages.ui.walkthrough.lastStepNote['upgrade-tab']);
    const end = await chat.click(buttonData(replies, messages.ui.buttons.done));
    expect(textOf(end)).toContain(messages.ui.walkthrough.finished('upgrade-tab'));
  });

  it('when the automatic change is closed, the diagnosis says why instead', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const first = await chat.click({ action: 'menu', choice: 'walkthrough-auto' });
    // Fewer services: the term is asked too, since it changes what the answer says about the renewal.
    const { replies } = await answerQuestions(chat, first, { ...UPGRADE_TAB_FACTS, targetPlan: 'o365-enterprise-e1', commitmentTerm: 'annual' }, { mode: 'click', language: 'en' });
    expect(stepOf(replies)).toBeUndefined();
    expect(textOf(replies)).toContain(messages.reasons['target-fewer-services'].title);
    const start = await chat.click(buttonData(replies, messages.ui.buttons.startWalkthrough));
    // The manual steps count the licenses: asked now, since the diagnosis did not need them (the account came with how it was bought).
    const { replies: manual, asked } = await answerQuestions(chat, start, UPGRADE_TAB_FACTS, { mode: 'click', language: 'en' });
    expect(asked).toEqual(['licensedUsers']);
    expect(textOf(manual)).toContain(messages.steps['backup-data'].title);
  });
});

describe('cards the admin has moved past', () => {
  it('in Teams, the answered step card is updated in place without buttons', async () => {
    const messages = messagesFor('en');
    const chat = new Chat({ channelId: 'msteams' });
    const { replies: first } = await startManual(chat);
    const firstCardId = first.find((reply) => reply.attachments?.length)?.id;
    const before = chat.adapter.updates.length;
    await chat.click(buttonData(first, messages.ui.buttons.done));
    expect(chat.adapter.updates).toHaveLength(before + 1);
    const update = chat.adapter.updates.at(-1);
    expect(update?.id).toBe(firstCardId);
    const updatedCard = cardsOf([update!])[0]!;
    expect(submitActions(updatedCard)).toEqual([]);
    expect(textOf([update!])).toContain(messages.steps[walkthrough('manual', MANUAL_FACTS)[0]!.id].title);
  });

  it('in Teams, a step left with Back reads "went back", not done', async () => {
    const messages = messagesFor('en');
    const chat = new Chat({ channelId: 'msteams' });
    const { replies: first } = await startManual(chat);
    const second = await chat.click(buttonData(first, messages.ui.buttons.done));
    await chat.click(buttonData(second, messages.ui.buttons.back));
    const wentBack = chat.adapter.updates.at(-1);
    expect(wentBack?.id).toBe(second.find((reply) => reply.attachments?.length)?.id);
    expect(textOf([wentBack!])).toContain(messages.ui.walkthrough.stepWentBack);
    expect(textOf([wentBack!])).not.toContain(messages.ui.walkthrough.stepDone);
  });

  it('elsewhere, nothing is updated (the stale click is answered instead)', async () => {
    const messages = messagesFor('en');
    const chat = new Chat({ channelId: 'emulator' });
    const { replies: first } = await startManual(chat);
    await chat.click(buttonData(first, messages.ui.buttons.done));
    expect(chat.adapter.updates).toEqual([]);
  });
});

describe('resume, said anywhere', () => {
  it('in the middle of the open step, "resume" shows the step again without a complaint', async () => {
    const messages = messagesFor('en');
    const chat = new Chat();
    const { replies: first } = await startManual(chat);
    const second = await chat.click(buttonData(first, messages.ui.buttons.done));
    const resumed = await chat.restarted().say('resume');
    expect(stepOf(resumed)?.index).toBe(1);
    expect(stepOf(second)?.walkthroughId).toBe(stepOf(resumed)?.walkthroughId);
    expect(textOf(resumed)).not.toContain(messages.ui.walkthrough.useButtons);
  });

  it('in the middle of a question with nothing saved, it says so and asks the question again', async () => {
    const chat = new Chat();
    await chat.say('Can I upgrade from Enterprise E3?');
    const replies = await chat.say('riprendi');
    expect(textOf(replies)).toContain(messagesFor('en').ui.nothingToResume);
    expect(askedQuestion(replies)?.facts).toContain('purchaseChannel');
  });
});
