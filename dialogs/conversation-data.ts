import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { TenantFacts } from '../domain/index.js';
import type { Language } from '../i18n/index.js';

/** The two walkthroughs the domain knows: the automatic change (MOSA or MCA pages), or the manual one. */
export type WalkthroughKind = 'upgrade-tab' | 'manual';

/** Saved on every step shown, so "resume" (even after a restart) lands on the same step. */
export interface WalkthroughProgress {
  id: string;
  kind: WalkthroughKind;
  facts: TenantFacts;
  stepIndex: number;
  /** The step card last sent, so Teams can update it in place once the admin moves on. */
  cardActivityId?: string;
  updatedAt: string;
}

/** What the bot remembers about one conversation, beside the dialog stack. */
export interface ConversationData {
  welcomed?: boolean;
  /** Facts gathered so far in this conversation; a recheck or a new journey starts from them. */
  facts?: Partial<TenantFacts>;
  walkthrough?: WalkthroughProgress;
  /** The question card last sent, so Teams can show it answered once the admin replies. */
  questionCardId?: string;
}

/** What the bot remembers about a user across conversations. */
export interface UserProfile {
  /**
   * Set when the user asked for a language, or wrote a sentence clearly in one (the Playground and
   * some clients send en-US whatever the user types); otherwise the channel's locale decides.
   */
  language?: Language;
}

export interface StateAccessors {
  dialogState: StatePropertyAccessor<DialogState>;
  conversationData: StatePropertyAccessor<ConversationData>;
  userProfile: StatePropertyAccessor<UserProfile>;
}
