import { KeyedMutex } from './storage/keyed-mutex.js';

/** Where an activity belongs; the edge has already checked both ids are there. */
export interface ConversationAddress {
  channelId: string;
  conversation: { id: string };
}

/**
 * Turns of one conversation run one after another (a card clicked twice, a retry racing the
 * original), so the second reads what the first saved; other conversations run in parallel.
 */
export class ConversationTurns {
  readonly #mutex = new KeyedMutex();

  run<T>(address: ConversationAddress, turn: () => Promise<T>): Promise<T> {
    return this.#mutex.run(JSON.stringify([address.channelId, address.conversation.id]), turn);
  }
}
