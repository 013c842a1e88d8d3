import { FACT_KEYS, type TenantFacts } from '../../domain/index.js';
import { Chat, cardsOf, submitActions } from '../../test/support/chat.js';
import { submittedValue } from './random-facts.js';

/**
 * The same journey with no HTTP and no CloudAdapter: the bot itself (dialogs, state on
 * MemoryStorage, cards) through botbuilder's TestAdapter. Returns the turns it took.
 */
export async function runInProcessJourney(conversationId: string, facts: TenantFacts): Promise<number> {
  const chat = new Chat({ conversationId, userId: `user-${conversationId}` });
  let replies = await chat.say('Can I upgrade?');
  let turns = 1;
  for (;;) {
    const submits = cardsOf(replies).flatMap((card) => submitActions(card).map((action) => action.data ?? {}));
    if (submits.some((data) => data['action'] === 'diagnosis')) return turns;
    const fact = FACT_KEYS.find((key) => key === submits.find((data) => data['action'] === 'answer')?.['fact']);
    if (!fact || turns > 25) throw new Error(`in-process journey ${conversationId} stalled after ${turns} turns`);
    replies = await chat.click({ action: 'answer', fact, value: submittedValue(facts, fact) });
    turns++;
  }
}
