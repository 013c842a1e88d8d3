import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphBodies, type GraphTenant } from './graph-fixtures.js';

/**
 * A local stand-in for Microsoft Graph v1.0: it answers the tenant check's endpoints with the bodies
 * the Graph reference shows, checks the bearer token (401 InvalidAuthenticationToken otherwise, as
 * Graph does), and can be told to fail a path the way Graph documents failures: an error body with a
 * code, 429 with Retry-After, 5xx, a hang.
 */

export type GraphFailure =
  | { status: number; code: string; headers?: Record<string, string> }
  | { body: unknown }
  | { hang: true };

export interface FakeGraph {
  url: string;
  tenant: GraphTenant;
  /** The token it accepts; another one gets a 401. */
  token: string;
  /** Every request: its path (with query) and whether the right token came with it. */
  requests: { path: string; authorized: boolean }[];
  /** Makes the next `times` requests to `path` fail this way (Infinity: until cleared). */
  fail(path: string, failure: GraphFailure, times?: number): void;
  /** Splits a path's collection into pages of this size, linked by @odata.nextLink. */
  paginate(path: string, pageSize: number, nextLinkBase?: string): void;
  reset(tenant: GraphTenant): void;
  close(): Promise<void>;
}

function graphError(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify({ error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': 'b3d1f2a0-1111-2222-3333-444455556666' } } }));
}

export async function startFakeGraph(tenant: GraphTenant, token = 'graph-access-token-for-tests'): Promise<FakeGraph> {
  const failures = new Map<string, { failure: GraphFailure; left: number }>();
  const pages = new Map<string, { size: number; nextLinkBase?: string }>();
  const hanging = new Set<ServerResponse>();
  let bodies = graphBodies(tenant);
  let baseUrl = '';
  const fake: FakeGraph = {
    url: '',
    tenant,
    token,
    requests: [],
    fail: (path, failure, times = 1) => failures.set(path, { failure, left: times }),
    paginate: (path, size, nextLinkBase) => pages.set(path, { size, ...(nextLinkBase === undefined ? {} : { nextLinkBase }) }),
    reset: (next) => {
      fake.tenant = next;
      bodies = graphBodies(next);
      failures.clear();
      pages.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', baseUrl);
    const authorized = request.headers.authorization === `Bearer ${fake.token}`;
    fake.requests.push({ path: `${url.pathname}${url.search}`, authorized });
    const path = url.pathname.replace(/^\/v1\.0/, '');
    if (request.headers.authorization === undefined) return graphError(response, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (!authorized) return graphError(response, 401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.');
    const planned = failures.get(path);
    if (planned && planned.left > 0) {
      planned.left -= 1;
      const { failure } = planned;
      if ('hang' in failure) {
        hanging.add(response);
        return;
      }
      if ('body' in failure) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(failure.body));
        return;
      }
      return graphError(response, failure.status, failure.code, `The request failed with ${failure.code}.`, failure.headers);
    }
    const body = bodies[path] as { value?: unknown[] } | undefined;
    if (!body) return graphError(response, 404, 'Request_ResourceNotFound', `Resource '${path}' does not exist.`);
    const paging = pages.get(path);
    let answer: unknown = body;
    if (paging && Array.isArray(body.value)) {
      const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
      const rest = body.value.slice(skip + paging.size);
      answer = {
        ...body,
        value: body.value.slice(skip, skip + paging.size),
        ...(rest.length > 0 ? { '@odata.nextLink': `${paging.nextLinkBase ?? baseUrl}/v1.0${path}?$skiptoken=${String(skip + paging.size)}` } : {}),
      };
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer));
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.url = baseUrl;
  return fake;
}
