import { z } from 'zod';
import { KeyedMutex } from './storage/keyed-mutex.js';

const ConversationAddressSchema = z.looseObject({
  channelId: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
});

/** The conversation an activity belongs to, or undefined for one that names none. */
export function conversationKeyOf(activity: unknown): string | undefined {
  const address = ConversationAddressSchema.safeParse(activity);
  return address.success ? JSON.stringify([address.data.channelId, address.data.conversation.id]) : undefined;
}

/**
 * Turns of one conversation run one after another (a card clicked twice, a retry racing the
 * original), so the second reads what the first saved; other conversations run in parallel.
 */
export class ConversationTurns {
  readonly #mutex = new KeyedMutex();

  run<T>(activity: unknown, turn: () => Promise<T>): Promise<T> {
    const key = conversationKeyOf(activity);
    return key === undefined ? turn() : this.#mutex.run(key, turn);
  }
}
