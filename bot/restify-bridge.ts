import type { Request as BotRequest, Response as BotResponse } from 'botbuilder';
import type { Request as RestifyRequest, Response as RestifyResponse } from 'restify';

/** What callers see instead of CloudAdapter's own 5xx text, which carries internal error messages. */
export const SERVER_ERROR_BODY = { code: 'InternalError', message: 'The bot could not process this activity. Try again later.' } as const;

export interface BotExchange {
  request: BotRequest;
  response: BotResponse;
  /** The body CloudAdapter meant to send with a 5xx, kept for the log instead of the caller. */
  hiddenServerError(): unknown;
}

/**
 * The one place where restify's request and response meet botbuilder's (botbuilder-js#4376:
 * their declared types do not line up). It hands CloudAdapter exactly what it uses, typed, with
 * the activity the edge has already validated as the body.
 */
export function toBotExchange(req: RestifyRequest, res: RestifyResponse, activity: Record<string, unknown>): BotExchange {
  let status = 200;
  let hidden: unknown;
  const request: BotRequest = { body: activity, headers: req.headers, method: req.method };
  const response: BotResponse = {
    socket: res.socket,
    status: (code: number) => {
      status = code;
      return res.status(code);
    },
    header: (name: string, value: unknown) => res.header(name, value),
    send: (...args: unknown[]) => {
      if (status < 500) return res.send(...args);
      hidden = args[0];
      return res.send(SERVER_ERROR_BODY);
    },
    end: () => res.end(),
  };
  return { request, response, hiddenServerError: () => hidden };
}
