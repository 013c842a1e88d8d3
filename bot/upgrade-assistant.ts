import { UpgradeAssistantBot } from '../dialogs/index.js';
import { languageFromLocale, messagesFor } from '../i18n/index.js';
import type { Config } from './config.js';
import { GraphTenantReader, teamsTokenExchange } from './graph/index.js';
import { startHost, type HostDependencies, type RunningHost } from './host.js';
import type { Logger } from './logger.js';
import { botbuilderPieces } from './botbuilder-internals/index.js';
import { ConcurrencyCheckedStorage } from './state-write-conflict.js';
import { createStorage, type BotStorage } from './storage/index.js';
import { QueueServiceClient } from '@azure/storage-queue';
import { CheckBackScheduler } from './check-back/check-back-scheduler.js';
import { checkBackDelivery } from './check-back/deliver-check-back.js';
import { CheckBackQueueWorker, QueueCheckBackStore } from './check-back/queue-check-backs.js';
import { StorageCheckBackStore } from './check-back/storage-check-back-store.js';
import type { CheckBackDelivery, SendOptions } from './check-back/send-claimed.js';
import { renderBlockersChart } from './desk/blockers-chart.js';
import { CaseExportLinks } from './desk/case-export.js';
import { startTelemetry, telemetryMiddleware, type TelemetrySink } from './telemetry/index.js';
import { TELEMETRY_EVENTS } from '../dialogs/turn-telemetry.js';
import { requestOriginOf } from './public-origin.js';

export interface UpgradeAssistantOptions extends Pick<HostDependencies, 'openIdMetadataUrl' | 'connectionLimits'> {
  /** The time check-backs fall due by (the real one unless given): an end-to-end test moves it forward. */
  checkBackClock?: () => Date;
  /** Where telemetry goes instead of Application Insights, when a connection string is set (tests). */
  telemetrySink?: (connectionString: string) => Promise<TelemetrySink>;
}

/** What sends check-backs: the in-process scheduler (lowdb, memory) or the queue worker (blobs). */
export interface CheckBackSender {
  start(): void;
  stop(): Promise<void>;
  /** One round now (a test's or a drill's), as the timer would run it. */
  runOnce(): Promise<unknown>;
}

export interface RunningUpgradeAssistant extends RunningHost {
  storage: BotStorage;
  checkBacks: CheckBackSender;
}

/**
 * With STORAGE=blobs (several instances) check-backs wake through an Azure Storage queue, one
 * message a booking; otherwise a scheduler in this process polls the store's due index.
 */
function checkBackPath(config: Config, storage: BotStorage, logger: Logger, now: (() => Date) | undefined, onOutcome: SendOptions['onOutcome']) {
  const items = new StorageCheckBackStore(storage.storage, { dueIndex: config.STORAGE !== 'blobs' });
  const leaseMs = config.CHECK_BACK_LEASE_SECONDS * 1000;
  const senderOptions = { ...(now ? { now } : {}), ...(onOutcome ? { onOutcome } : {}) };
  if (config.STORAGE !== 'blobs') {
    return {
      store: items,
      prepare: async () => undefined,
      sender: (deliver: CheckBackDelivery): CheckBackSender => new CheckBackScheduler({ store: items, deliver, logger, leaseMs, ...senderOptions }),
    };
  }
  const connectionString = config.QUEUE_CONNECTION_STRING ?? config.BLOB_CONNECTION_STRING ?? '';
  // Few, short retries: a queue that is down is asked again by the worker's own loop, not held in one call.
  const variable = config.QUEUE_CONNECTION_STRING === undefined ? 'BLOB_CONNECTION_STRING' : 'QUEUE_CONNECTION_STRING';
  let service: QueueServiceClient;
  try {
    service = QueueServiceClient.fromConnectionString(connectionString, { retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2_000, tryTimeoutInMs: 10_000 } });
  } catch (error) {
    // The SDK's message ("Invalid EndpointSuffix…") names neither the variable nor what is missing; the string itself is a secret.
    throw new Error(
      `${variable} names no queue service for the check-backs (an account key with EndpointSuffix, or a QueueEndpoint=; set QUEUE_CONNECTION_STRING for a separate account): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const queue = service.getQueueClient(config.QUEUE_NAME);
  const poisonQueue = service.getQueueClient(`${config.QUEUE_NAME}-poison`);
  return {
    store: new QueueCheckBackStore(items, queue, now),
    prepare: async () => {
      for (const client of [queue, poisonQueue]) {
        try {
          await client.createIfNotExists();
        } catch (error) {
          throw new Error(`the check-back queue "${client.name}" could not be reached or created: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      }
    },
    sender: (deliver: CheckBackDelivery): CheckBackSender => {
      return new CheckBackQueueWorker({ queue, poisonQueue, store: items, deliver, logger, pollMs: config.QUEUE_POLL_SECONDS * 1000, leaseMs, ...senderOptions });
    },
  };
}

