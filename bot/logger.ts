import { pino, type DestinationStream, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { LogFormat, LogLevel } from './config.js';

export type { Logger };

/**
 * Paths pino blanks out before a line is written. Secrets reach log calls in three ways: the
 * configuration object, HTTP headers (the Bot Framework bearer token), and errors from the
 * connector, whose request objects carry headers too; the error serializer below drops those.
 */
export const REDACTED_PATHS: readonly string[] = [
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
  'BLOB_CONNECTION_STRING',
  '*.BLOB_CONNECTION_STRING',
  'QUEUE_CONNECTION_STRING',
  '*.QUEUE_CONNECTION_STRING',
  'password',
  '*.password',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'access_token',
  '*.access_token',
  'authorization',
  '*.authorization',
  'Authorization',
  '*.Authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
];

const CENSOR = '[redacted]';

interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  code?: string | number;
  statusCode?: number;
  cause?: SerializedError | string;
}

/**
 * Keeps what explains an error and nothing else: connector errors (RestError and friends) carry
 * the outgoing request, headers and all, as enumerable properties that pino's default
 * serializer would write out.
 */
export function serializeError(error: unknown, depth = 0): SerializedError | string {
  if (!(error instanceof Error)) return String(error);
  const serialized: SerializedError = { type: error.constructor.name, message: error.message };
  if (error.stack !== undefined) serialized.stack = error.stack;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' || typeof code === 'number') serialized.code = code;
  if (typeof statusCode === 'number') serialized.statusCode = statusCode;
  if (error.cause !== undefined && depth < 3) serialized.cause = serializeError(error.cause, depth + 1);
  return serialized;
}

export interface LoggerOptions {
  level: LogLevel;
  /** `auto`: readable lines when stdout is a terminal (a person watches), JSON otherwise (production, files). */
  format?: LogFormat;
  /** Where lines go; stdout when omitted. Tests pass a stream to read the lines back. */
  destination?: DestinationStream;
}

/** pino's own prettifier, synchronous, for a person at a terminal; the redaction above still applies. */
function readableStdout(): DestinationStream {
  return PinoPretty({ colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', sync: true });
}

export function createLogger({ level, format = 'json', destination }: LoggerOptions): Logger {
  const readable = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  destination ??= readable ? readableStdout() : undefined;
  const options = {
    level,
    base: { service: 'upgrade-assistant' },
    redact: { paths: [...REDACTED_PATHS], censor: CENSOR },
    serializers: { err: serializeError, error: serializeError },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
