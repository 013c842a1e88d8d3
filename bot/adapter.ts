import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  ShowTypingMiddleware,
  type Activity,
  type BotState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type UserTokenClient,
} from 'botframework-connector';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { botAppIdOf, ConnectorReuse } from './reused-connectors.js';
import { shareDialogMemoryConfiguration } from './shared-dialog-memory.js';
import { StateWriteConflictError } from './state-write-conflict.js';
import { contextForTypingIndicator } from './typing-failures.js';
import { createTurnLoggingMiddleware, turnFields } from './turn-logging.js';

/** The words a user sees when a turn fails; the host picks the language from the activity's locale. */
export type ErrorMessage = (locale: string | undefined) => string;

export interface AdapterDependencies {
  logger: Logger;
  /** The state to wipe after a failed turn, so the next message starts a clean conversation. */
  conversationState: Pick<BotState, 'delete' | 'saveChanges'>;
  errorMessage: ErrorMessage;
  /** Milliseconds before the first typing indicator of a slow turn (botbuilder's default: 500). */
  typingDelayMs?: number;
  /**
   * Where inbound tokens' signing keys are published, for both channels and the Emulator. Unset
   * means Microsoft's public cloud; sovereign clouds and tests point it elsewhere.
   */
  openIdMetadataUrl?: string;
  /** The Emulator's, when it differs from the channels' (tests). */
  emulatorOpenIdMetadataUrl?: string;
}

/** The connector clients are built once, not on every turn (see ConnectorReuse). */
class HostBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly #clients = new ConnectorReuse();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const { connectorFactory, claimsIdentity } = result;
    return connectorFactory ? { ...result, connectorFactory: this.#clients.connectorFactory(connectorFactory, botAppIdOf(claimsIdentity)) } : result;
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.#clients.userTokenClient(botAppIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}

/** Only the credentials botbuilder reads; unset values are left out rather than passed as undefined. */
function authenticationOptions(
  config: Config,
  openIdMetadataUrl: string | undefined,
  emulatorOpenIdMetadataUrl: string | undefined,
): ConfigurationBotFrameworkAuthenticationOptions {
  const options: ConfigurationBotFrameworkAuthenticationOptions = { MicrosoftAppType: config.MicrosoftAppType };
  if (openIdMetadataUrl !== undefined) {
    // Overriding one endpoint makes botbuilder expect all of them: the rest stay the public cloud's.
    Object.assign(options, {
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: emulatorOpenIdMetadataUrl ?? openIdMetadataUrl,
    });
  }
  if (config.MicrosoftAppId !== undefined) options.MicrosoftAppId = config.MicrosoftAppId;
  if (config.MicrosoftAppPassword !== undefined) options.MicrosoftAppPassword = config.MicrosoftAppPassword;
  if (config.MicrosoftAppTenantId !== undefined) options.MicrosoftAppTenantId = config.MicrosoftAppTenantId;
  return options;
}

/**
 * botbuilder's typing indicator, except on expectReplies turns: their replies arrive all at once
 * in the HTTP response, so an indicator means nothing there, and ShowTypingMiddleware would post it
 * to the activity's serviceUrl instead; when that post fails after the turn has ended, its error
 * path reads the revoked TurnContext and rejects with nobody listening. A typing post that fails
 * is logged, never treated as a failed turn.
 */
function typingForStreamedReplies(typing: ShowTypingMiddleware, logger: Logger): Middleware {
  return {
    onTurn: (context, next) => {
      if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return next();
      const fields = turnFields(context);
      return typing.onTurn(
        contextForTypingIndicator(context, (error) => logger.warn({ err: error, ...fields }, 'could not show the typing indicator')),
        next,
      );
    },
  };
}

/**
 * CloudAdapter for a host that checks the request itself: `process()` would parse the body
 * again with zod schemas it builds on every request, and authenticate inside the turn. The host
 * authenticates first (outside the conversation's lock), then runs the turn with the result.
 */
export class HostAdapter extends CloudAdapter {
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs one authenticated turn; the InvokeResponse carries expectReplies' replies and invoke answers. */
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/** botbuilder revokes a TurnContext (a revocable Proxy) when its turn ends; any access then throws. */
function turnHasEnded(context: TurnContext): boolean {
  try {
    return context.activity === undefined;
  } catch {
    return true;
  }
}

export function createAdapter(config: Config, dependencies: AdapterDependencies): HostAdapter {
  const { logger, conversationState, errorMessage, typingDelayMs, openIdMetadataUrl, emulatorOpenIdMetadataUrl } = dependencies;
  const adapter = new HostAdapter(new HostBotFrameworkAuthentication(authenticationOptions(config, openIdMetadataUrl, emulatorOpenIdMetadataUrl)));

  adapter.use(createTurnLoggingMiddleware(logger));
  adapter.use(typingForStreamedReplies(new ShowTypingMiddleware(typingDelayMs), logger));
  adapter.use(shareDialogMemoryConfiguration(adapter));

  // Each step is guarded on its own: an exception escaping onTurnError becomes a 500 with the
  // error text in the body, and the state must be cleared even when the apology cannot be sent.
  adapter.onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    if (turnHasEnded(context)) {
      // ShowTypingMiddleware reports a typing post that failed after the turn ended, with the
      // turn's context already revoked: nothing can be sent or cleared any more.
      logger.warn({ err: error }, 'a late failure after the turn had ended');
      return;
    }
    // Read now: the turn may end (and its context be revoked) while the apology is being sent.
    const fields = turnFields(context);
    const locale = context.activity.locale;
    const apologise = async (): Promise<void> => {
      try {
        await context.sendActivity(errorMessage(locale));
      } catch (sendError) {
        logger.warn({ err: sendError, ...fields }, 'could not tell the user about the failure');
      }
    };
    if (error instanceof StateWriteConflictError) {
      // Another instance saved this conversation first: its state is the one to keep. This turn's
      // replies describe changes that were not saved, so they are withdrawn (expectReplies) and
      // the user is asked to send the message again.
      logger.warn({ err: error, ...fields }, 'turn lost a state write race');
      context.bufferedReplyActivities.length = 0;
      await apologise();
      return;
    }
    logger.error({ err: error, ...fields }, 'turn failed');
    await apologise();
    try {
      await conversationState.delete(context);
      await conversationState.saveChanges(context);
    } catch (stateError) {
      logger.error({ err: stateError, ...fields }, 'could not clear the conversation state');
    }
  };

  return adapter;
}
