import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { TriageCaseSchema, type CaseStore, type TriageCase } from '../../domain/index.js';
import type { DamagedFileHandler } from './damaged-file.js';
import { hashedFilePath } from './hashed-file-path.js';
import { KeyedMutex } from './keyed-mutex.js';
import { newestFirst } from './newest-first.js';
import { openValidatedJsonDocument } from './validated-json-document.js';

/** One agent's cases, newest first: just enough to list them without opening every case file. */
const AgentIndexSchema = z.object({
  agentId: z.string(),
  cases: z.array(z.object({ id: z.string(), createdAt: z.string() })),
});
type AgentIndex = z.infer<typeof AgentIndexSchema>;

const LimitSchema = z.number().int().nonnegative();

/**
 * Triage cases as lowdb records of their own under `casesDir`: one file per case
 * (`by-id/`), plus one index file per agent (`by-agent/`) listing that agent's cases.
 * The case file is written before the index, so an index entry always points at a case.
 */
export class LowdbCaseStore implements CaseStore {
  readonly #casesDir: string;
  readonly #onDamagedFile: DamagedFileHandler;
  readonly #locks = new KeyedMutex();

  constructor(options: { casesDir: string; onDamagedFile: DamagedFileHandler }) {
    this.#casesDir = z.string().min(1).parse(options.casesDir);
    this.#onDamagedFile = options.onDamagedFile;
  }

  async save(triageCase: TriageCase): Promise<void> {
    const next = TriageCaseSchema.parse(triageCase);
    await this.#locks.run(`case:${next.id}`, async () => {
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

  /** Waits for saves already started. */
  async close(): Promise<void> {
    await this.#locks.idle();
  }

  async #updateIndex(agentId: string, change: (entries: AgentIndex['cases']) => AgentIndex['cases']): Promise<void> {
    await this.#locks.run(`agent:${agentId}`, async () => {
      const document = await this.#openIndex(agentId);
      document.data = { agentId, cases: change(document.data?.cases ?? []) };
      await writeCreatingFolder(this.#indexFile(agentId), () => document.write());
    });
  }

  #openCase(id: string) {
    const schema = TriageCaseSchema.refine((stored) => stored.id === id, { message: 'case id does not match its file' });
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
}

async function writeCreatingFolder(file: string, write: () => Promise<void>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await write();
}
