import { LRUCache } from 'lru-cache';
import {
  ActivityTypes,
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
  type ResourceResponse,
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
import { botbuilderPieces } from './botbuilder-internals/index.js';
import { boundedCallPolicy, type ConnectorCallLimits } from './botbuilder-internals/bounded-connector-calls.js';
import { botAppIdOf, ConnectorReuse } from './botbuilder-internals/reused-connectors.js';
import { createOutboxMiddleware, deliverHeldReplies, withdrawReplies } from './outbox.js';
import { failureOf, type TurnFailure } from './turn-failure.js';
import { createTurnLoggingMiddleware, turnFields } from './turn-logging.js';

/** The words a user sees when a turn fails, in the activity's language, naming what failed. */
export type ErrorMessage = (locale: string | undefined, failure: TurnFailure) => string;

export interface AdapterDependencies {
  logger: Logger;
  /** The conversation state the outbox records posted replies' ids in. */
  conversationState: Pick<BotState, 'get' | 'saveChanges'>;
  /**
   * Drops the conversation's dialog stack, keeping everything else it remembers; called when the
   * same conversation fails twice in a row, as a stack that cannot be loaded makes it do. A bot
   * without dialogs has none to drop.
   */
  resetDialogStack?: (context: TurnContext) => Promise<void>;
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
  /** How long one attempt at a call to a channel's serviceUrl may take (default 5 s; tuned path). */
  connectorCallTimeoutMs?: number;
}

/** The connector clients are built once, not on every turn, with their calls bounded (see ConnectorReuse). */
class HostBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly #clients: ConnectorReuse;

  constructor(options: ConfigurationBotFrameworkAuthenticationOptions, connectorLimits: ConnectorCallLimits) {
    super(options);
    this.#clients = new ConnectorReuse(boundedCallPolicy(connectorLimits));
  }

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
  if (openIdMetadataUrl !== undefined || emulatorOpenIdMetadataUrl !== undefined || config.OAUTH_API_URL !== undefined) {
    // Overriding one endpoint makes botbuilder expect all of them: the rest stay the public cloud's.
    Object.assign(options, {
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: config.OAUTH_API_URL ?? AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: emulatorOpenIdMetadataUrl ?? openIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
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
 * to the activity's serviceUrl instead.
 */
function typingForStreamedReplies(typing: ShowTypingMiddleware): Middleware {
  return {
    onTurn: (context, next) => (context.activity.deliveryMode === DeliveryModes.ExpectReplies ? next() : typing.onTurn(context, next)),
  };
}

/**
 * CloudAdapter for a host that checks the request itself: `process()` would parse the body
 * again with zod schemas it builds on every request, and authenticate inside the turn. The host
 * authenticates first (outside the conversation's lock), then runs the turn with the result.
 */
export class HostAdapter extends CloudAdapter {
  /** Told about typing indicators the channel refused. */
  onTypingFailure: (context: TurnContext, error: unknown) => void = () => undefined;

  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs after the bot's logic, inside the turn: posts the replies the outbox held; false when the channel did not take them. */
  afterLogic: (context: TurnContext) => Promise<boolean> = async () => true;

  /** Runs one authenticated turn; the InvokeResponse carries expectReplies' replies and invoke answers. */
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, async (context) => {
      await logic(context);
      await this.afterLogic(context);
    });
  }

  /**
   * A typing indicator the channel refuses is logged and the turn goes on: ShowTypingMiddleware
   * hands such a failure to onTurnError, meant for a failed turn, which would apologise in the
   * middle of a good one (or, after the turn ended, reject with nobody listening).
   */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    if (!activities.every((activity) => activity.type === ActivityTypes.Typing)) return super.sendActivities(context, activities);
    try {
      return await super.sendActivities(context, activities);
    } catch (error) {
      this.onTypingFailure(context, error);
      return activities.map(() => ({ id: '' }));
    }
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

/** Long enough for one Bot Connector call on a slow moment; a serviceUrl that never answers is dropped after it. */
const DEFAULT_CONNECTOR_CALL_TIMEOUT_MS = 5_000;

/** Conversations whose last turn failed, so a second failure in a row can be told apart. */
class FailureStreaks {
  readonly #failedLastTurn = new LRUCache<string, true>({ max: 10_000 });

  #key(context: TurnContext): string {
    return JSON.stringify([context.activity.channelId, context.activity.conversation?.id]);
  }

  /** Records a failure; true when the conversation's previous turn had failed too. */
  failed(context: TurnContext): boolean {
    const key = this.#key(context);
    const again = this.#failedLastTurn.has(key);
    this.#failedLastTurn.set(key, true);
    return again;
  }

  middleware(): Middleware {
    return {
      onTurn: async (context, next) => {
        await next();
        // Most turns follow a good one: nothing to forget, no key to build.
        if (this.#failedLastTurn.size > 0) this.#failedLastTurn.delete(this.#key(context));
      },
    };
  }
}

export function createAdapter(config: Config, dependencies: AdapterDependencies): HostAdapter {
  const { logger, conversationState, resetDialogStack, errorMessage, typingDelayMs, openIdMetadataUrl, emulatorOpenIdMetadataUrl } = dependencies;
  const pieces = botbuilderPieces(config.BOTBUILDER_PATH);
  const options = authenticationOptions(config, openIdMetadataUrl, emulatorOpenIdMetadataUrl);
  const connectorTimeoutMs = dependencies.connectorCallTimeoutMs ?? DEFAULT_CONNECTOR_CALL_TIMEOUT_MS;
  const connectorLimits = { timeoutMs: connectorTimeoutMs, unavailableForMs: 6 * connectorTimeoutMs };
  const adapter = new HostAdapter(
    pieces.reuseConnectors ? new HostBotFrameworkAuthentication(options, connectorLimits) : new ConfigurationBotFrameworkAuthentication(options),
  );
  const streaks = new FailureStreaks();
  adapter.onTypingFailure = (context, error) =>
    logger.warn({ err: error, ...(turnHasEnded(context) ? {} : turnFields(context)) }, 'could not show the typing indicator');

  adapter.use(createTurnLoggingMiddleware(logger));
  adapter.use(typingForStreamedReplies(new ShowTypingMiddleware(typingDelayMs)));
  adapter.use(createOutboxMiddleware());
  adapter.afterLogic = (context) => deliverHeldReplies(context, conversationState, logger);
  adapter.use(streaks.middleware());
  for (const middleware of pieces.middleware(adapter)) adapter.use(middleware);

  /**
   * A failed turn never wipes the conversation: nothing it changed was saved, so the state stays
   * that of the last good turn. Its prepared replies are withdrawn and the user is told what
   * failed and that nothing was lost. Only when the same conversation fails again in a row (what
   * a dialog stack that cannot be loaded does) is that stack dropped, the rest kept. Each step is
   * guarded on its own: an exception escaping here becomes a 500 with the error text in the body.
   */
  adapter.onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    if (turnHasEnded(context)) {
      logger.warn({ err: error }, 'a late failure after the turn had ended');
      return;
    }
    // Read now: the turn may end (and its context be revoked) while the message is being sent.
    const fields = turnFields(context);
    const locale = context.activity.locale;
    withdrawReplies(context);
    let failure: TurnFailure = failureOf(error);
    if (failure === 'conflict') logger.warn({ err: error, ...fields }, 'turn lost a state write race');
    else logger.error({ err: error, ...fields }, 'turn failed');
    if (streaks.failed(context) && failure === 'error' && resetDialogStack) {
      try {
        await resetDialogStack(context);
        failure = 'stack-reset';
        logger.warn(fields, 'dialog stack reset after a second failed turn in a row');
      } catch (resetError) {
        logger.error({ err: resetError, ...fields }, 'could not reset the dialog stack');
      }
    }
    try {
      await context.sendActivity(errorMessage(locale, failure));
    } catch (sendError) {
      logger.warn({ err: sendError, ...fields }, 'could not tell the user about the failure');
    }
  };

  return adapter;
}
