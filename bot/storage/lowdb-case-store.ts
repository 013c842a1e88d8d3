import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TextFile } from 'lowdb/node';
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
import type { DamagedFileHandler } from './damaged-file.js';
import { hashedFilePath } from './hashed-file-path.js';
import { KeyedMutex } from './keyed-mutex.js';
import { newestFirst } from './newest-first.js';
import { openValidatedJsonDocument, validatedJsonData } from './validated-json-document.js';

/** One agent's cases, newest first: just enough to list them without opening every case file. */
const AgentIndexSchema = z.object({
  agentId: z.string(),
  cases: z.array(z.object({ id: z.string(), createdAt: z.string() })),
});
type AgentIndex = z.infer<typeof AgentIndexSchema>;

const LimitSchema = z.number().int().nonnegative();
const CATALOG_LOCK = 'catalog';

/**
 * Triage cases as lowdb records of their own under `casesDir`: one file per case (`by-id/`), one
 * index file per agent (`by-agent/`) listing that agent's cases, and `catalog.json` with a summary
 * of every case (kept in memory once read: one bot process owns a data folder). The case file is
 * written before the index and the catalog, so an entry always points at a case. Cases of schema
 * version 1 are read and upgraded, and written as version 2 the next time they change.
 */
export class LowdbCaseStore implements CaseStore {
  readonly #casesDir: string;
  readonly #onDamagedFile: DamagedFileHandler;
  readonly #locks = new KeyedMutex();
  #catalog: Promise<CaseCatalog> | undefined;

  constructor(options: { casesDir: string; onDamagedFile: DamagedFileHandler }) {
    this.#casesDir = z.string().min(1).parse(options.casesDir);
    this.#onDamagedFile = options.onDamagedFile;
  }

  async save(triageCase: TriageCase): Promise<void> {
    const next = TriageCaseSchema.parse(triageCase);
    await this.#locks.run(`case:${next.id}`, () => this.#write(next));
  }

