import type { Activity } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { z } from 'zod';
import { SigningKeysUnavailableError } from './signing-keys-unavailable.js';

/** How a request's authentication ended: a result to run the turn with, or the answer to give. */
export type AuthenticationOutcome =
  | { ok: true; result: AuthenticateRequestResult }
  | { ok: false; status: 401; reason: string }
  | { ok: false; status: 503; reason: string; retryAfterSeconds: number };

/** Seconds a caller is asked to wait when authentication ran out of time. */
const RETRY_AFTER_TIMEOUT_SECONDS = 5;

/** botframework-connector accepts these only (AuthenticationConstants.AllowedSigningAlgorithms). */
const ALLOWED_ALGORITHMS: readonly string[] = AuthenticationConstants.AllowedSigningAlgorithms;
/** The clock skew botframework-connector's token checks allow, in seconds. */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;

const jsonPart = (text: string): unknown => {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};
const TokenHeaderSchema = z.looseObject({ alg: z.string().refine((alg) => ALLOWED_ALGORITHMS.includes(alg)), kid: z.string().min(1) });
const TokenPayloadSchema = z.looseObject({ exp: z.number().optional() });

/**
 * Why a bearer token can never pass botframework-connector's checks, read from the token alone;
 * undefined when only the signing keys can tell. A token refused here costs no key fetch, so a
 * forged `alg: none`, an HS256 signature or an expired token is a 401 even while the keys are
 * out of reach. Nothing here accepts a token: the library still checks every one it lets through.
 */
export function hopelessToken(authorization: string, nowSeconds = Date.now() / 1000): string | undefined {
  const [scheme, token, extra] = authorization.split(' ');
  if (scheme !== 'Bearer' || token === undefined || extra !== undefined) return 'not a Bearer token';
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || !signature) return 'not a signed JWT';
  if (!TokenHeaderSchema.safeParse(jsonPart(header)).success) return `signing algorithm or key id not accepted (only ${ALLOWED_ALGORITHMS.join(', ')})`;
  const claims = TokenPayloadSchema.safeParse(jsonPart(payload));
  if (!claims.success) return 'claims are not a JSON object';
  if (claims.data.exp !== undefined && claims.data.exp + CLOCK_TOLERANCE_SECONDS < nowSeconds) return 'token expired';
  return undefined;
}

/** jsonwebtoken's failures for a token that is there but does not verify; botbuilder 4.23 lets them escape. */
const TOKEN_REJECTIONS: ReadonlySet<string> = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);
/** node-fetch's failures reaching the key endpoint on botbuilder's own fetch (the stock path). */
const FETCH_FAILURES: ReadonlySet<string> = new Set(['FetchError', 'AbortError']);

/** The answer for an error authentication threw; undefined for anything that is not about the request (a bug: 500). */
function refusal(error: unknown): Exclude<AuthenticationOutcome, { ok: true }> | undefined {
  if (error instanceof SigningKeysUnavailableError) {
    return { ok: false, status: 503, reason: error.message, retryAfterSeconds: error.retryAfterSeconds };
  }
  if (!(error instanceof Error)) return undefined;
  if (error instanceof AuthenticationError) {
    // The library's "Failed to load openID config / Keys" carries 500: the key endpoint failed, not the token.
    if (error.statusCode === 401) return { ok: false, status: 401, reason: error.message };
    return { ok: false, status: 503, reason: error.message, retryAfterSeconds: RETRY_AFTER_TIMEOUT_SECONDS };
  }
  if (TOKEN_REJECTIONS.has(error.name)) return { ok: false, status: 401, reason: error.message };
  if (FETCH_FAILURES.has(error.name)) return { ok: false, status: 503, reason: error.message, retryAfterSeconds: RETRY_AFTER_TIMEOUT_SECONDS };
  return undefined;
}

export interface AuthenticateOptions {
  /** Whether the bot has an app id: without one botbuilder lets every request in, token or not. */
  required: boolean;
  /** Past this the request is answered 503, whatever the key endpoint does. */
  timeoutMs: number;
}

/**
 * Authenticates a request before its turn takes the conversation's lock: a request that waits
 * for signing keys holds no lock and delays no genuine turn, and it is answered within
 * `timeoutMs`. Errors about the request become 401 or 503; any other error is thrown.
 */
export async function authenticateRequest(
  authenticate: (activity: Activity, authorization: string) => Promise<AuthenticateRequestResult>,
  activity: Activity,
  authorization: string,
  { required, timeoutMs }: AuthenticateOptions,
): Promise<AuthenticationOutcome> {
  if (required && authorization !== '') {
    const hopeless = hopelessToken(authorization);
    if (hopeless) return { ok: false, status: 401, reason: hopeless };
  }
  // A plain timer, not timers/promises with an AbortSignal: aborting that creates an AbortError
  // (a stack trace) on every request.
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, 'timed-out');
  });
  try {
    const result = await Promise.race([authenticate(activity, authorization), timedOut]);
    if (result === 'timed-out') {
      return { ok: false, status: 503, reason: `authentication took over ${timeoutMs} ms`, retryAfterSeconds: RETRY_AFTER_TIMEOUT_SECONDS };
    }
    return { ok: true, result };
  } catch (error) {
    const answer = refusal(error);
    if (answer) return answer;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
