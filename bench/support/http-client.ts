import { Agent, request } from 'node:http';

export interface PostResult {
  status: number;
  /** The parsed JSON body, or the raw text when it is not JSON (or empty). */
  body: unknown;
  ms: number;
}

/**
 * A keep-alive HTTP client with a fixed pool of connections, the same for every server a
 * benchmark compares, so the client's own cost is identical on each side.
 */
export class HttpClient {
  readonly #agent: Agent;

  constructor(
    readonly baseUrl: string,
    connections: number,
  ) {
    this.#agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  /** Posts a JSON value, or a string sent as it is (for malformed bodies). */
  post(path: string, payload: unknown, contentType = 'application/json'): Promise<PostResult> {
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    const started = performance.now();
    return new Promise<PostResult>((resolve, reject) => {
      const outgoing = request(
        `${this.baseUrl}${path}`,
        { method: 'POST', agent: this.#agent, headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body) } },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text.length > 0 ? JSON.parse(text) : text;
            } catch {
              // Not JSON: the caller gets the text.
            }
            resolve({ status: incoming.statusCode ?? 0, body: parsed, ms: performance.now() - started });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
