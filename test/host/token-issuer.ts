import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

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
  close(): Promise<void>;
}

const KEY_ID = 'test-signing-key';

function signedToken(privateKey: KeyObject, claims: Record<string, unknown>): string {
  const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: KEY_ID })}.${encode(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

export async function startTokenIssuer(): Promise<TokenIssuer> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...published.publicKey.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', alg: 'RS256' };

  let baseUrl = '';
  const server: Server = createServer((req, res) => {
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