  async update(id: string, change: (current: TriageCase) => TriageCase | undefined): Promise<TriageCase | undefined> {
    return this.#locks.run(`case:${z.string().parse(id)}`, async () => {
      const current = (await this.#openCase(id)).data ?? undefined;
      if (!current) return undefined;
      const next = change(structuredClone(current));
      if (next === undefined) return current;
      const parsed = TriageCaseSchema.parse(next);
      await this.#write(parsed);
      return structuredClone(parsed);
    });
  }

  async get(id: string): Promise<TriageCase | undefined> {
    const document = await this.#locks.run(`case:${z.string().parse(id)}`, () => this.#openCase(id));
    return document.data ?? undefined;
  }

  async listByAgent(agentId: string, limit: number): Promise<TriageCase[]> {
    const wanted = LimitSchema.parse(limit);
    const index = await this.#locks.run(`agent:${z.string().parse(agentId)}`, () => this.#openIndex(agentId));
    const found: TriageCase[] = [];
    for (const entry of index.data?.cases ?? []) {
      if (found.length >= wanted) break;
      const triageCase = await this.get(entry.id);
      // Skip a case that moved to another agent after the index was read.
      if (triageCase?.agentId === agentId) found.push(triageCase);
    }
    return found;
  }

  async summaries(): Promise<CaseSummary[]> {
    const catalog = await this.#locks.run(CATALOG_LOCK, () => this.#loadCatalog());
    return structuredClone(catalog.cases);
  }

  /** Waits for saves already started. */
  async close(): Promise<void> {
    await this.#locks.idle();
  }

  /**
   * The case file, the agents' indexes and the catalog, whole or not at all; the caller holds the
   * case's lock. Each new version is written beside its file first; only when all of them are on
   * disk are they renamed over the old ones (case, indexes, catalog), so a full disk leaves no case
   * file without its catalog entry (it used to: invisible to "my cases", search and the export).
   */
  async #write(next: TriageCase): Promise<void> {
    const previousAgentId = (await this.#openCase(next.id)).data?.agentId;
    // Locks always taken in one order (agents sorted, then the catalog), so two saves never wait on each other.
    const agentIds = [...new Set([next.agentId, ...(previousAgentId === undefined ? [] : [previousAgentId])])].sort();
    await this.#withLocks([...agentIds.map((agentId) => `agent:${agentId}`), CATALOG_LOCK], async () => {
      const indexes = await Promise.all(
        agentIds.map(async (agentId) => {
          const entries = (await this.#openIndex(agentId)).data?.cases ?? [];
          const others = entries.filter((entry) => entry.id !== next.id);
          const cases = agentId === next.agentId ? newestFirst([...others, { id: next.id, createdAt: next.createdAt }]) : others;
          return { file: this.#indexFile(agentId), data: { agentId, cases } satisfies AgentIndex };
        }),
      );
      const catalog = withSummary(await this.#loadCatalog(), summarizeCase(next));
      await replaceTogether([{ file: this.#caseFile(next.id), data: next }, ...indexes, { file: this.#catalogFile(), data: catalog }]);
      this.#catalog = Promise.resolve(catalog);
    });
  }

  #withLocks<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    return keys.reduceRight<() => Promise<T>>((inner, key) => () => this.#locks.run(key, inner), work)();
  }

  /** The catalog from memory, else from its file, else rebuilt from the case files (the caller holds its lock). */
  #loadCatalog(): Promise<CaseCatalog> {
    this.#catalog ??= (async () => {
      const file = this.#catalogFile();
      const stored = await validatedJsonData(file, await new TextFile(file).read(), CaseCatalogSchema, this.#onDamagedFile);
      return stored ?? this.#rebuildCatalog();
    })().catch((error: unknown) => {
      this.#catalog = undefined;
      throw error;
    });
    return this.#catalog;
  }

  /** Reads every case file once: after an upgrade from a version without a catalog, or when it was damaged. */
  async #rebuildCatalog(): Promise<CaseCatalog> {
    let catalog = emptyCatalog();
    const byId = join(this.#casesDir, 'by-id');
    for (const shard of await readdirIfAny(byId)) {
      for (const name of await readdirIfAny(join(byId, shard))) {
        if (!name.endsWith('.json')) continue;
        const file = join(byId, shard, name);
        const triageCase = await validatedJsonData(file, await new TextFile(file).read(), StoredTriageCaseSchema, this.#onDamagedFile);
        if (triageCase) catalog = withSummary(catalog, summarizeCase(triageCase));
      }
    }
    return catalog;
  }

  #openCase(id: string) {
    const schema = StoredTriageCaseSchema.refine((stored) => stored.id === id, { message: 'case id does not match its file' });
    return openValidatedJsonDocument(this.#caseFile(id), schema, this.#onDamagedFile);
  }

  #openIndex(agentId: string) {
    const schema = AgentIndexSchema.refine((stored) => stored.agentId === agentId, {
      message: 'agent id does not match its file',
    });
    return openValidatedJsonDocument(this.#indexFile(agentId), schema, this.#onDamagedFile);
  }

  #caseFile(id: string): string {
    return hashedFilePath(join(this.#casesDir, 'by-id'), id);
  }

  #indexFile(agentId: string): string {
    return hashedFilePath(join(this.#casesDir, 'by-agent'), agentId);
  }

  #catalogFile(): string {
    return join(this.#casesDir, 'catalog.json');
  }
}

async function readdirIfAny(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Writes every file's new version beside it (as lowdb's JSONFile formats it), then renames them
 * into place in order. A write that fails (a full disk) removes what was staged and changes
 * nothing; a rename needs no new space. Only a crash between two renames can leave a case ahead of
 * the catalog, and the catalog is rebuilt from the cases when it is lost.
 */
async function replaceTogether(files: readonly { file: string; data: unknown }[]): Promise<void> {
  const staged: { file: string; stagedAs: string }[] = [];
  try {
    for (const { file, data } of files) {
      await mkdir(dirname(file), { recursive: true });
      const stagedAs = join(dirname(file), `.${basename(file)}.${randomUUID()}.staged`);
      staged.push({ file, stagedAs });
      await writeFile(stagedAs, JSON.stringify(data, null, 2));
    }
  } catch (error) {
    await Promise.all(staged.map(({ stagedAs }) => rm(stagedAs, { force: true })));
    throw error;
  }
  for (const { file, stagedAs } of staged) await rename(stagedAs, file);
}
