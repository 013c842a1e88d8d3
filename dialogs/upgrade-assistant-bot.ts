import { ActivityHandler, Channels, type ConversationState, type TurnContext, type UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, runDialog } from 'botbuilder-dialogs';
import { messageLanguage, type CaseStore, type CheckBack, type CheckBackStore } from '../domain/index.js';
import { CaseDesk, type LeadServices } from './case-desk.js';
import { CheckBackDesk, sendCheckBackQuestion } from './check-back.js';
import { continueActiveDialog } from './continue-active-dialog.js';
import type { ConversationData, StateAccessors, UserProfile } from './conversation-data.js';
import { MainDialog } from './main-dialog.js';
import type { TenantCheckSettings } from './tenant-check-dialog.js';
import { removeRecipientMention } from './recipient-mention.js';
import { setTurnLanguage, turnMessages } from './turn-language.js';
import { languageFromLocale } from '../i18n/index.js';

export interface UpgradeAssistantBotOptions {
  conversationState: ConversationState;
  userState: UserState;
  caseStore: CaseStore;
  /** Users who may open any triage case, not only their own, and see the lead's week. */
  supportAgentIds?: readonly string[];
  /** Where check-backs after an order are booked; without it none is offered. */
  checkBacks?: CheckBackStore;
  /** The lead's chart and CSV link, made by the host. */
  leadServices?: LeadServices;
  /** "Check my tenant": sign-in and the tenant's reader. Without it the feature is not offered. */
  tenantCheck?: TenantCheckSettings;
}

/**
 * Whether the turn comes from Microsoft 365 Copilot Chat (the bot as a custom engine agent) rather
 * than a Teams chat: Teams marks it with `channelData.productContext` "COPILOT" (seen in
 * microsoft/Agents-for-js issue #897, 2026-01-29; no reference page documents the field yet).
 */
function inCopilot(context: TurnContext): boolean {
  const channelData: unknown = context.activity.channelData;
  return typeof channelData === 'object' && channelData !== null && 'productContext' in channelData && channelData.productContext === 'COPILOT';
}

/** A thin handler: welcome once, run the main dialog on every message, save state after every turn. */
export class UpgradeAssistantBot extends ActivityHandler {
  private readonly state: StateAccessors;
  private readonly mainDialog: MainDialog;
  private readonly dialogs: DialogSet;

  constructor(private readonly options: UpgradeAssistantBotOptions) {
    super();
    const { conversationState, userState } = options;
    this.state = {
      dialogState: conversationState.createProperty('dialogState'),
      conversationData: conversationState.createProperty<ConversationData>('conversationData'),
      userProfile: userState.createProperty<UserProfile>('userProfile'),
    };
    const desk = new CaseDesk(options.caseStore, options.supportAgentIds ?? [], options.leadServices);
    this.mainDialog = new MainDialog(this.state, desk, options.checkBacks ? new CheckBackDesk(options.checkBacks) : undefined, options.tenantCheck);
    this.dialogs = new DialogSet(this.state.dialogState).add(this.mainDialog);

    this.onMembersAdded(async (context, next) => {
      const someoneElse = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id);
      if (someoneElse) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    // The sign-in card's answer outside Teams (or a magic code typed, which arrives as a message).
    if (options.tenantCheck) {
      this.onTokenResponseEvent(async (context, next) => {
        await this.chooseLanguage(context);
        await this.runMainDialog(context);
        await next();
      });
    }
  }

  /** Teams' sign-in invokes (signin/verifyState, signin/tokenExchange) go to the waiting sign-in prompt. */
  protected override async onSignInInvoke(context: TurnContext): Promise<void> {
    if (!this.options.tenantCheck) return super.onSignInInvoke(context);
    await this.chooseLanguage(context);
    await this.runMainDialog(context);
  }

  /** Every message goes to the main dialog (overridden rather than registered: no handler chain to walk). */
  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    // In a team, "@Upgrade Assistant help" must read as "help".
    removeRecipientMention(context.activity);
    await this.followTypedLanguage(context);
    await this.chooseLanguage(context);
    await this.runMainDialog(context);
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }

  /**
   * Drops the dialog stack and keeps the rest of the conversation data (facts, walkthrough
   * progress), as the version-change path does: the host calls it when the same conversation
   * fails again in a row. The turn's unsaved changes are dropped first (a fresh load).
   */
  async resetDialogStack(context: TurnContext): Promise<void> {
    await this.options.conversationState.load(context, true);
    await this.state.dialogState.delete(context);
    await this.options.conversationState.saveChanges(context);
  }

  /**
   * runDialog's turn without what only the Emulator or a skill uses: each turn it walks the dialog
   * tree again to send a memory snapshot as a trace, which every other channel drops (about 5% of
   * a turn's CPU), and it checks for a parent bot's hand-off. The Emulator still gets runDialog.
   */
  private async runMainDialog(context: TurnContext): Promise<void> {
    if (context.activity.channelId === Channels.Emulator) {
      await runDialog(this.mainDialog, context, this.state.dialogState);
      return;
    }
    const dialogContext = await this.dialogs.createContext(context);
    const result = await continueActiveDialog(dialogContext);
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(MainDialog.id);
  }

  /** The check-back's message, an hour after the order: the host calls this in a proactive turn. */
  async sendCheckBack(context: TurnContext, checkBack: CheckBack): Promise<void> {
    await sendCheckBackQuestion(context, checkBack);
  }

  /** The user's own choice wins; otherwise the channel's locale (Teams sends the client's). */
  private async chooseLanguage(context: TurnContext): Promise<void> {
    // Read without a default: a user who never chose a language gets no profile saved.
    const profile = await this.state.userProfile.get(context);
    setTurnLanguage(context, profile?.language ?? languageFromLocale(context.activity.locale));
  }

  /** A sentence clearly in one language answers in it from now on, whatever locale the channel sends. */
  private async followTypedLanguage(context: TurnContext): Promise<void> {
    const text = context.activity.text;
    if (!text) return;
    const language = messageLanguage(text);
    if (!language) return;
    const profile = await this.state.userProfile.get(context);
    if ((profile?.language ?? languageFromLocale(context.activity.locale)) === language) return;
    (await this.state.userProfile.get(context, {})).language = language;
  }

  /** Teams sends both installationUpdate and conversationUpdate on install: greet once. */
  private async welcome(context: TurnContext): Promise<void> {
    await this.chooseLanguage(context);
    const data = await this.state.conversationData.get(context, {});
    if (data.welcomed) return;
    data.welcomed = true;
    if (inCopilot(context)) {
      await context.sendActivity(turnMessages(context).ui.welcomeInCopilot);
      return;
    }
    await context.sendActivity(turnMessages(context).ui.welcome);
    await this.mainDialog.sendMenu(context);
  }
}
