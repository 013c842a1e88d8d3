import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { MemoryStorage, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import { CHECK_BACK_AFTER_MINUTES, type CheckBack } from '../../domain/index.js';
import { messagesFor } from '../../i18n/index.js';
import { CheckBackScheduler } from '../../bot/check-back/check-back-scheduler.js';
import { StorageCheckBackStore } from '../../bot/check-back/storage-check-back-store.js';
import { createLogger } from '../../bot/logger.js';
import { buttonData, Chat, textOf } from '../support/chat.js';
import { tenant } from '../support/tenant-fixtures.js';
import { answerQuestions } from '../support/intake-driver.js';

const en = messagesFor('en');
const HOUR = CHECK_BACK_AFTER_MINUTES * 60_000;
const POLL = 30_000;
const logger = createLogger({ level: process.env['DEBUG_CHECK_BACK'] ? 'debug' : 'silent' });

/** Walks an automatic walkthrough to the step after the order, where the check-back is offered. */
async function reachCheckStatus(chat: Chat): Promise<Partial<Activity>[]> {
  const facts = tenant({ currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-e5', billingAccountType: 'mosa' });
  const first = await chat.click({ action: 'menu', choice: 'walkthrough-auto' });
  let { replies } = await answerQuestions(chat, first, facts, { mode: 'click', language: 'en', unknownIsFine: true });
  for (let guard = 0; guard < 12 && !textOf(replies).includes(en.desk.checkBack.offerButton); guard++) {
    replies = await chat.click(buttonData(replies, new RegExp(`^(${en.ui.buttons.done}|${en.ui.buttons.startWalkthrough})$`)));
  }
  return replies;
}

/** A scheduler whose deliveries go through the TestAdapter's continueConversationAsync, recorded per conversation. */
function schedulerFor(
  chat: Chat,
  store: StorageCheckBackStore,
  delivered: { conversation: string; text: string }[],
  instanceId: string,
  now?: () => Date,
) {
  return new CheckBackScheduler({
    store,
    logger,
    pollMs: POLL,
    instanceId,
    ...(now ? { now } : {}),
    deliver: async (checkBack: CheckBack) => {
      await chat.adapter.continueConversationTurn(checkBack.address as Partial<ConversationReference>, async (context: TurnContext) => {
        await chat.bot.sendCheckBack(context, checkBack);
      });
      for (const reply of chat.adapter.activeQueue.splice(0)) delivered.push({ conversation: reply.conversation?.id ?? '', text: textOf([reply]) });
    },
  });
}

describe('check-back after the order', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is offered on the step after the order; an hour later the question arrives in that conversation, once, with two instances', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-11-27T12:00:00Z') });
    const storage = new MemoryStorage();
    const chat = new Chat({ storage, conversationId: 'conversation-admin' });
    const other = chat.restarted({ conversationId: 'conversation-other' });
    await other.say('hello');

    const step = await reachCheckStatus(chat);
    const booked = await chat.click(buttonData(step, en.desk.checkBack.offerButton));
    expect(textOf(booked)).toContain(en.ui.walkthrough.finished('upgrade-tab'));
    expect(textOf(booked)).toContain(en.desk.checkBack.cancelButton);

    const delivered: { conversation: string; text: string }[] = [];
    const first = schedulerFor(chat, new StorageCheckBackStore(storage), delivered, 'instance-a');
    const second = schedulerFor(chat, new StorageCheckBackStore(storage), delivered, 'instance-b');
    first.start();
    second.start();
    await vi.advanceTimersByTimeAsync(HOUR - POLL);
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * POLL);
    await vi.advanceTimersByTimeAsync(4 * POLL);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.conversation).toBe('conversation-admin');
    expect(delivered[0]?.text).toContain(en.desk.checkBack.notFinishedButton);
    await first.stop();
    await second.stop();

    const advice = await chat.click({ action: 'check-back', choice: 'not-finished' });
    expect(textOf(advice)).toContain(en.desk.checkBack.advice);
    expect(textOf(advice)).toContain(en.desk.checkBack.supportRoute);
  });

  it('survives a restart: a new scheduler on the same storage sends what was booked before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-11-27T12:00:00Z') });
    const storage = new MemoryStorage();
    const chat = new Chat({ storage, conversationId: 'conversation-admin' });
    await chat.click(buttonData(await reachCheckStatus(chat), en.desk.checkBack.offerButton));
    const delivered: { conversation: string; text: string }[] = [];
    // The instance that booked it is gone; the one started later finds it in storage.
    const restarted = schedulerFor(chat.restarted(), new StorageCheckBackStore(storage), delivered, 'instance-after-restart');
    restarted.start();
    await vi.advanceTimersByTimeAsync(HOUR + POLL);
    await restarted.stop();
    expect(delivered.map((message) => message.conversation)).toEqual(['conversation-admin']);
  });

  it('stops claiming on a shutdown: the send under way finishes, the rest is left due for the next instance', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-11-27T12:00:00Z') });
    const storage = new MemoryStorage();
    for (const conversationId of ['conversation-one', 'conversation-two']) {
      const chat = new Chat({ storage, conversationId });
      await chat.click(buttonData(await reachCheckStatus(chat), en.desk.checkBack.offerButton));
    }
    const sentByStopping: string[] = [];
    let stopped: Promise<void> | undefined;
    const outcomes: string[] = [];
    const stopping: CheckBackScheduler = new CheckBackScheduler({
      onOutcome: (_conversationKey, outcome) => outcomes.push(outcome),
      store: new StorageCheckBackStore(storage),
      logger,
      pollMs: POLL,
      instanceId: 'instance-stopping',
      deliver: async (checkBack) => {
        // SIGTERM arrives while this instance sends its first check-back.
        stopped ??= stopping.stop();
        sentByStopping.push(z.object({ conversation: z.object({ id: z.string() }) }).parse(checkBack.address).conversation.id);
      },
    });
    stopping.start();
    await vi.advanceTimersByTimeAsync(HOUR + POLL);
    await stopped;
    expect(sentByStopping).toHaveLength(1);
    expect(outcomes).toEqual(['sent']);

    const sentByNext: { conversation: string; text: string }[] = [];
    await schedulerFor(new Chat({ storage, conversationId: 'conversation-one' }), new StorageCheckBackStore(storage), sentByNext, 'instance-next').runOnce();
    expect(sentByNext.map((message) => message.conversation)).toHaveLength(1);
    expect(sentByNext[0]?.conversation).not.toBe(sentByStopping[0]);
  });

  it('reads the time from its own clock: a round "as at" an hour later sends it, real time and timers untouched', async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ storage, conversationId: 'conversation-admin' });
    await chat.click(buttonData(await reachCheckStatus(chat), en.desk.checkBack.offerButton));
    const delivered: { conversation: string; text: string }[] = [];
    let aheadMs = 0;
    const scheduler = schedulerFor(chat, new StorageCheckBackStore(storage), delivered, 'instance-a', () => new Date(Date.now() + aheadMs));
    await scheduler.runOnce();
    expect(delivered).toEqual([]);
    aheadMs = HOUR + 60_000;
    await scheduler.runOnce();
    await scheduler.runOnce();
    expect(delivered.map((message) => message.conversation)).toEqual(['conversation-admin']);
    expect(delivered[0]?.text).toContain(en.desk.checkBack.finishedButton);
  });

  it('can be cancelled by typing or with the button; nothing is sent then', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-11-27T12:00:00Z') });
    const storage = new MemoryStorage();
    const chat = new Chat({ storage, conversationId: 'conversation-admin' });
    await chat.click(buttonData(await reachCheckStatus(chat), en.desk.checkBack.offerButton));
    expect(textOf(await chat.say('cancel check-back'))).toContain(en.desk.checkBack.cancelled);
    expect(textOf(await chat.click({ action: 'check-back', choice: 'cancel' }))).toContain(en.desk.checkBack.nothingToCancel);
    const delivered: { conversation: string; text: string }[] = [];
    const scheduler = schedulerFor(chat, new StorageCheckBackStore(storage), delivered, 'instance-a');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    await scheduler.stop();
    expect(delivered).toEqual([]);
  });
});
