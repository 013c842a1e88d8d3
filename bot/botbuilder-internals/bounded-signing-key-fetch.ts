import { createRequire } from 'node:module';
import { z } from 'zod';
import { SigningKeysUnavailableError } from '../signing-keys-unavailable.js';

/**
 * Replaces: botframework-connector's OpenIdMetadata.refreshCache (lib/auth/openIdMetadata.js,
 * private), which fetches the OpenID metadata and then the signing keys with node-fetch and no
 * timeout, once for every request that needs a key it lacks, with nothing shared between them.
 *
 * Why: with the key endpoint unreachable every forged token started a fetch of its own; with the
 * endpoint silent (a dropped packet, a firewall) each fetch hung for ever holding a socket: 200
 * forged tokens at once left 73 requests unanswered (the audit of issue 10). Here one fetch at a
 * time runs per metadata URL, it is aborted after `timeoutMs`, and after a failure the endpoint
 * counts as down for `retryAfterMs`: requests meanwhile get SigningKeysUnavailableError (503) at
 * once instead of each opening a connection. The refreshed keys go where the library keeps them,
 * so its own key lookup, endorsement checks and refresh schedule are unchanged.
 *
 * Relies on (the canary suite checks each): the module path, the class's prototype method
 * `refreshCache`, and the instance fields `url`, `proxySettings`, `keys` and `lastUpdated`.
 */
const OPEN_ID_METADATA_MODULE = 'botframework-connector/lib/auth/openIdMetadata.js';

/** The parts of an OpenIdMetadata instance the refresh reads and writes. */
interface OpenIdMetadataFields {
  url: string;
  proxySettings?: unknown;
  keys?: unknown[];
  lastUpdated: number;
}

type RefreshCache = (this: OpenIdMetadataFields) => Promise<void>;
interface OpenIdMetadataModule {
  OpenIdMetadata: { prototype: { refreshCache: RefreshCache } };
}

const MetadataSchema = z.looseObject({ jwks_uri: z.url() });
const KeySetSchema = z.looseObject({ keys: z.array(z.looseObject({ kid: z.string().optional() })) });

export interface SigningKeyFetchLimits {
  /** A fetch (metadata and keys together) taking longer is aborted. */
  timeoutMs: number;
  /** After a failed fetch, how long the endpoint counts as down. */
  retryAfterMs: number;
}

/** Per metadata URL: the fetch under way, or when the last one failed. */
interface EndpointState {
  inFlight?: Promise<void>;
  failedAt?: number;
  failure?: SigningKeysUnavailableError;
}

const endpoints = new Map<string, EndpointState>();
let limits: SigningKeyFetchLimits = { timeoutMs: 5_000, retryAfterMs: 10_000 };
let original: RefreshCache | undefined;

export function openIdMetadataModule(): OpenIdMetadataModule {
  return createRequire(import.meta.url)(OPEN_ID_METADATA_MODULE) as OpenIdMetadataModule;
}

async function fetchJson<Schema extends z.ZodType>(url: string, schema: Schema, signal: AbortSignal): Promise<z.output<Schema>> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return schema.parse(await response.json());
}

async function refreshWithin(metadata: OpenIdMetadataFields, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const { jwks_uri: keysUrl } = await fetchJson(metadata.url, MetadataSchema, signal);
    const { keys } = await fetchJson(keysUrl, KeySetSchema, signal);
    metadata.keys = keys;
    metadata.lastUpdated = Date.now();
  } catch (error) {
    throw new SigningKeysUnavailableError(metadata.url, Math.ceil(limits.retryAfterMs / 1000), { cause: error });
  }
}

function boundedRefresh(this: OpenIdMetadataFields): Promise<void> {
  // A proxy needs node-fetch's agent, which only the library's own fetch sets up.
  if (this.proxySettings && original) return original.call(this);
  const endpoint = endpoints.get(this.url) ?? {};
  endpoints.set(this.url, endpoint);
  if (endpoint.inFlight) return endpoint.inFlight;
  if (endpoint.failure && endpoint.failedAt !== undefined && Date.now() - endpoint.failedAt < limits.retryAfterMs) {
    return Promise.reject(endpoint.failure);
  }
  const run = refreshWithin(this, limits.timeoutMs).then(
    () => {
      endpoint.failure = undefined;
    },
    (error: SigningKeysUnavailableError) => {
      endpoint.failure = error;
      endpoint.failedAt = Date.now();
      throw error;
    },
  );
  endpoint.inFlight = run.finally(() => {
    endpoint.inFlight = undefined;
  });
  return endpoint.inFlight;
}

/** Installs the bounded refresh (once per process; later calls only change the limits). */
export function boundSigningKeyFetches(newLimits: SigningKeyFetchLimits): void {
  limits = newLimits;
  endpoints.clear();
  const { prototype } = openIdMetadataModule().OpenIdMetadata;
  if (original) return;
  original = prototype.refreshCache;
  prototype.refreshCache = boundedRefresh;
}