/**
 * The whole bot, top to bottom: storage → states → bot → CloudAdapter → restify.
 * `bot/index.ts` runs it from the environment; tests and benchmarks start it on port 0.
 */
export async function startUpgradeAssistant(
  config: Config,
  logger: Logger,
  /** Where inbound tokens' keys are published (tests point it at their own issuer), and the check-backs' clock. */
  { checkBackClock, telemetrySink, ...hostOptions }: UpgradeAssistantOptions = {},
): Promise<RunningUpgradeAssistant> {
  // Loaded only when configured: without a connection string no telemetry module is even imported.
  const telemetry = await startTelemetry(config, logger, telemetrySink);
  const storage = await createStorage(
    {
      kind: config.STORAGE,
      dataDir: config.DATA_DIR,
      compactAfterBytes: config.LOWDB_COMPACT_AFTER_KB * 1024,
      ...(config.BLOB_CONNECTION_STRING && config.BLOB_CONTAINER_NAME
        ? { blobs: { connectionString: config.BLOB_CONNECTION_STRING, containerName: config.BLOB_CONTAINER_NAME } }
        : {}),
    },
    logger,
  );
  // State writes carry the eTag read at the start of the turn: a concurrent instance's write is refused, not lost.
  const stateStorage = new ConcurrencyCheckedStorage(storage.storage);
  const { conversationState, userState } = botbuilderPieces(config.BOTBUILDER_PATH).states(stateStorage);
  // Check-backs and export links live in the same storage as the conversations.
  const checkBackOutcome: SendOptions['onOutcome'] = telemetry
    ? (conversationKey, outcome) =>
        telemetry.client.trackEvent({
          name: outcome === 'sent' ? TELEMETRY_EVENTS.checkBackSent : TELEMETRY_EVENTS.checkBackFailed,
          properties: { conversationKey, ...(outcome === 'sent' ? {} : { fault: outcome }) },
        })
    : undefined;
  const checkBackRoute = checkBackPath(config, storage, logger, checkBackClock, checkBackOutcome);
  // A missing queue is created now; one that cannot be reached stops the start, naming it.
  await checkBackRoute.prepare().catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  const checkBackStore = checkBackRoute.store;
  // The export link names the host's address, known once it listens.
  const exportLinks: { current?: CaseExportLinks } = {};
  // "Check my tenant" is offered only with an OAuth connection to sign in with.
  const connectionName = config.OAUTH_CONNECTION_NAME;
  const tenantCheck =
    connectionName === undefined
      ? undefined
      : {
          connectionName,
          reader: new GraphTenantReader({
            ...(config.GRAPH_BASE_URL ? { baseUrl: config.GRAPH_BASE_URL } : {}),
            logger,
            ...(telemetry ? { onFault: (fault: Record<string, string>) => telemetry.client.trackEvent({ name: TELEMETRY_EVENTS.tenantReadFault, properties: fault }) } : {}),
          }),
          onSignInFailure: (error: unknown) => logger.warn({ err: error, event: 'sign-in.failed' }, 'the token service failed'),
        };
  const bot = new UpgradeAssistantBot({
    conversationState,
    userState,
    caseStore: storage.caseStore,
    supportAgentIds: config.SUPPORT_AGENT_IDS,
    checkBacks: checkBackStore,
    leadServices: {
      chart: async (week, lang) => renderBlockersChart(week, lang),
      exportLink: async (leadId, lang, context) => exportLinks.current?.issue(leadId, lang, requestOriginOf(context)),
    },
    ...(tenantCheck ? { tenantCheck } : {}),
  });
  const host = await startHost(config, {
    bot,
    conversationState,
    resetDialogStack: (context) => bot.resetDialogStack(context),
    logger,
    healthCheck: async () => ({ storage: await storage.healthCheck() }),
    flush: () => storage.close(),
    errorMessage: (locale, failure) => messagesFor(languageFromLocale(locale)).ui.turnFailed(failure),
    ...hostOptions,
  });
  exportLinks.current = new CaseExportLinks({
    storage: storage.storage,
    cases: storage.caseStore,
    leadIds: config.SUPPORT_AGENT_IDS,
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    fallbackUrl: host.url,
  });
  exportLinks.current.route(host.server, logger);
  const checkBacks = checkBackRoute.sender(checkBackDelivery(host.adapter, config.MicrosoftAppId, (context, checkBack) => bot.sendCheckBack(context, checkBack)));
  checkBacks.start();
  // Runs in the same microtask run as the listen callback: no request can be taken before it.
  if (connectionName !== undefined) host.adapter.use(teamsTokenExchange(storage.storage, connectionName));
  if (telemetry) for (const middleware of telemetryMiddleware(telemetry.client, telemetry.includeText)) host.adapter.use(middleware);
  const stop = async (): Promise<void> => {
    await checkBacks.stop();
    await host.stop();
    // Last: the events of the turns that drained are sent before the process exits.
    await telemetry?.close();
  };
  return { ...host, stop, storage, checkBacks };
}
