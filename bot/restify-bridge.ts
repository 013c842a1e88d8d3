import type { Request as BotRequest, Response as BotResponse } from 'botbuilder';
import type { Request as RestifyRequest, Response as RestifyResponse } from 'restify';

/**
 * The one place where restify's request and response meet botbuilder's (botbuilder-js#4376:
 * their declared types do not line up). It hands CloudAdapter exactly what it uses, typed, with
 * the activity the edge has already validated as the body.
 */
export function toBotExchange(
  req: RestifyRequest,
  res: RestifyResponse,
  activity: Record<string, unknown>,
): { request: BotRequest; response: BotResponse } {
  const request: BotRequest = { body: activity, headers: req.headers, method: req.method };
  const response: BotResponse = {
    socket: res.socket,
    status: (code: number) => res.status(code),
    header: (name: string, value: unknown) => res.header(name, value),
    send: (...args: unknown[]) => res.send(...args),
    end: () => res.end(),
  };
  return { request, response };
}
