import {
  Client,
  GraphError,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { TenantPart, TenantReader, TenantReadFault, TenantReading, TenantSnapshot } from '../../domain/index.js';
import type { Logger } from '../logger.js';
import {
  collectionPage,
  CompanySubscriptionSchema,
  DIRECTORY_ROLE_TYPE,
  DomainSchema,
  MembershipSchema,
  OrganizationSchema,
  ServiceHealthSchema,
  SubscribedSkuSchema,
} from './graph-schemas.js';

/**
 * The tenant check's reads, with Microsoft's Graph client library (@microsoft/microsoft-graph-client:
 * its request builder, its RetryHandler that honours Retry-After, its fetch handler). Each part is read
 * on its own, so one refused permission costs only that part; faults come back as values.
 */

export interface GraphTenantReaderOptions {
  /** Where Graph answers, without the version (default: its global service); a local fake in tests. */
  baseUrl?: string;
  /** The whole read (every part, retries included) ends by then. */
  timeoutMs?: number;
  /** The longest Retry-After (or backoff) the reader waits for; a longer one is a 'throttled' fault. */
  maxRetryWaitSeconds?: number;
  maxRetries?: number;
  /** Seconds between retries when Graph names no Retry-After. */
  retryDelaySeconds?: number;
  logger?: Pick<Logger, 'warn'>;
  /** Told of each part that could not be read: the part, the fault and the status code (telemetry). */
  onFault?: (fault: Record<string, string>) => void;
}

const VERSION = 'v1.0';
export const GLOBAL_GRAPH = 'https://graph.microsoft.com';
/** A collection longer than this many pages is not a tenant we read in one turn. */
const MAX_PAGES = 20;

/**
 * The largest Graph answer read: a page of 100 SKUs with their service plans is about 250 KB. A
 * larger body is not a tenant page; it was read whole (300 MB stalled the event loop for 6.5 s).
 */
export const MAX_GRAPH_BODY_BYTES = 4 * 1024 * 1024;

/** A body Graph does not document, or a next page on another host. */
class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';
}

/**
 * Puts the bearer token on requests to the configured Graph only. The library's own authentication
 * handler recognises Microsoft's hosts over https; this one also serves a configured base URL (a
 * national cloud, or the local fake Graph of the tests) and refuses to send the token anywhere else.
 */
class BearerToken implements Middleware {
  #next: Middleware | undefined;

  constructor(
    private readonly accessToken: string,
    private readonly origin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (new URL(url).origin !== this.origin) throw new UnexpectedResponseError(`a request outside ${this.origin}`);
    const headers = { ...(context.options?.headers as Record<string, string> | undefined), Authorization: `Bearer ${this.accessToken}` };
    context.options = { ...context.options, headers };
    if (!this.#next) throw new Error('BearerToken must not be the last middleware');
    await this.#next.execute(context);
  }

  setNext(next: Middleware): void {
    this.#next = next;
  }
}

/**
 * Reads each answer's body as it streams in and stops at MAX_GRAPH_BODY_BYTES (cancelling the
 * stream closes the connection), so the library's own parser only ever sees a bounded body.
 */
class BoundedBody implements Middleware {
  #next: Middleware | undefined;

