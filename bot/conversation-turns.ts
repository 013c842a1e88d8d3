import { KeyedMutex } from './storage/keyed-mutex.js';

/** Where an activity belongs; the edge has already checked both ids are there. */
export interface ConversationAddress {
  channelId: string;
  conversation: { id: string };
}

/**
 * Turns one conversation may have waiting behind its running one. A channel sends a user's
 * activities a few at a time (a double click, a retry); 2,000 at once from one conversation held
 * 2,000 requests, bodies and sockets, and raised every other conversation's p99 from 74 to 828 ms.
 * Past this, a conversation's new requests are turned away (429 with Retry-After) until its queue
 * shortens, so it gets its share of the bot and not more.
 */
export const MAX_WAITING_TURNS = 8;

/**
 * Turns of one conversation run one after another (a card clicked twice, a retry racing the
 * original), so the second reads what the first saved; other conversations run in parallel.
 */
export class ConversationTurns {
  readonly #mutex = new KeyedMutex();
  /** Turns queued or running per conversation; a conversation with none is forgotten. */
  readonly #inLine = new Map<string, number>();

  constructor(private readonly maxWaiting = MAX_WAITING_TURNS) {}

  /** Runs the turn in its conversation's line, or gives `undefined` at once when the line is full. */
  async tryRun<T>(address: ConversationAddress, turn: () => Promise<T>): Promise<{ result: T } | undefined> {
    const key = JSON.stringify([address.channelId, address.conversation.id]);
    const inLine = this.#inLine.get(key) ?? 0;
    // One running plus maxWaiting behind it.
    if (inLine > this.maxWaiting) return undefined;
    this.#inLine.set(key, inLine + 1);
    try {
      return { result: await this.#mutex.run(key, turn) };
    } finally {
      const left = (this.#inLine.get(key) ?? 1) - 1;
      if (left === 0) this.#inLine.delete(key);
      else this.#inLine.set(key, left);
    }
  }
}
