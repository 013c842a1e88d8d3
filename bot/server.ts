import restify, { type Next, type Request, type Response, type Server } from 'restify';
import { StatusCodes, type TurnContext } from 'botbuilder';
import type { HostAdapter } from './adapter.js';
import { activityFromEnvelope, ActivityEnvelopeSchema, envelopeProblem, MAX_ACTIVITY_DEPTH, nestsDeeperThan } from './activity-envelope.js';
import { ConversationTurns } from './conversation-turns.js';
import { authenticateRequest, type AuthenticateOptions, type AuthenticationOutcome } from './request-authentication.js';
import { InFlightWork } from './in-flight.js';
import { withoutExportToken } from './desk/case-export.js';
import { REQUEST_ORIGIN, requestOrigin } from './public-origin.js';
import type { Logger } from './logger.js';

/** Anything that runs a turn: an ActivityHandler, or the dialog bot built on one. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

export interface HealthReport {
  /** Whether the conversation store answered. */
  storage: boolean;
}

export type HealthCheck = () => Promise<HealthReport>;

export interface ServerDependencies {
  adapter: HostAdapter;
  bot: TurnHandler;
  logger: Logger;
  healthCheck: HealthCheck;
  /** Whether requests need a token, and how long their check may take. */
  authentication: AuthenticateOptions;
  /** Turns are registered here so a shutdown can wait for them; the host passes its own. */
  inFlight?: InFlightWork;
}

export const MESSAGES_PATH = '/api/messages';
export const HEALTH_PATH = '/healthz';
/** Bot Framework activities are small; the Bot Connector itself caps them well under this. */
export const MAX_BODY_BYTES = 256 * 1024;

const HEALTH_STATUS = { ok: 200, degraded: 503 } as const;

/** What callers see when a turn fails in the adapter; the internal reason goes to the log only. */
export const SERVER_ERROR_BODY = { code: 'InternalError', message: 'The bot could not process this activity. Try again later.' } as const;

/** A probe must answer even when storage hangs: past this, storage counts as down. */
export const HEALTH_TIMEOUT_MS = 2_000;

async function checkHealth(healthCheck: HealthCheck, logger: Logger): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
  });
  try {
    return await Promise.race([healthCheck(), timedOut]);
  } catch (error) {
    logger.warn({ err: error }, 'health check failed');
    return { storage: false };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Bot Framework channels post plain JSON. restify's bodyReader inflates gzip itself, with no
 * error listener on the inflater (a body that is not gzip ends the process) and its size limit
 * counted before inflating (a 255 KB bomb inflates to 250 MB): so any Content-Encoding but
 * identity is refused with 415 before a byte is read, naming the one encoding taken (RFC 7694).
 */
function refuseEncodedBodies(logger: Logger) {
  return (req: Request, res: Response, next: Next): void => {
    const encoding = req.headers['content-encoding'];
    if (encoding === undefined || encoding.trim().toLowerCase() === 'identity') {
      // identity is no encoding at all, but bodyReader refuses any header but gzip.
      delete req.headers['content-encoding'];
      next();
      return;
    }
    logger.info({ path: withoutExportToken(req.path()), statusCode: 415, reason: `Content-Encoding ${encoding}` }, 'request refused');
    // Answered once the body has arrived, discarded as it came (never inflated, never kept): a
    // client still uploading would otherwise read a reset connection instead of the 415. A body
    // past the size limit is not waited for.
    let received = 0;
    let answered = false;
    const answer = (): void => {
      if (answered) return;
      answered = true;
      res.setHeader('Accept-Encoding', 'identity');
      res.send(415, { code: 'UnsupportedMediaType', message: 'Send the body without Content-Encoding.' });
      next(false);
    };
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_BODY_BYTES) answer();
    });
    req.once('end', answer);
    req.once('error', answer);
    req.resume();
  };
}

