import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Bot Framework token service (api.botframework.com) that an Azure Bot OAuth
 * connection uses: the routes botframework-connector calls (GetToken with or without a magic code,
 * GetSignInResource, SignOut). `completeSignIn` plays the admin finishing the sign-in page, which
 * shows a magic code to type in the chat.
 */
export interface FakeTokenService {
  url: string;
  /** The bot's own token it accepts (as the real service accepts the bot's Microsoft Entra token); others get 401. */
  botToken: string;
  /** Every route called, without its query. */
  calls: string[];
  completeSignIn(userId: string, connectionName: string, channelId: string, token: string, magicCode: string): void;
  close(): Promise<void>;
}

const keyOf = (userId: string, connectionName: string, channelId: string) => `${userId}|${connectionName}|${channelId}`;

export async function startFakeTokenService(botToken: string): Promise<FakeTokenService> {
  const tokens = new Map<string, string>();
  const pending = new Map<string, { token: string; magicCode: string }>();
  let baseUrl = '';

  const json = (response: ServerResponse, status: number, body?: unknown) => {
    response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', baseUrl);
    service.calls.push(`${request.method ?? ''} ${url.pathname}`);
    const query = (name: string) => url.searchParams.get(name) ?? '';
    const key = keyOf(query('userId'), query('connectionName'), query('channelId'));
    if (request.headers.authorization !== `Bearer ${botToken}`) return json(response, 401, { error: { code: 'Unauthorized', message: 'The bot is not authorized.' } });
    switch (`${request.method ?? ''} ${url.pathname.toLowerCase()}`) {
      case 'GET /api/usertoken/gettoken': {
        const waiting = pending.get(key);
        if (waiting && query('code') === waiting.magicCode) {
          tokens.set(key, waiting.token);
          pending.delete(key);
        }
        const token = tokens.get(key);
        if (token === undefined) return json(response, 404);
        return json(response, 200, { channelId: query('channelId'), connectionName: query('connectionName'), token, expiration: new Date(Date.now() + 3_600_000).toISOString() });
      }
      case 'GET /api/botsignin/getsigninresource':
        return json(response, 200, { signInLink: `${baseUrl}/signin?state=${encodeURIComponent(query('state'))}` });
      case 'DELETE /api/usertoken/signout':
        tokens.delete(key);
        return json(response, 200, {});
      default:
        return json(response, 404, { error: { code: 'NotFound', message: `no route ${url.pathname}` } });
    }
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const service: FakeTokenService = {
    url: baseUrl,
    botToken,
    calls: [],
    completeSignIn: (userId, connectionName, channelId, token, magicCode) => pending.set(keyOf(userId, connectionName, channelId), { token, magicCode }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return service;
}
