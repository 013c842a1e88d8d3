import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from './logger.js';

/**
 * Slow and idle clients must not hold the bot's file descriptors. Node checks its own
 * headersTimeout and requestTimeout only every 30 s (connectionsCheckingInterval, which restify's
 * http.createServer() leaves at its default): half-sent headers stayed open past 95 s, and 1,200 of
 * them with 1,100 open files allowed made /healthz and every turn fail, with nothing logged. So each
 * connection gets its own deadlines here, and the number of open connections a cap below the
 * process's open-file limit: at the cap, the oldest connection that has not sent a whole request
 * head yet makes room for the new one (a slowloris cannot lock the channel or a probe out), else
 * the oldest one idling between requests (keep-alive), and only when every connection has a
 * request in flight is the new one closed. Being at the cap is logged.
 */
export interface ConnectionLimits {
  /** Open connections at most (lowered to fit the process's open-file limit). */
  maxConnections: number;
  /** How long a connection may take to send its request head. */
  headersTimeoutMs: number;
  /** How long a request may take to arrive whole, body included. */
  requestTimeoutMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { maxConnections: 1_000, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 };

/** File descriptors kept for everything that is not an inbound connection: storage files, the journal, calls out. */
const DESCRIPTORS_KEPT = 128;
/** At most one "at the cap" line in this long, with the counts since the last one. */
const CAP_LOG_INTERVAL_MS = 10_000;

/** The soft open-file limit on Linux (/proc/self/limits), or undefined elsewhere or when unlimited. */
export function openFileLimit(limitsText = readProcLimits()): number | undefined {
  const match = /^Max open files\s+(\d+)/m.exec(limitsText ?? '');
  return match ? Number(match[1]) : undefined;
}

function readProcLimits(): string | undefined {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return undefined;
  }
}

/** The cap actually used: the configured one, lowered so connections leave DESCRIPTORS_KEPT descriptors free. */
export function effectiveConnectionCap(configured: number, fileLimit: number | undefined): number {
  return fileLimit === undefined ? configured : Math.max(1, Math.min(configured, fileLimit - DESCRIPTORS_KEPT));
}

interface Tracked {
  /** Whether a whole request head has arrived on it (then keepAliveTimeout and the request deadline apply). */
  spoken: boolean;
  /** Whether a request on it is being served (its response not finished). */
  busy: boolean;
  headersTimer: NodeJS.Timeout;
}

export function guardConnections(server: Server, limits: ConnectionLimits, logger: Logger): { cap: number; open: () => number } {
  const cap = effectiveConnectionCap(limits.maxConnections, openFileLimit());
  // Node's own checks stay as a backstop (at its 30 s granularity).
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  const open = new Map<Socket, Tracked>();
  const counts = { evicted: 0, refused: 0, headersTimedOut: 0, requestsTimedOut: 0 };
  let lastCapLog = 0;

  const logAtCap = (): void => {
    const now = Date.now();
    if (now - lastCapLog < CAP_LOG_INTERVAL_MS) return;
    lastCapLog = now;
    logger.warn({ event: 'http.connection-cap', cap, open: open.size, ...counts }, 'connection cap reached: slow connections closed to make room');
  };

  server.on('connection', (socket: Socket) => {
    if (open.size >= cap) {
      const waiting = [...open].find(([, tracked]) => !tracked.spoken) ?? [...open].find(([, tracked]) => !tracked.busy);
      if (waiting) {
        counts.evicted += 1;
        waiting[0].destroy();
        open.delete(waiting[0]);
        clearTimeout(waiting[1].headersTimer);
      } else {
        counts.refused += 1;
        logAtCap();
        socket.destroy();
        return;
      }
      logAtCap();
    }
    const headersTimer = setTimeout(() => {
      if (open.get(socket)?.spoken === false) {
        counts.headersTimedOut += 1;
        socket.destroy();
      }
    }, limits.headersTimeoutMs);
    headersTimer.unref();
    open.set(socket, { spoken: false, busy: false, headersTimer });
    socket.once('close', () => {
      clearTimeout(headersTimer);
      open.delete(socket);
    });
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const tracked = open.get(req.socket);
    if (tracked) {
      tracked.spoken = true;
      tracked.busy = true;
      clearTimeout(tracked.headersTimer);
      res.once('finish', () => {
        tracked.busy = false;
      });
    }
    if (req.complete) return;
    const requestTimer = setTimeout(() => {
      if (!req.complete) {
        counts.requestsTimedOut += 1;
        req.socket.destroy();
      }
    }, limits.requestTimeoutMs);
    requestTimer.unref();
    // On the request, not its socket: a kept-alive socket serves thousands of requests, and a
    // 'close' listener added to it per request kept every one of them (and its body) alive until the
    // socket closed; the full compaction drill's RSS reached 1.6 GB that way. A request emits
    // 'close' when it is done or when its connection drops.
    const clear = (): void => clearTimeout(requestTimer);
    req.once('end', clear);
    req.once('close', clear);
  });

  return { cap, open: () => open.size };
}