export function createServer({ adapter, bot, logger, healthCheck, authentication, inFlight = new InFlightWork() }: ServerDependencies): Server {
  const turns = new ConversationTurns();
  const refuse = (req: Request, res: Response, refused: Exclude<AuthenticationOutcome, { ok: true }>): void => {
    if (refused.status === 503) {
      logger.warn({ path: withoutExportToken(req.path()), statusCode: 503, reason: refused.reason }, 'request refused: signing keys unavailable');
      res.setHeader('Retry-After', String(refused.retryAfterSeconds));
      res.send(503, { code: 'ServiceUnavailable', message: 'The bot cannot check this request right now. Try again later.' });
      return;
    }
    logger.warn({ path: withoutExportToken(req.path()), statusCode: 401, reason: refused.reason }, 'request refused by the adapter');
    res.send(StatusCodes.UNAUTHORIZED, { code: 'Unauthorized', message: 'The request is not authorized for this bot.' });
  };
  const server = restify.createServer({ name: 'upgrade-assistant', handleUncaughtExceptions: false });

  // Requests the edge turns away (404, 405, 400, 413) never reach a handler: log them here.
  server.on('restifyError', (req: Request, _res: Response, error: Error & { statusCode?: number }, done: () => void) => {
    logger.info({ method: req.method, path: withoutExportToken(req.path()), statusCode: error.statusCode, reason: withoutExportToken(error.message) }, 'request refused');
    done();
  });

  server.get(HEALTH_PATH, async (_req: Request, res: Response) => {
    const report = await checkHealth(healthCheck, logger);
    const status = report.storage ? 'ok' : 'degraded';
    res.send(HEALTH_STATUS[status], { status, storage: report.storage });
  });

  server.post(
    MESSAGES_PATH,
    refuseEncodedBodies(logger),
    // Malformed JSON becomes 400 and an oversized body 413 here, before any bot code runs.
    restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }),
    restify.plugins.jsonBodyParser({ bodyReader: true }),
    async (req: Request, res: Response) => {
      if (nestsDeeperThan(req.body, MAX_ACTIVITY_DEPTH)) {
        const reason = `the activity nests deeper than ${MAX_ACTIVITY_DEPTH} levels`;
        logger.info({ path: req.path(), reason }, 'request refused');
        res.send(400, { code: 'BadRequest', message: reason });
        return;
      }
      const envelope = ActivityEnvelopeSchema.safeParse(req.body);
      if (!envelope.success) {
        const reason = envelopeProblem(envelope.error);
        logger.info({ path: withoutExportToken(req.path()), reason }, 'request refused');
        res.send(400, { code: 'BadRequest', message: reason });
        return;
      }
      const activity = activityFromEnvelope(envelope.data);
      // Request headers are lower-cased by Node; a missing one is an anonymous (Emulator) request.
      const authorization = req.headers.authorization ?? '';
      await inFlight.track(
        (async () => {
          let authenticated: AuthenticationOutcome;
          try {
            authenticated = await authenticateRequest((checked, header) => adapter.authenticate(checked, header), activity, authorization, authentication);
          } catch (error) {
            logger.error({ path: withoutExportToken(req.path()), statusCode: StatusCodes.INTERNAL_SERVER_ERROR, err: error }, 'authentication failed');
            res.send(StatusCodes.INTERNAL_SERVER_ERROR, SERVER_ERROR_BODY);
            return;
          }
          if (!authenticated.ok) {
            refuse(req, res, authenticated);
            return;
          }
          const { result } = authenticated;
          const ran = await turns.tryRun(envelope.data, async () => {
            try {
              const origin = requestOrigin(req.headers, 'encrypted' in req.socket && req.socket.encrypted === true);
              const invokeResponse = await adapter.runTurn(result, activity, (context) => {
                if (origin !== undefined) context.turnState.set(REQUEST_ORIGIN, origin);
                return bot.run(context);
              });
              res.send(invokeResponse?.status ?? StatusCodes.OK, invokeResponse?.body);
            } catch (error) {
              logger.error({ path: withoutExportToken(req.path()), statusCode: StatusCodes.INTERNAL_SERVER_ERROR, detail: String(error) }, 'adapter failed');
              res.send(StatusCodes.INTERNAL_SERVER_ERROR, SERVER_ERROR_BODY);
            }
          });
          if (ran === undefined) {
            // Logged at debug: a flood would otherwise write a line per refused request.
            logger.debug({ path: req.path(), statusCode: 429, conversationId: envelope.data.conversation.id }, 'request refused: the conversation has too many turns waiting');
            res.setHeader('Retry-After', '1');
            res.send(429, { code: 'TooManyRequests', message: 'This conversation has too many activities waiting. Send this one again shortly.' });
          }
        })(),
      );
    },
  );

  return server;
}
