import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ShowTypingMiddleware,
  type BotState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createTurnLoggingMiddleware } from './turn-logging.js';

/** The words a user sees when a turn fails; the host picks the language from the activity's locale. */
export type ErrorMessage = (locale: string | undefined) => string;

export interface AdapterDependencies {
  logger: Logger;
  /** The state to wipe after a failed turn, so the next message starts a clean conversation. */
  conversationState: Pick<BotState, 'delete' | 'saveChanges'>;
  errorMessage: ErrorMessage;
  /** Milliseconds before the first typing indicator of a slow turn (botbuilder's default: 500). */
  typingDelayMs?: number;
}

/** Only the credentials botbuilder reads; unset values are left out rather than passed as undefined. */
function authenticationOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  const options: ConfigurationBotFrameworkAuthenticationOptions = { MicrosoftAppType: config.MicrosoftAppType };
  if (config.MicrosoftAppId !== undefined) options.MicrosoftAppId = config.MicrosoftAppId;
  if (config.MicrosoftAppPassword !== undefined) options.MicrosoftAppPassword = config.MicrosoftAppPassword;
  if (config.MicrosoftAppTenantId !== undefined) options.MicrosoftAppTenantId = config.MicrosoftAppTenantId;
  return options;
}

function turnFields(context: TurnContext): Record<string, string | undefined> {
  const { activity } = context;
  return { conversationId: activity.conversation?.id, activityType: activity.type, channelId: activity.channelId };
}

export function createAdapter(config: Config, dependencies: AdapterDependencies): CloudAdapter {
  const { logger, conversationState, errorMessage, typingDelayMs } = dependencies;
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authenticationOptions(config)));

  adapter.use(createTurnLoggingMiddleware(logger));
  adapter.use(new ShowTypingMiddleware(typingDelayMs));

  // Each step is guarded on its own: an exception escaping onTurnError becomes a 500 with the
  // error text in the body, and the state must be cleared even when the apology cannot be sent.
  adapter.onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: error, ...turnFields(context) }, 'turn failed');
    try {
      await context.sendActivity(errorMessage(context.activity.locale));
    } catch (sendError) {
      logger.warn({ err: sendError, ...turnFields(context) }, 'could not tell the user about the failure');
    }
    try {
      await conversationState.delete(context);
      await conversationState.saveChanges(context);
    } catch (stateError) {
      logger.error({ err: stateError, ...turnFields(context) }, 'could not clear the conversation state');
    }
  };

  return adapter;
}
