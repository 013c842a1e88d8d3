import { ConversationState, UserState, type BotAdapter, type Middleware, type Storage } from 'botbuilder';
import type { BotbuilderPath } from '../config.js';
import { boundSigningKeyFetches, type SigningKeyFetchLimits } from './bounded-signing-key-fetch.js';
import { LeanConversationState, LeanUserState } from './lean-bot-state.js';
import { shareDialogMemoryConfiguration } from './shared-dialog-memory.js';

/**
 * Everything the host does that reaches into botbuilder 4.23.3's internals, in one place, and the
 * switch between it and botbuilder's stock classes (BOTBUILDER_PATH). Each piece says what it
 * replaces, why and with what figures; test/host/botbuilder-internals.test.ts fails when an
 * upgrade changes what they rely on, and package.json pins botbuilder to the version checked.
 *
 * - lean-bot-state.ts: BotState's change detection (a SHA-256 per state, three a turn: ~5% of a turn's CPU).
 * - shared-dialog-memory.ts: the dialog memory configuration and component registration built per
 *   dialog context (~10% of the dialogs' CPU).
 * - reused-connectors.ts: a ConnectorClient and UserTokenClient built every turn.
 * - bounded-signing-key-fetch.ts: the signing-key fetch with no timeout and no sharing.
 */
export interface BotbuilderPieces {
  /** Conversation and user state over the given storage. */
  states(storage: Storage): { conversationState: ConversationState; userState: UserState };
  /** Middleware to run every turn (the dialog memory configuration, tuned only). */
  middleware(adapter: BotAdapter): Middleware[];
  /** Whether connector clients are reused across turns. */
  reuseConnectors: boolean;
  /** Bounds the signing-key fetch (tuned only: the stock fetch has no timeout, the host's deadline still answers). */
  boundKeyFetches(limits: SigningKeyFetchLimits): void;
}

export function botbuilderPieces(path: BotbuilderPath): BotbuilderPieces {
  if (path === 'stock') {
    return {
      states: (storage) => ({ conversationState: new ConversationState(storage), userState: new UserState(storage) }),
      middleware: () => [],
      reuseConnectors: false,
      boundKeyFetches: () => undefined,
    };
  }
  return {
    states: (storage) => ({ conversationState: new LeanConversationState(storage), userState: new LeanUserState(storage) }),
    middleware: (adapter) => [shareDialogMemoryConfiguration(adapter)],
    reuseConnectors: true,
    boundKeyFetches: boundSigningKeyFetches,
  };
}
