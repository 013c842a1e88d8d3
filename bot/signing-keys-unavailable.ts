/**
 * The keys that sign channel tokens could not be had (their endpoint refused, failed or did not
 * answer in time): the request may be genuine, so it is answered 503 with Retry-After, not 401.
 */
export class SigningKeysUnavailableError extends Error {
  override readonly name = 'SigningKeysUnavailableError';

  constructor(
    readonly endpoint: string,
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(`The token signing keys at ${endpoint} could not be fetched`, options);
  }
}
