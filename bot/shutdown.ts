import { once } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { InFlightWork } from './in-flight.js';
import type { Logger } from './logger.js';

export interface GracefulCloseOptions {
  httpServer: HttpServer;
  inFlight: InFlightWork;
  /** Closes storage; runs only after the last turn has written its state. */
  flush: () => Promise<void>;
  logger: Logger;
  /** How long turns may keep running before their connections are cut. */
  drainTimeoutMs?: number;
}

const IDLE_SWEEP_MS = 25;

/** Resolves true when the promise settles within the time, false when time runs out first. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  const timer = new AbortController();
  const finished = work.then(
    () => true,
    () => true,
  );
  const result = await Promise.race([finished, sleep(ms, false, { signal: timer.signal }).catch(() => false)]);
  timer.abort();
  return result;
}

/**
 * Stop accepting connections, let the turns in flight finish, close the connections they leave
 * idle, then flush storage. Keep-alive clients may still send on open connections while draining:
 * those turns are tracked too, so the wait covers them.
 */
export async function closeGracefully({ httpServer, inFlight, flush, logger, drainTimeoutMs = 10_000 }: GracefulCloseOptions): Promise<void> {
  const deadline = Date.now() + drainTimeoutMs;
  const closed = once(httpServer, 'close');
  httpServer.close();
  logger.info({ turnsInFlight: inFlight.count }, 'stopped accepting connections');

  if (!(await settlesWithin(inFlight.settled(), drainTimeoutMs))) {
    logger.warn({ turnsInFlight: inFlight.count }, 'turns still running at the drain deadline');
  }
  // A finished response leaves its connection idle a moment later, so sweep until the server closes.
  while (!(await settlesWithin(closed, IDLE_SWEEP_MS))) {
    if (Date.now() >= deadline) {
      httpServer.closeAllConnections();
      break;
    }
    httpServer.closeIdleConnections();
  }
  await closed;
  await flush();
  logger.info('host stopped');
}

type SignalListener = (signal: NodeJS.Signals) => void;

/** The part of `process` that delivers signals. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: SignalListener): unknown;
  off(signal: NodeJS.Signals, listener: SignalListener): unknown;
}

export interface ShutdownSignalOptions {
  /** The orderly stop: usually the running host's stop(). */
  stop: () => Promise<void>;
  logger: Logger;
  /** After this long the process exits even if stop() has not finished. */
  timeoutMs?: number;
  signals?: readonly NodeJS.Signals[];
  /** Injected so tests can raise signals and watch the exit without ending the test process. */
  signalSource?: SignalSource;
  exit?: (code: number) => void;
}

/**
 * SIGTERM (App Service, containers) or SIGINT (Ctrl+C) starts an orderly stop, then exits 0. A
 * second signal, a failing stop or the timeout exits 1 at once. Returns a function that removes
 * the handlers.
 */
export function exitOnShutdownSignals({
  stop,
  logger,
  timeoutMs = 15_000,
  signals = ['SIGTERM', 'SIGINT'],
  signalSource = process,
  exit = (code) => process.exit(code),
}: ShutdownSignalOptions): () => void {
  let stopping = false;
  let forceTimer: NodeJS.Timeout | undefined;

  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second shutdown signal: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    forceTimer = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown took too long: exiting now');
      exit(1);
    }, timeoutMs);
    forceTimer.unref();
    stop().then(
      () => {
        clearTimeout(forceTimer);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(forceTimer);
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };

  for (const signal of signals) signalSource.on(signal, onSignal);
  return () => {
    clearTimeout(forceTimer);
    for (const signal of signals) signalSource.off(signal, onSignal);
  };
}
