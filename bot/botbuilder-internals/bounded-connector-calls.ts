import type { Pipeline, PipelinePolicy } from '@azure/core-rest-pipeline';
import type { ConnectorClient } from 'botframework-connector';

/**
 * Replaces: the retries botframework-connector's ConnectorClient makes when a channel's
 * serviceUrl refuses connections or never answers (@azure/core-rest-pipeline's default retry
 * policy: ECONNREFUSED retried three times with 1, 2 and 4 s of backoff, no timeout at all).
 *
 * Why: a reply is posted inside its turn, which holds its conversation's lock: a serviceUrl that
 * refused took about 9 s of retries (5.5 s measured here), and the conversation's next message
 * waited as long; one that never answered held the turn for ever. The public hook for this,
 * ConnectorClientOptions.requestPolicyFactories, is overwritten by ConnectorFactoryImpl.create
 * (4.23.3), so this policy is added to the built client's pipeline, after its retry policy, where
 * it sees every attempt: an attempt is aborted after `timeoutMs`; a refused or timed-out serviceUrl
 * fails with ServiceUrlUnavailableError, which the retry policy does not retry, and is not called
 * again for `unavailableForMs`. Answers (5xx, 429) are retried as before.
 *
 * Relies on (the canary suite checks it): the client's private `client` (a core-client
 * ServiceClient) and its `pipeline`.
 */
export class ServiceUrlUnavailableError extends Error {
  override readonly name = 'ServiceUrlUnavailableError';

  constructor(
    readonly origin: string,
    options?: { cause?: unknown },
  ) {
    super(`${origin} refused or timed out; not called again for a while`, options);
  }
}

/** Failures of the connection itself, not answers: the service is not there. */
const CONNECTION_FAILURES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ETIMEDOUT']);

function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return error.name === 'AbortError' || (typeof code === 'string' && CONNECTION_FAILURES.has(code));
}

export interface ConnectorCallLimits {
  /** One attempt still running after this is aborted. */
  timeoutMs: number;
  /** After a connection failure, how long calls to that serviceUrl fail at once. */
  unavailableForMs: number;
}

const POLICY_NAME = 'upgrade-assistant-bounded-connector-calls';

export function boundedCallPolicy({ timeoutMs, unavailableForMs }: ConnectorCallLimits): PipelinePolicy {
  const unavailableUntil = new Map<string, number>();
  return {
    name: POLICY_NAME,
    async sendRequest(request, next) {
      const { origin } = new URL(request.url);
      const until = unavailableUntil.get(origin);
      if (until !== undefined && until > Date.now()) throw new ServiceUrlUnavailableError(origin);
      const deadline = AbortSignal.timeout(timeoutMs);
      request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal as AbortSignal, deadline]) : deadline;
      try {
        const response = await next(request);
        unavailableUntil.delete(origin);
        return response;
      } catch (error) {
        if (!isConnectionFailure(error)) throw error;
        unavailableUntil.set(origin, Date.now() + unavailableForMs);
        throw new ServiceUrlUnavailableError(origin, { cause: error });
      }
    },
  };
}

/** The core-client pipeline inside a ConnectorClient (botbuilder-stdlib's ServiceClientContext keeps it private). */
export function connectorPipeline(client: ConnectorClient): Pipeline {
  return (client as unknown as { client: { pipeline: Pipeline } }).client.pipeline;
}

/** Adds the bounded-call policy to a built client (once). */
export function boundConnectorCalls(client: ConnectorClient, policy: PipelinePolicy): ConnectorClient {
  const pipeline = connectorPipeline(client);
  if (!pipeline.getOrderedPolicies().some((existing) => existing.name === POLICY_NAME)) pipeline.addPolicy(policy, { afterPhase: 'Retry' });
  return client;
}
