import { createServer, type Server } from 'node:http';
import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

/**
 * A stand-in for login.botframework.com: it publishes one signing key through an OpenID metadata
 * document and signs Bot Framework channel tokens with it, so token validation runs for real
 * without the internet.
 */
export interface TokenIssuer {
  metadataUrl: string;
  /** A token signed by the published key. */
  issue(claims: Record<string, unknown>): string;
  /** A token naming the published key id but signed by another key: a forgery. */
  forge(claims: Record<string, unknown>): string;
  /** A token signed by another key under a key id that was never published. */
  forgeWithUnknownKey(claims: Record<string, unknown>): string;
  /** How many times the signing keys (or the metadata) were asked for. */
  readonly fetches: number;
  close(): Promise<void>;
}

const KEY_ID = 'test-signing-key';

const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString('base64url');

function signedToken(privateKey: KeyObject, claims: Record<string, unknown>, keyId = KEY_ID): string {
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: keyId })}.${encode(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

/** A token that claims no signature is needed (`alg: none`), as forgers try. */
export function unsignedToken(claims: Record<string, unknown>): string {
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

/** A token signed with a shared secret (HS256), e.g. the app password: never what a channel sends. */
export function secretSignedToken(claims: Record<string, unknown>, secret: string): string {
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT', kid: KEY_ID })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

export async function startTokenIssuer(): Promise<TokenIssuer> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...published.publicKey.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', alg: 'RS256' };

  let baseUrl = '';
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    fetches++;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/metadata') {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${baseUrl}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    metadataUrl: `${baseUrl}/metadata`,
    issue: (claims) => signedToken(published.privateKey, claims),
    forge: (claims) => signedToken(stranger.privateKey, claims),
    forgeWithUnknownKey: (claims) => signedToken(stranger.privateKey, claims, 'a-key-nobody-published'),
    get fetches() {
      return fetches;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The claims a Bot Framework channel token carries for the given bot. */
export function channelClaims(appId: string, serviceUrl: string, lifetimeSeconds = 600): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + lifetimeSeconds };
}

/** The claims of a token the Bot Framework Emulator sends (a v1 Azure AD token for the bot). */
export function emulatorClaims(appId: string, lifetimeSeconds = 600): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', aud: appId, ver: '1.0', appid: appId, nbf: now - 60, iat: now - 60, exp: now + lifetimeSeconds };
}

/**
 * A signing-key endpoint that takes connections and never answers, as a firewall that drops
 * packets looks from here. Counts the connections it holds.
 */
export interface SilentEndpoint {
  url: string;
  readonly connections: number;
  close(): Promise<void>;
}

export async function startSilentEndpoint(): Promise<SilentEndpoint> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createNetServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/metadata`,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Every way of faking a token the audit tried, each for the given app and service URL. */
export function forgedTokens(issuer: TokenIssuer, appId: string, serviceUrl: string, appPassword: string): [string, string][] {
  const claims = channelClaims(appId, serviceUrl);
  return [
    ['a signature by another key', issuer.forge(claims)],
    ['an unknown key id', issuer.forgeWithUnknownKey(claims)],
    ['alg none', unsignedToken(claims)],
    ['HS256 with the app password', secretSignedToken(claims, appPassword)],
    ['an expired token', issuer.issue(channelClaims(appId, serviceUrl, -3600))],
    ['a token that is not a JWT', 'not-a-token'],
    ['an emulator token signed by another key', issuer.forge(emulatorClaims(appId))],
  ];
}
