import { performance } from 'node:perf_hooks';
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from './logger.js';

/** The fields that say which turn a log line is about. */
export function turnFields(context: TurnContext): Record<string, string | undefined> {
  const { activity } = context;
  return { conversationId: activity.conversation?.id, activityType: activity.type, channelId: activity.channelId };
}

/**
 * One log line a turn: which conversation, what kind of activity, from which channel, how long,
 * and whether it failed. Register it first so the duration covers the whole pipeline.
 */
export function createTurnLoggingMiddleware(logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (!logger.isLevelEnabled('info')) return next();
      const started = performance.now();
      let outcome: 'ok' | 'failed' = 'failed';
      try {
        await next();
        outcome = 'ok';
      } finally {
        logger.info(
          {
            ...turnFields(context),
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            outcome,
          },
          'turn',
        );
      }
    },
  };
}
