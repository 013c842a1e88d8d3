import { z } from 'zod';

/**
 * The host's configuration, read once from the environment (the caller loads an optional `.env`
 * with dotenv first) and parsed with zod, so the rest of the code never touches `process.env`.
 */

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export const STORAGE_KINDS = ['lowdb', 'blobs', 'memory'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** `auto`: readable lines when a person watches (stdout is a terminal), JSON otherwise. */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
/** `tuned`: the pieces in bot/botbuilder-internals/; `stock`: botbuilder's own classes in their place. */
export const BOTBUILDER_PATHS = ['tuned', 'stock'] as const;

/** Variables whose values must never be echoed back, not even in an error message. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['MicrosoftAppPassword', 'BLOB_CONNECTION_STRING', 'QUEUE_CONNECTION_STRING', 'APPLICATIONINSIGHTS_CONNECTION_STRING']);

const guid = z.guid({ error: 'must be a GUID such as 00000000-0000-0000-0000-000000000000' });

const PORT_RULE = 'must be a whole number from 1 to 65535';
const port = z
  .string()
  .regex(/^\d{1,5}$/, { error: PORT_RULE })
  .transform(Number)
  .pipe(z.number().min(1, { error: PORT_RULE }).max(65535, { error: PORT_RULE }));

const host = z.union([z.ipv4(), z.ipv6(), z.hostname()], { error: 'must be an IP address or a host name' });

// Azure's container naming rule: 3-63 lowercase letters, digits and single hyphens, no hyphen at either end.
const containerName = z
  .string()
  .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, {
    error: 'must be 3 to 63 lowercase letters, digits or single hyphens, starting and ending with a letter or digit',
  });

// Azure's queue naming rule (as containers'), kept 7 characters short so `<name>-poison` is a queue name too.
const queueName = z
  .string()
  .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,54}[a-z0-9]$/, {
    error: 'must be 3 to 56 lowercase letters, digits or single hyphens, starting and ending with a letter or digit (its poison queue adds "-poison")',
  });

/** A whole number of seconds within bounds, from an environment string. */
const seconds = (min: number, max: number) => {
  const rule = `must be a whole number of seconds from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d{1,7}$/, { error: rule })
    .transform(Number)
    .pipe(z.number().min(min, { error: rule }).max(max, { error: rule }));
};

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
const isHttpsOrLoopback = (url: URL) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));

// The admin's token goes there: https, or plain http to this machine only (a local fake Graph).
const serviceOrigin = z
  .url({ error: 'must be a URL such as https://graph.microsoft.com' })
  // Not a URL at all is already reported above.
  .refine((text) => !URL.canParse(text) || isHttpsOrLoopback(new URL(text)), { error: 'must use https (plain http only to localhost)' })
  .refine((text) => !URL.canParse(text) || ['', '/'].includes(new URL(text).pathname), { error: 'must be a scheme and host only, without a path' });

// Application Insights' connection string: `Key=value` pairs separated by `;`, with at least the instrumentation key.
const appInsightsConnectionString = z
  .string()
  .refine((text) => /(^|;)\s*InstrumentationKey\s*=\s*[0-9a-fA-F-]{36}\s*(;|$)/.test(text), {
    error: 'must be an Application Insights connection string with an InstrumentationKey (copy it from the resource\'s Overview page)',
  });

const yesNo = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true');

// Links built on it are opened in a browser: http or https, a host and at most a path prefix, no query.
const publicUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http or https URL such as https://bot.contoso.com' })
  .refine((text) => !URL.canParse(text) || (new URL(text).search === '' && new URL(text).hash === '' && new URL(text).username === ''), {
    error: 'must have no query, fragment or user name',
  });

const idList = z.string().transform((text) => [
  ...new Set(
    text
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id.length > 0),
  ),
]);

const configSchema = z
  .object({
    MicrosoftAppId: guid.optional(),
    MicrosoftAppPassword: z.string().optional(),
    MicrosoftAppType: z.enum(APP_TYPES, { error: `must be one of ${APP_TYPES.join(', ')}` }).default('MultiTenant'),
    MicrosoftAppTenantId: z.string().optional(),
    PORT: port.default(3978),
    // Unset: loopback only without an app id (nothing is authenticated then), every interface with one.
    HOST: host.optional(),
    // Open connections at most; lowered at start to leave room under the process's open-file limit.
    MAX_CONNECTIONS: z
      .string()
      .regex(/^\d{1,6}$/, { error: 'must be a whole number from 16 to 100000' })
      .transform(Number)
      .pipe(z.number().min(16, { error: 'must be a whole number from 16 to 100000' }).max(100_000, { error: 'must be a whole number from 16 to 100000' }))
      .default(1000),
    STORAGE: z.enum(STORAGE_KINDS, { error: `must be one of ${STORAGE_KINDS.join(', ')}` }).default('lowdb'),
    DATA_DIR: z.string().default('./data'),
    // Journal size that starts a compaction into the per-key files; it also bounds the memory of changes not compacted yet.
    LOWDB_COMPACT_AFTER_KB: z
      .string()
      .regex(/^\d{1,7}$/, { error: 'must be a whole number of kilobytes from 64 to 1048576' })
      .transform(Number)
      .pipe(z.number().min(64, { error: 'must be a whole number of kilobytes from 64 to 1048576' }).max(1_048_576, { error: 'must be a whole number of kilobytes from 64 to 1048576' }))
      .default(4096),
    BLOB_CONNECTION_STRING: z.string().optional(),
    BLOB_CONTAINER_NAME: containerName.optional(),
    /** With STORAGE=blobs, check-backs go through an Azure Storage queue; unset, the blobs' connection string (one account for both). */
    QUEUE_CONNECTION_STRING: z.string().optional(),
    QUEUE_NAME: queueName.default('upgrade-assistant-check-backs'),
    /** How long an idle instance waits before asking the queue again (each ask is a storage request). */
    QUEUE_POLL_SECONDS: seconds(1, 60).default(5),
    /** A check-back claimed by an instance that stopped before calling the channel is taken over after this. */
    CHECK_BACK_LEASE_SECONDS: seconds(10, 3600).default(300),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    LOG_FORMAT: z.enum(LOG_FORMATS, { error: `must be one of ${LOG_FORMATS.join(', ')}` }).default('auto'),
    SUPPORT_AGENT_IDS: idList.default([]),
    BOTBUILDER_PATH: z.enum(BOTBUILDER_PATHS, { error: `must be one of ${BOTBUILDER_PATHS.join(', ')}` }).default('tuned'),
    /** The Azure Bot OAuth connection "Check my tenant" signs in with; unset, the feature is not offered. */
    OAUTH_CONNECTION_NAME: z.string().optional(),
    /** The Bot Framework token service (a regional one such as https://europe.token.botframework.com). */
    OAUTH_API_URL: serviceOrigin.optional(),
    /** Where people reach the bot (e.g. https://upgrade-assistant.contoso.com), for the links it hands out; unset, the origin each request was sent to. */
    PUBLIC_URL: publicUrl.optional(),
    /** Where Microsoft Graph answers; unset, its global service (https://graph.microsoft.com). */
    GRAPH_BASE_URL: serviceOrigin.optional(),
    /** Set: botbuilder's telemetry events and ours go to this Application Insights resource; unset, nothing is sent or loaded. */
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString.optional(),
    /** For debugging only: telemetry then carries message text and user names (ids stay hashed). */
    TELEMETRY_INCLUDE_TEXT: yesNo.default(false),
  })
  .superRefine((config, ctx) => {
    const requireVariable = (name: keyof typeof config, reason: string): void => {
      if (config[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: `is required ${reason}` });
    };
    if (config.STORAGE === 'blobs') {
      requireVariable('BLOB_CONNECTION_STRING', 'when STORAGE is blobs');
      requireVariable('BLOB_CONTAINER_NAME', 'when STORAGE is blobs');
    }
    if (config.MicrosoftAppType === 'SingleTenant' || config.MicrosoftAppType === 'UserAssignedMSI') {
      requireVariable('MicrosoftAppId', `when MicrosoftAppType is ${config.MicrosoftAppType}`);
      requireVariable('MicrosoftAppTenantId', `when MicrosoftAppType is ${config.MicrosoftAppType}`);
    }
    if (config.MicrosoftAppType !== 'UserAssignedMSI' && config.MicrosoftAppId !== undefined) {
      requireVariable('MicrosoftAppPassword', 'when MicrosoftAppId is set (the bot needs it to reply)');
    }
    if (config.OAUTH_CONNECTION_NAME !== undefined) {
      requireVariable('MicrosoftAppId', 'when OAUTH_CONNECTION_NAME is set (the OAuth connection belongs to the Azure Bot)');
    }
    if (config.MicrosoftAppPassword !== undefined && config.MicrosoftAppId === undefined) {
      requireVariable('MicrosoftAppId', 'when MicrosoftAppPassword is set');
    }
  })
  .transform(({ HOST, ...config }) => ({ ...config, HOST: HOST ?? (config.MicrosoftAppId === undefined ? '127.0.0.1' : '0.0.0.0') }));

export type Config = Readonly<z.output<typeof configSchema>>;
export type LogLevel = Config['LOG_LEVEL'];
export type StorageKind = Config['STORAGE'];
export type BotbuilderPath = Config['BOTBUILDER_PATH'];
export type LogFormat = Config['LOG_FORMAT'];

const VARIABLE_NAMES = Object.keys(configSchema.in.shape) as readonly (keyof typeof configSchema.in.shape)[];

/** Every environment variable the bot reads: what infra/azure.bicep may set on the web app. */
export const CONFIG_VARIABLES: readonly string[] = VARIABLE_NAMES;

/** Thrown by loadConfig; the message lists every bad variable and what it allows. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Empty (or blank) strings count as unset, so `PORT=` in a .env file falls back to the default. */
function knownVariables(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const picked: Record<string, string | undefined> = {};
  for (const name of VARIABLE_NAMES) {
    const value = env[name]?.trim();
    picked[name] = value === undefined || value === '' ? undefined : value;
  }
  return picked;
}

function describeProblem(issue: z.core.$ZodIssue, raw: Record<string, string | undefined>): string {
  const name = String(issue.path[0] ?? 'configuration');
  const value = raw[name];
  const got = value === undefined || SECRET_VARIABLES.has(name) ? '' : ` (got ${JSON.stringify(value)})`;
  return `${name} ${issue.message}${got}`;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const raw = knownVariables(env);
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    // One line a variable: a union or pipe can report the same variable more than once.
    throw new ConfigError([...new Set(parsed.error.issues.map((issue) => describeProblem(issue, raw)))]);
  }
  return Object.freeze(parsed.data);
}
