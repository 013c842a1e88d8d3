import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { LeanConversationState, LeanUserState } from '../../bot/botbuilder-internals/lean-bot-state.js';
import { shareDialogMemoryConfiguration } from '../../bot/botbuilder-internals/shared-dialog-memory.js';
import { MemoryCaseStore } from '../../bot/storage/memory-case-store.js';
import { UpgradeAssistantBot } from '../../dialogs/index.js';
import type { TenantFacts } from '../../domain/index.js';
import { cardsOf, submitActions } from '../../test/support/chat.js';
import { answerFor } from './journey.js';

/**
 * The bot layer with no HTTP and no CloudAdapter: the same bot, state classes and dialog-memory
 * middleware the host uses, on MemoryStorage, driven through botbuilder's TestAdapter.
 */
export class InProcessBot {
  readonly #adapter: TestAdapter;

  constructor() {
    const storage = new MemoryStorage();
    const bot = new UpgradeAssistantBot({
      conversationState: new LeanConversationState(storage),
      userState: new LeanUserState(storage),
      caseStore: new MemoryCaseStore(),
      supportAgentIds: [],
    });
    this.#adapter = new TestAdapter((context) => bot.run(context));
    this.#adapter.use(shareDialogMemoryConfiguration(this.#adapter));
  }

  async #send(conversationId: string, content: Partial<Activity>): Promise<Partial<Activity>[]> {
    await this.#adapter.processActivity({
      type: 'message',
      channelId: 'bench',
      locale: 'en-US',
      from: { id: `user-${conversationId}`, name: 'Bench Admin' },
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      ...content,
    });
    return this.#adapter.activeQueue.splice(0);
  }

  /** The journey to the diagnosis card; returns the turns it took. */
  async journey(conversationId: string, facts: TenantFacts): Promise<number> {
    let replies = await this.#send(conversationId, { text: 'Can I upgrade?' });
    let turns = 1;
    for (;;) {
      const submits = cardsOf(replies).flatMap((card) => submitActions(card).map((action) => action.data ?? {}));
      if (submits.some((data) => data['action'] === 'diagnosis')) return turns;
      const answer = answerFor(submits, facts);
      if (!answer || turns > 25) throw new Error(`in-process journey ${conversationId} stalled after ${turns} turns`);
      replies = await this.#send(conversationId, { value: answer.value });
      turns++;
    }
  }
}
