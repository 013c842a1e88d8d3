import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile, TextFile } from 'lowdb/node';
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

  /** Case file, then the agent's index, then the catalog; the caller holds the case's lock. */
  async #write(next: TriageCase): Promise<void> {
    const document = await this.#openCase(next.id);
    const previousAgentId = document.data?.agentId;
    document.data = next;
    await writeCreatingFolder(this.#caseFile(next.id), () => document.write());
    if (previousAgentId !== undefined && previousAgentId !== next.agentId) {
      await this.#updateIndex(previousAgentId, (entries) => entries.filter((entry) => entry.id !== next.id));
    }
    await this.#updateIndex(next.agentId, (entries) =>
      newestFirst([...entries.filter((entry) => entry.id !== next.id), { id: next.id, createdAt: next.createdAt }]),
    );
    await this.#locks.run(CATALOG_LOCK, async () => {
      const catalog = withSummary(await this.#loadCatalog(), summarizeCase(next));
      // lowdb's JSONFile writes a temp file and renames it: a crash leaves the old catalog or the new one.
      const file = this.#catalogFile();
      await writeCreatingFolder(file, () => new Low<CaseCatalog>(new JSONFile(file), catalog).write());
      this.#catalog = Promise.resolve(catalog);
    });
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

  async #updateIndex(agentId: string, change: (entries: AgentIndex['cases']) => AgentIndex['cases']): Promise<void> {
    await this.#locks.run(`agent:${agentId}`, async () => {
      const document = await this.#openIndex(agentId);
      document.data = { agentId, cases: change(document.data?.cases ?? []) };
      await writeCreatingFolder(this.#indexFile(agentId), () => document.write());
    });
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

async function writeCreatingFolder(file: string, write: () => Promise<void>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await write();
}