  async execute(context: Context): Promise<void> {
    if (!this.#next) throw new Error('BoundedBody must not be the last middleware');
    await this.#next.execute(context);
    const response = context.response;
    if (!response?.body) return;
    const tooLarge = (): UnexpectedResponseError => new UnexpectedResponseError(`an answer larger than ${MAX_GRAPH_BODY_BYTES} bytes`);
    if (Number(response.headers.get('content-length') ?? 0) > MAX_GRAPH_BODY_BYTES) {
      await response.body.cancel();
      throw tooLarge();
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > MAX_GRAPH_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(chunk.value);
    }
    context.response = new Response(Buffer.concat(chunks), { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  setNext(next: Middleware): void {
    this.#next = next;
  }
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - Date.now()) / 1000);
}

/** How a failed read reads to the admin. */
export function faultOf(error: unknown): TenantReadFault {
  if (error instanceof z.ZodError || error instanceof UnexpectedResponseError) return 'unexpected-response';
  if (!(error instanceof GraphError)) return 'unavailable';
  // Thrown inside the middleware chain (BoundedBody), the library wraps it with its name as the code.
  if (error.code === UnexpectedResponseError.name) return 'unexpected-response';
  const status = error.statusCode;
  if (status === 401) return 'token-expired';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'throttled';
  // -1: no HTTP answer at all (a timeout, a refused connection).
  if (status >= 500 || status <= 0) return 'unavailable';
  return 'unexpected-response';
}

export class GraphTenantReader implements TenantReader {
  private readonly origin: string;
  private readonly timeoutMs: number;
  private readonly maxRetryWaitSeconds: number;
  private readonly maxRetries: number;
  private readonly retryDelaySeconds: number;

  constructor(private readonly options: GraphTenantReaderOptions) {
    this.origin = new URL(options.baseUrl ?? GLOBAL_GRAPH).origin;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxRetryWaitSeconds = options.maxRetryWaitSeconds ?? 5;
    this.maxRetries = options.maxRetries ?? 2;
    this.retryDelaySeconds = options.retryDelaySeconds ?? 1;
  }

  async read(accessToken: string): Promise<TenantReading> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    const deadline = Date.now() + this.timeoutMs;
    // A retry is worth it only if its wait fits in the bound and before the whole read must end.
    const shouldRetry = (delay: number, _attempt: number, _request: unknown, _options: unknown, response: Response): boolean => {
      const wait = retryAfterSeconds(response) ?? delay;
      return wait <= this.maxRetryWaitSeconds && Date.now() + wait * 1000 < deadline;
    };
    const client = Client.initWithMiddleware({
      baseUrl: this.origin,
      defaultVersion: VERSION,
      middleware: [
        new BearerToken(accessToken, this.origin),
        new RetryHandler(new RetryHandlerOptions(this.retryDelaySeconds, this.maxRetries, shouldRetry)),
        new BoundedBody(),
        new HTTPMessageHandler(),
      ],
    });
    const list = <Item extends z.ZodType>(path: string, item: Item) => this.collect(client, path, item, signal);

    const snapshot: TenantSnapshot = {};
    const faults: TenantReading['faults'] = {};
    const part = async (name: TenantPart, readPart: () => Promise<void>): Promise<void> => {
      try {
        await readPart();
      } catch (error) {
        faults[name] = faultOf(error);
        // What failed and how, never the request (it carries the token).
        const statusCode = error instanceof GraphError ? error.statusCode : undefined;
        const code = error instanceof GraphError ? error.code : error instanceof Error ? error.name : undefined;
        this.options.logger?.warn({ event: 'graph.read-failed', part: name, fault: faults[name], statusCode, code }, 'could not read a part of the tenant');
        this.options.onFault?.({ part: name, fault: faults[name], ...(statusCode === undefined ? {} : { statusCode: String(statusCode) }) });
      }
    };

    await Promise.all([
      part('tenantId', async () => {
        const [organization] = await list('/organization?$select=id', OrganizationSchema);
        if (!organization) throw new UnexpectedResponseError('no organization');
        snapshot.tenantId = organization.id;
      }),
      part('skus', async () => {
        const skus = await list('/subscribedSkus?$select=skuPartNumber,capabilityStatus,consumedUnits,prepaidUnits,servicePlans', SubscribedSkuSchema);
        snapshot.skus = skus.map((sku) => ({
          skuPartNumber: sku.skuPartNumber,
          capabilityStatus: sku.capabilityStatus,
          prepaidEnabled: sku.prepaidUnits.enabled,
          consumedUnits: sku.consumedUnits,
          servicePlans: sku.servicePlans,
        }));
      }),
      part('subscriptions', async () => {
        const subscriptions = await list('/directory/subscriptions', CompanySubscriptionSchema);
        snapshot.subscriptions = subscriptions.map(({ skuPartNumber, isTrial, status, ownerTenantId, ownerType }) => ({
          skuPartNumber,
          isTrial,
          status,
          ...(ownerTenantId ? { ownerTenantId } : {}),
          ...(ownerType ? { ownerType } : {}),
        }));
      }),
      part('domains', async () => {
        const domains = await list('/domains?$select=id,isVerified', DomainSchema);
        snapshot.domains = domains.map((domain) => ({ name: domain.id, isVerified: domain.isVerified }));
      }),
      part('serviceHealth', async () => {
        const services = await list('/admin/serviceAnnouncement/healthOverviews?$select=id,service,status', ServiceHealthSchema);
        snapshot.serviceHealth = services.map((service) => ({ serviceId: service.id, service: service.service, status: service.status }));
      }),
      part('adminRoles', async () => {
        // Transitive: a role held through a role-assignable group counts too.
        const roles = (await list('/me/transitiveMemberOf', MembershipSchema)).filter((membership) => membership['@odata.type'] === DIRECTORY_ROLE_TYPE);
        snapshot.adminRoles = {
          roleTemplateIds: roles.flatMap((role) => (role.roleTemplateId ? [role.roleTemplateId] : [])),
          complete: roles.every((role) => Boolean(role.roleTemplateId)),
        };
      }),
    ]);
    return { snapshot, faults };
  }

  /** Every page of a collection; a next page must be on the same Graph. */
  private async collect<Item extends z.ZodType>(client: Client, path: string, item: Item, signal: AbortSignal): Promise<z.output<Item>[]> {
    const pageSchema = collectionPage(item);
    const prefix = `${this.origin}/${VERSION}`;
    const items: z.output<Item>[] = [];
    let next: string | undefined = path;
    for (let pages = 0; next !== undefined; pages += 1) {
      if (pages === MAX_PAGES) throw new UnexpectedResponseError(`more than ${MAX_PAGES} pages`);
      const page = pageSchema.parse(await client.api(next).option('signal', signal).get());
      items.push(...page.value);
      const link = page['@odata.nextLink'];
      if (link !== undefined && !link.startsWith(`${prefix}/`)) throw new UnexpectedResponseError('a next page on another host');
      next = link?.slice(prefix.length);
    }
    return items;
  }
}
