import { ActivityHandler, TurnContext, type ConversationState, type UserState } from 'botbuilder';
import { runDialog } from 'botbuilder-dialogs';
import type { CaseStore } from '../domain/index.js';
import { CaseDesk } from './case-desk.js';
import type { ConversationData, StateAccessors, UserProfile } from './conversation-data.js';
import { MainDialog } from './main-dialog.js';
import { setTurnLanguage, turnMessages } from './turn-language.js';
import { languageFromLocale } from '../i18n/index.js';

export interface UpgradeAssistantBotOptions {
  conversationState: ConversationState;
  userState: UserState;
  caseStore: CaseStore;
  /** Users who may open any triage case, not only their own. */
  supportAgentIds?: readonly string[];
}

/** A thin handler: welcome once, run the main dialog on every message, save state after every turn. */
export class UpgradeAssistantBot extends ActivityHandler {
  private readonly state: StateAccessors;
  private readonly mainDialog: MainDialog;

  constructor(private readonly options: UpgradeAssistantBotOptions) {
    super();
    const { conversationState, userState } = options;
    this.state = {
      dialogState: conversationState.createProperty('dialogState'),
      conversationData: conversationState.createProperty<ConversationData>('conversationData'),
      userProfile: userState.createProperty<UserProfile>('userProfile'),
    };
    this.mainDialog = new MainDialog(this.state, new CaseDesk(options.caseStore, options.supportAgentIds ?? []));

    this.onMessage(async (context, next) => {
      // In a team, "@Upgrade Assistant help" must read as "help".
      TurnContext.removeRecipientMention(context.activity);
      await this.chooseLanguage(context);
      await runDialog(this.mainDialog, context, this.state.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const someoneElse = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id);
      if (someoneElse) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }

  /** The user's own choice wins; otherwise the channel's locale (Teams sends the client's). */
  private async chooseLanguage(context: TurnContext): Promise<void> {
    const profile = await this.state.userProfile.get(context, {});
    setTurnLanguage(context, profile.language ?? languageFromLocale(context.activity.locale));
  }

  /** Teams sends both installationUpdate and conversationUpdate on install: greet once. */
  private async welcome(context: TurnContext): Promise<void> {
    await this.chooseLanguage(context);
    const data = await this.state.conversationData.get(context, {});
    if (data.welcomed) return;
    data.welcomed = true;
    await context.sendActivity(turnMessages(context).ui.welcome);
    await this.mainDialog.sendMenu(context);
  }
}
