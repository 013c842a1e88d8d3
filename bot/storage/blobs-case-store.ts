import { createHash } from 'node:crypto';
import { RestError, type ContainerClient } from '@azure/storage-blob';
import { z } from 'zod';
import { TriageCaseSchema, type CaseStore, type TriageCase } from '../../domain/index.js';

/** Blob listings come back in name order; this turns "newest first" into "smallest name first". */
const LATEST_INSTANT_MS = 8_640_000_000_000_000;
const INSTANT_DIGITS = String(LATEST_INSTANT_MS).length;

const LimitSchema = z.number().int().nonnegative();

export type DamagedBlobHandler = (report: { blob: string; reason: string }) => void;

/**
 * Triage cases in the bot's blob container, shared by every bot instance:
 * - `cases/by-id/<sha256(id)>.json` holds the case;
 * - `cases/by-agent/<sha256(agentId)>/<inverted createdAt>-<sha256(id)>` is an empty marker
 *   whose name sorts an agent's cases newest first, so listing reads only `limit` cases.
 * A marker left behind when a case moved agent or changed its date is skipped on listing,
 * because the case it points at no longer matches it.
 */
export class BlobsCaseStore implements CaseStore {
  readonly #container: ContainerClient;
  readonly #onDamagedBlob: DamagedBlobHandler;
  readonly #listPageSize: number;
  #ready: Promise<unknown> | undefined;

  constructor(container: ContainerClient, onDamagedBlob: DamagedBlobHandler, options: { listPageSize?: number } = {}) {
    this.#container = container;
    this.#onDamagedBlob = onDamagedBlob;
    this.#listPageSize = z.number().int().min(1).max(5000).default(100).parse(options.listPageSize);
  }

  async save(triageCase: TriageCase): Promise<void> {
    const next = TriageCaseSchema.parse(triageCase);
    await this.#ensureContainer();
    const previous = await this.get(next.id);
    const body = JSON.stringify(next);
    await this.#container.getBlockBlobClient(caseBlobName(next.id)).upload(body, Buffer.byteLength(body), {
      blobHTTPHeaders: { blobContentType: 'application/json' },
    });
    await this.#container.getBlockBlobClient(markerBlobName(next)).upload('', 0);
    if (previous && markerBlobName(previous) !== markerBlobName(next)) {
      await this.#container.getBlobClient(markerBlobName(previous)).deleteIfExists();
    }
  }

  async get(id: string): Promise<TriageCase | undefined> {
    z.string().parse(id);
    await this.#ensureContainer();
    const blob = caseBlobName(id);
    const triageCase = await this.#readCase(blob);
    if (triageCase && triageCase.id !== id) {
      this.#onDamagedBlob({ blob, reason: 'unexpected shape: case id does not match its blob' });
      return undefined;
    }
    return triageCase;
  }

  async listByAgent(agentId: string, limit: number): Promise<TriageCase[]> {
    const wanted = LimitSchema.parse(limit);
    z.string().parse(agentId);
    await this.#ensureContainer();
    const found: TriageCase[] = [];
    if (wanted === 0) return found;
    const pages = this.#container
      .listBlobsFlat({ prefix: agentPrefix(agentId) })
      // A page no larger than the cases still wanted: each marker on it costs one download.
      .byPage({ maxPageSize: Math.min(wanted, this.#listPageSize) });
    for await (const page of pages) {
      const markers = page.segment.blobItems.map((item) => item.name);
      const cases = await Promise.all(markers.map((marker) => this.#readCase(caseBlobNameOfMarker(marker))));
      for (const [position, triageCase] of cases.entries()) {
        if (triageCase && markerBlobName(triageCase) === markers[position]) found.push(triageCase);
        if (found.length >= wanted) return found;
      }
    }
    return found;
  }

  /** Downloads and validates one case blob; a missing blob is undefined, a damaged one is reported. */
  async #readCase(blob: string): Promise<TriageCase | undefined> {
    let text: string;
    try {
      text = (await this.#container.getBlobClient(blob).downloadToBuffer()).toString('utf8');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      this.#onDamagedBlob({ blob, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      return undefined;
    }
    const parsed = TriageCaseSchema.safeParse(raw);
    if (!parsed.success) {
      this.#onDamagedBlob({ blob, reason: `unexpected shape: ${z.prettifyError(parsed.error)}` });
      return undefined;
    }
    return parsed.data;
  }

  /** Creates the container once; BlobsStorage does the same for state. */
  #ensureContainer(): Promise<unknown> {
    this.#ready ??= this.#container.createIfNotExists().catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    return this.#ready;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function caseBlobName(id: string): string {
  return `cases/by-id/${sha256(id)}.json`;
}

function agentPrefix(agentId: string): string {
  return `cases/by-agent/${sha256(agentId)}/`;
}

function markerBlobName(triageCase: TriageCase): string {
  const inverted = String(LATEST_INSTANT_MS - Date.parse(triageCase.createdAt)).padStart(INSTANT_DIGITS, '0');
  return `${agentPrefix(triageCase.agentId)}${inverted}-${sha256(triageCase.id)}`;
}

function caseBlobNameOfMarker(marker: string): string {
  const idHash = marker.slice(marker.lastIndexOf('-') + 1);
  return `cases/by-id/${idHash}.json`;
}

function isNotFound(error: unknown): boolean {
  return error instanceof RestError && error.statusCode === 404;
}
