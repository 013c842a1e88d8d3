import { createHash } from 'node:crypto';
import { RestError, type ContainerClient } from '@azure/storage-blob';
import { z } from 'zod';
import {
  StoredTriageCaseSchema,
  TriageCaseSchema,
  summarizeCase,
  type CaseStore,
  type CaseSummary,
  type TriageCase,
} from '../../domain/index.js';
import { CaseCatalogSchema, emptyCatalog, withSummary, type CaseCatalog } from './case-catalog.js';
import { KeyedMutex } from './keyed-mutex.js';

/** Blob listings come back in name order; this turns "newest first" into "smallest name first". */
const LATEST_INSTANT_MS = 8_640_000_000_000_000;
const INSTANT_DIGITS = String(LATEST_INSTANT_MS).length;

const LimitSchema = z.number().int().nonnegative();
const CATALOG_BLOB = 'cases/catalog.json';
/** Writers racing on one case or on the catalog: each lost race reads again; past this, something is wrong. */
const MAX_WRITE_RACES = 20;
/** Between lost catalog races: a random wait growing with each loss, so colliding instances spread out. */
const RACE_BACKOFF_MS = 20;

export type DamagedBlobHandler = (report: { blob: string; reason: string }) => void;

/**
 * Triage cases in the bot's blob container, shared by every bot instance:
 * - `cases/by-id/<sha256(id)>.json` holds the case;
 * - `cases/by-agent/<sha256(agentId)>/<inverted createdAt>-<sha256(id)>` is an empty marker
 *   whose name sorts an agent's cases newest first, so listing reads only `limit` cases.
 * - `cases/catalog.json` holds a summary of every case, for finding, grouping and counting them.
 * A marker left behind when a case moved agent or changed its date is skipped on listing,
 * because the case it points at no longer matches it. Changes to a case and to the catalog are
 * conditional on the blob's eTag (If-Match), so two instances never overwrite each other's
 * change: the loser reads again and reapplies. Cases of schema version 1 are read and upgraded.
 */
export class BlobsCaseStore implements CaseStore {
  readonly #container: ContainerClient;
  readonly #onDamagedBlob: DamagedBlobHandler;
  readonly #listPageSize: number;
  #ready: Promise<unknown> | undefined;
  readonly #catalogWrites = new KeyedMutex();
  /** This instance's copy of the catalog and its eTag: refreshed only when the blob changed. */
  #catalog: { catalog: CaseCatalog; etag: string } | undefined;

  constructor(container: ContainerClient, onDamagedBlob: DamagedBlobHandler, options: { listPageSize?: number } = {}) {
    this.#container = container;
    this.#onDamagedBlob = onDamagedBlob;
    this.#listPageSize = z.number().int().min(1).max(5000).default(100).parse(options.listPageSize);
  }

  async save(triageCase: TriageCase): Promise<void> {
    const next = TriageCaseSchema.parse(triageCase);
    await this.#ensureContainer();
    const previous = await this.get(next.id);
    await this.#uploadJson(caseBlobName(next.id), next);
    await this.#afterWrite(previous, next);
  }

