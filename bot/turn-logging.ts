import { performance } from 'node:perf_hooks';
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from './logger.js';

/**
 * One log line a turn: which conversation, what kind of activity, from which channel, how long,
 * and whether it failed. Register it first so the duration covers the whole pipeline.
 */
export function createTurnLoggingMiddleware(logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const started = performance.now();
      let outcome: 'ok' | 'failed' = 'failed';
      try {
        await next();
        outcome = 'ok';
      } finally {
        const { activity } = context;
        logger.info(
          {
            conversationId: activity.conversation?.id,
            activityType: activity.type,
            channelId: activity.channelId,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            outcome,
          },
          'turn',
        );
      }
    },
  };
}
