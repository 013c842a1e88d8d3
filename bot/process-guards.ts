import type { Logger } from './logger.js';

type RejectionListener = (reason: unknown) => void;

/** The part of `process` that reports promises rejected with no handler. */
export interface RejectionSource {
  on(event: 'unhandledRejection', listener: RejectionListener): unknown;
  off(event: 'unhandledRejection', listener: RejectionListener): unknown;
}

/**
 * Logs a rejection nobody handled instead of letting Node end the process. Library code can reject
 * after a turn is over (botbuilder's ShowTypingMiddleware does when a typing indicator fails late),
 * and one such stray promise must not take every conversation down. Returns a function that
 * removes the listener.
 */
export function logUnhandledRejections(logger: Logger, source: RejectionSource = process): () => void {
  const listener: RejectionListener = (reason) => logger.error({ err: reason }, 'unhandled promise rejection');
  source.on('unhandledRejection', listener);
  return () => source.off('unhandledRejection', listener);
}