  async update(id: string, change: (current: TriageCase) => TriageCase | undefined): Promise<TriageCase | undefined> {
    z.string().parse(id);
    await this.#ensureContainer();
    const blob = caseBlobName(id);
    for (let race = 0; race < MAX_WRITE_RACES; race++) {
      const read = await this.#readBlob(blob);
      if (!read) return undefined;
      const current = this.#parseCase(blob, read.text);
      if (!current || current.id !== id) return undefined;
      const changed = change(structuredClone(current));
      if (changed === undefined) return current;
      const next = TriageCaseSchema.parse(changed);
      if (!(await this.#uploadJson(blob, next, read.etag))) continue;
      await this.#afterWrite(current, next);
      return structuredClone(next);
    }
    throw new Error(`case ${id}: lost ${MAX_WRITE_RACES} write races in a row`);
  }

  async summaries(): Promise<CaseSummary[]> {
    await this.#ensureContainer();
    return structuredClone((await this.#readCatalog()).catalog.cases);
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

  /** The agent's marker and the catalog follow the case blob just written. */
  async #afterWrite(previous: TriageCase | undefined, next: TriageCase): Promise<void> {
    await this.#container.getBlockBlobClient(markerBlobName(next)).upload('', 0);
    if (previous && markerBlobName(previous) !== markerBlobName(next)) {
      await this.#container.getBlobClient(markerBlobName(previous)).deleteIfExists();
    }
    // One catalog write at a time in this instance; other instances are met by If-Match.
    await this.#catalogWrites.run(CATALOG_BLOB, () => this.#writeSummary(next.id));
  }

  /**
   * Puts the case's summary into the catalog. The case is read after the catalog, so the summary is
   * never older than the one the catalog holds: a writer whose summary went stale meanwhile loses
   * the If-Match race and reads both again. Instances that keep colliding back off at random.
   */
  async #writeSummary(id: string): Promise<void> {
    for (let race = 0; race < MAX_WRITE_RACES; race++) {
      const { catalog, etag } = await this.#readCatalog();
      const stored = await this.get(id);
      if (!stored) return;
      if (await this.#uploadJson(CATALOG_BLOB, withSummary(catalog, summarizeCase(stored)), etag)) {
        this.#catalog = undefined;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * RACE_BACKOFF_MS * (race + 1)));
    }
    throw new Error(`case ${id}: lost ${MAX_WRITE_RACES} catalog write races in a row`);
  }

  /**
   * The catalog, downloaded only when its eTag changed (If-None-Match). A missing or damaged one is
   * rebuilt from the case blobs (cases stored before the catalog existed) and created if still absent.
   */
  async #readCatalog(): Promise<{ catalog: CaseCatalog; etag: string }> {
    for (let race = 0; race < MAX_WRITE_RACES; race++) {
      const cached = this.#catalog;
      let read: { text: string; etag: string } | undefined;
      try {
        read = await this.#readBlob(CATALOG_BLOB, cached?.etag);
      } catch (error) {
        if (cached && error instanceof RestError && error.statusCode === 304) return cached;
        throw error;
      }
      if (read) {
        const parsed = parseJson(read.text, CaseCatalogSchema);
        if (parsed.ok) {
          this.#catalog = { catalog: parsed.data, etag: read.etag };
          return this.#catalog;
        }
        this.#onDamagedBlob({ blob: CATALOG_BLOB, reason: `${parsed.problem}; rebuilt from the cases` });
      }
      // Over the damaged version read, or only if still absent: a catalog another instance wrote meanwhile wins.
      await this.#uploadJson(CATALOG_BLOB, await this.#rebuildCatalog(), read?.etag ?? null);
    }
    throw new Error(`the case catalog could not be read or rebuilt after ${MAX_WRITE_RACES} tries`);
  }

  async #rebuildCatalog(): Promise<CaseCatalog> {
    let catalog = emptyCatalog();
    for await (const item of this.#container.listBlobsFlat({ prefix: 'cases/by-id/' })) {
      const triageCase = await this.#readCase(item.name);
      if (triageCase) catalog = withSummary(catalog, summarizeCase(triageCase));
    }
    return catalog;
  }

  /**
   * Uploads JSON. With `ifMatch` a string, only over that version; null, only if no blob is there
   * yet. False when that condition failed (another writer got there first).
   */
  async #uploadJson(blob: string, value: unknown, ifMatch?: string | null): Promise<boolean> {
    const body = JSON.stringify(value);
    const conditions = ifMatch === undefined ? undefined : ifMatch === null ? { ifNoneMatch: '*' } : { ifMatch };
    try {
      await this.#container.getBlockBlobClient(blob).upload(body, Buffer.byteLength(body), {
        blobHTTPHeaders: { blobContentType: 'application/json' },
        ...(conditions ? { conditions } : {}),
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 409)) return false;
      throw error;
    }
  }

  /** A blob's text and eTag; undefined when there is none. With `ifNoneMatch`, a 304 RestError when unchanged. */
  async #readBlob(blob: string, ifNoneMatch?: string): Promise<{ text: string; etag: string } | undefined> {
    try {
      const response = await this.#container.getBlobClient(blob).download(0, undefined, ifNoneMatch ? { conditions: { ifNoneMatch } } : {});
      const text = (await streamToBuffer(response.readableStreamBody)).toString('utf8');
      return { text, etag: response.etag ?? '' };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Downloads and validates one case blob; a missing blob is undefined, a damaged one is reported. */
  async #readCase(blob: string): Promise<TriageCase | undefined> {
    const read = await this.#readBlob(blob);
    return read && this.#parseCase(blob, read.text);
  }

  #parseCase(blob: string, text: string): TriageCase | undefined {
    const parsed = parseJson(text, StoredTriageCaseSchema);
    if (parsed.ok) return parsed.data;
    this.#onDamagedBlob({ blob, reason: parsed.problem });
    return undefined;
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

function parseJson<Schema extends z.ZodType>(text: string, schema: Schema): { ok: true; data: z.output<Schema> } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, problem: `unexpected shape: ${z.prettifyError(parsed.error)}` };
}

async function streamToBuffer(stream: NodeJS.ReadableStream | undefined): Promise<Buffer> {
  const chunks: Buffer[] = [];
  if (stream) for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function isNotFound(error: unknown): boolean {
  return error instanceof RestError && error.statusCode === 404;
}
