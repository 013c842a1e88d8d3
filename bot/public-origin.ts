import type { IncomingHttpHeaders } from 'node:http';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';

/**
 * Where the people the bot talks to reach it, for links it hands out (the CSV export): PUBLIC_URL
 * when configured, else what the request that carried the turn was addressed to (Host, or the
 * X-Forwarded-Host/Proto a reverse proxy or App Service front end sets), checked to be a host name
 * or address with an optional port and nothing else. The listening address (0.0.0.0, 127.0.0.1)
 * is only a last resort: no one off the machine can open it.
 */
export const REQUEST_ORIGIN = Symbol('the origin the turn was requested at');

const hostHeader = z.union([
  z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/i),
  z.string().regex(/^\[[0-9a-f:.]+\](?::\d{1,5})?$/i),
]);
const protoHeader = z.enum(['http', 'https']);

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  // A chain of proxies lists the client-facing value first.
  return value?.split(',')[0]?.trim();
}

/** The request's own origin from its headers, or undefined when they name nothing valid. */
export function requestOrigin(headers: IncomingHttpHeaders, encrypted: boolean): string | undefined {
  const host = hostHeader.safeParse(firstValue(headers['x-forwarded-host']) ?? firstValue(headers.host));
  if (!host.success) return undefined;
  const forwardedProto = protoHeader.safeParse(firstValue(headers['x-forwarded-proto'])?.toLowerCase());
  const proto = forwardedProto.success ? forwardedProto.data : encrypted ? 'https' : 'http';
  return `${proto}://${host.data.toLowerCase()}`;
}

/** The origin the server stored on this turn (undefined for a proactive turn, which had no request). */
export function requestOriginOf(context: Pick<TurnContext, 'turnState'>): string | undefined {
  const origin: unknown = context.turnState.get(REQUEST_ORIGIN);
  return typeof origin === 'string' ? origin : undefined;
}
