import type { AddressInfo } from 'node:net';
import type { BotState, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createAdapter, type ErrorMessage, type HostAdapter } from './adapter.js';
import type { Config } from './config.js';
import { botbuilderPieces } from './botbuilder-internals/index.js';
import { InFlightWork } from './in-flight.js';
import type { Logger } from './logger.js';
import { createServer, type HealthCheck, type TurnHandler } from './server.js';
import { DEFAULT_CONNECTION_LIMITS, guardConnections, type ConnectionLimits } from './connection-guard.js';
import { closeGracefully } from './shutdown.js';

export interface HostDependencies {
  bot: TurnHandler;
  /** Where the outbox records the ids of the replies it posted. */
  conversationState: Pick<BotState, 'get' | 'saveChanges'>;
  /** Drops a conversation's dialog stack, keeping the rest (see AdapterDependencies); a bot without dialogs has none. */
  resetDialogStack?: (context: TurnContext) => Promise<void>;
  logger: Logger;
  healthCheck: HealthCheck;
  /** Closes storage once the last turn is done. */
  flush: () => Promise<void>;
  errorMessage: ErrorMessage;
  /** Milliseconds before a slow turn shows a typing indicator. */
  typingDelayMs?: number;
  /** How long stop() lets turns in flight run. */
  drainTimeoutMs?: number;
  /** Where inbound tokens' signing keys are published; unset means Microsoft's public cloud. */
  openIdMetadataUrl?: string;
  /** The Emulator's signing keys, when they are not where the channels' are (tests). */
  emulatorOpenIdMetadataUrl?: string;
  /** How long a request's authentication may take, key fetch included, before a 503 (default 5 s). */
  authTimeoutMs?: number;
  /** How long one attempt at a call to a channel's serviceUrl may take (default 5 s; tuned path). */
  connectorCallTimeoutMs?: number;
  /** Deadlines for slow clients and the connection cap (defaults in DEFAULT_CONNECTION_LIMITS, the cap from MAX_CONNECTIONS). */
  connectionLimits?: Partial<ConnectionLimits>;
}

export interface RunningHost {
  server: Server;
  adapter: HostAdapter;
  /** Where the host answers, e.g. http://127.0.0.1:3978 (a wildcard HOST is reached via loopback). */
  url: string;
  /** Stops accepting, lets turns in flight finish, flushes storage. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Channels retry a request that got no answer; past this the host answers 503 rather than keep them waiting. */
const DEFAULT_AUTH_TIMEOUT_MS = 5_000;

function urlOf(address: AddressInfo): string {
  const reachable = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  const host = reachable.includes(':') ? `[${reachable}]` : reachable;
  return `http://${host}:${address.port}`;
}

/** Builds the adapter and the server around the given bot and listens on config.HOST:config.PORT. */
export async function startHost(config: Config, dependencies: HostDependencies): Promise<RunningHost> {
  const { bot, conversationState, resetDialogStack, logger, healthCheck, flush, errorMessage, typingDelayMs, drainTimeoutMs, openIdMetadataUrl, emulatorOpenIdMetadataUrl } =
    dependencies;
  const authTimeoutMs = dependencies.authTimeoutMs ?? DEFAULT_AUTH_TIMEOUT_MS;

  // One key fetch at a time, aborted at the same deadline as the request's authentication.
  botbuilderPieces(config.BOTBUILDER_PATH).boundKeyFetches({ timeoutMs: authTimeoutMs, retryAfterMs: 2 * authTimeoutMs });
  const adapter = createAdapter(config, {
    logger,
    conversationState,
    resetDialogStack,
    errorMessage,
    typingDelayMs,
    openIdMetadataUrl,
    emulatorOpenIdMetadataUrl,
    connectorCallTimeoutMs: dependencies.connectorCallTimeoutMs,
  });
  const inFlight = new InFlightWork();
  const authentication = { required: config.MicrosoftAppId !== undefined, timeoutMs: authTimeoutMs };
  const server = createServer({ adapter, bot, logger, healthCheck, authentication, inFlight });
  const connections = guardConnections(
    server.server,
    { ...DEFAULT_CONNECTION_LIMITS, maxConnections: config.MAX_CONNECTIONS, ...dependencies.connectionLimits },
    logger,
  );

  // restify re-emits the http server's errors on itself (and throws when nobody listens there).
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error: Error) => logger.error({ err: error }, 'http server error'));
  const url = urlOf(server.address());
  const address = server.address().address;
  const loopback = address === '::1' || address.startsWith('127.');
  logger.info(
    {
      url,
      maxConnections: connections.cap,
      authentication: config.MicrosoftAppId === undefined ? 'off (local use)' : 'on',
      reachableFrom: loopback
        ? `this machine only${config.MicrosoftAppId === undefined ? ': no MicrosoftAppId, so requests are not authenticated' : ''}; set HOST to listen elsewhere`
        : `the network (${address})`,
    },
    'host listening',
  );

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= closeGracefully({ httpServer: server.server, inFlight, flush, logger, drainTimeoutMs });
    return stopping;
  };

  return { server, adapter, url, stop };
}
