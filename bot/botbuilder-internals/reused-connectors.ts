import { AuthenticationConstants, ConnectorFactory, type ClaimsIdentity, type ConnectorClient, type UserTokenClient } from 'botframework-connector';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { LRUCache } from 'lru-cache';
import { boundConnectorCalls } from './bounded-connector-calls.js';

/** Distinct (bot, service URL, audience) triples kept; a channel has one or a few service URLs. */
const MAX_CLIENTS = 256;

/** The bot's app id a turn was addressed to (empty when authentication is off). */
export function botAppIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '';
}

/**
 * CloudAdapter asks for a new ConnectorClient and UserTokenClient on every turn, and each one
 * builds its credentials and a whole HTTP pipeline, even on expectReplies turns that never call
 * the connector. The clients hold nothing but their credentials (which cache their own tokens)
 * and base URL, so one per bot, service URL and audience serves every turn.
 */
export class ConnectorReuse {
  readonly #connectors = new LRUCache<string, Promise<ConnectorClient>>({ max: MAX_CLIENTS });
  readonly #userTokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max: MAX_CLIENTS });

  /** `callPolicy` goes into every connector client built (see bounded-connector-calls.ts). */
  constructor(private readonly callPolicy: PipelinePolicy) {}

  /** A factory handing out this bot's cached clients, building them through `inner` once. */
  connectorFactory(inner: ConnectorFactory, botAppId: string): ConnectorFactory {
    const connectors = this.#connectors;
    const policy = this.callPolicy;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return reuse(connectors, JSON.stringify([botAppId, serviceUrl, audience ?? null]), async () => boundConnectorCalls(await inner.create(serviceUrl, audience), policy));
      }
    })();
  }

  userTokenClient(botAppId: string, build: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return reuse(this.#userTokenClients, botAppId, build);
  }
}

/** The cached promise, or a new one; a failed build is forgotten so the next turn tries again. */
function reuse<T extends object>(cache: LRUCache<string, Promise<T>>, key: string, build: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) return cached;
  const built = build();
  cache.set(key, built);
  built.catch(() => {
    if (cache.get(key) === built) cache.delete(key);
  });
  return built;
}
