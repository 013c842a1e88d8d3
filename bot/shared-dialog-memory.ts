import { TurnContext, type BotAdapter, type Middleware } from 'botbuilder';
import { DialogContext, DialogSet, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/**
 * Where botbuilder-dialogs looks for the turn's DialogStateManager configuration before building
 * one (dialogStateManager.js). Not exported by the library; a host test checks it still applies.
 */
export const DIALOG_STATE_MANAGER_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * The memory scopes and path resolvers botbuilder-dialogs builds for a turn, built the library's
 * own way, once. They hold no turn data (each reads the turn from the dialog context it is given).
 */
function buildConfiguration(adapter: BotAdapter): DialogStateManagerConfiguration {
  const probe = new DialogContext(new DialogSet(), new TurnContext(adapter, { type: 'message' }), { dialogStack: [] });
  return probe.state.configuration;
}

/**
 * Every turn's first DialogStateManager registers the dialogs component again and asks its
 * service collection for new memory scopes and path resolvers (validated with zod), about 5% of a
 * journey turn's CPU. This middleware hands every turn the same configuration instead.
 */
export function shareDialogMemoryConfiguration(adapter: BotAdapter): Middleware {
  const configuration = buildConfiguration(adapter);
  return {
    onTurn: async (context, next) => {
      if (!context.turnState.has(DIALOG_STATE_MANAGER_CONFIGURATION_KEY)) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION_KEY, configuration);
      await next();
    },
  };
}
