import { z } from 'zod';
import { TriageCaseSchema, summarizeCase, type CaseStore, type CaseSummary, type TriageCase } from '../../domain/index.js';
import { newestFirst } from './newest-first.js';

/** Cases kept in a Map, for tests and `STORAGE=memory`. Copies in and out, like a real store. */
export class MemoryCaseStore implements CaseStore {
  readonly #cases = new Map<string, TriageCase>();

  async save(triageCase: TriageCase): Promise<void> {
    const parsed = TriageCaseSchema.parse(triageCase);
    this.#cases.set(parsed.id, structuredClone(parsed));
  }

  async update(id: string, change: (current: TriageCase) => TriageCase | undefined): Promise<TriageCase | undefined> {
    // No await between the read and the write: one change at a time, as a real store's lock or eTag gives.
    const stored = this.#cases.get(z.string().parse(id));
    if (!stored) return undefined;
    const next = change(structuredClone(stored));
    if (next === undefined) return structuredClone(stored);
    const parsed = TriageCaseSchema.parse(next);
    this.#cases.set(parsed.id, structuredClone(parsed));
    return parsed;
  }

  async get(id: string): Promise<TriageCase | undefined> {
    const found = this.#cases.get(z.string().parse(id));
    return found && structuredClone(found);
  }

  async listByAgent(agentId: string, limit: number): Promise<TriageCase[]> {
    const wanted = z.number().int().nonnegative().parse(limit);
    const mine = [...this.#cases.values()].filter((triageCase) => triageCase.agentId === agentId);
    return newestFirst(mine).slice(0, wanted).map((triageCase) => structuredClone(triageCase));
  }

  async summaries(): Promise<CaseSummary[]> {
    return [...this.#cases.values()].map(summarizeCase);
  }
}
