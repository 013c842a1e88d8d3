import type { BotAdapter, TurnContext } from 'botbuilder';

export type TypingFailureHandler = (error: unknown) => void;

/**
 * The turn's context as ShowTypingMiddleware should see it. When a typing indicator cannot be
 * posted, that middleware hands the error to `context.adapter.onTurnError`, the handler meant for
 * a failed turn, which apologises to the user and wipes the conversation's state while the turn
 * itself is still running fine. Here the adapter it sees sends through the real one but reports
 * typing failures to `onTypingFailure` instead.
 */
export function contextForTypingIndicator(context: TurnContext, onTypingFailure: TypingFailureHandler): TurnContext {
  const adapter = new Proxy(context.adapter, {
    get(target, property) {
      if (property === 'onTurnError') return async (_context: TurnContext, error: unknown) => onTypingFailure(error);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as BotAdapter;
  return new Proxy(context, {
    get(target, property) {
      if (property === 'adapter') return adapter;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
