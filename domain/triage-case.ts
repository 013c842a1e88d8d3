import { z } from 'zod';
import { CASE_ID_PATTERN } from './case-id.js';
import { DiagnosisSchema } from './diagnosis.js';
import { TenantFactsSchema } from './tenant-facts.js';

/** A support agent's triage of one tenant, as the host stores it. */
export const TriageCaseSchema = z.object({
  id: z.string().regex(CASE_ID_PATTERN),
  agentId: z.string().min(1),
  agentName: z.string().min(1).optional(),
  createdAt: z.iso.datetime({ offset: true }),
  facts: TenantFactsSchema,
  diagnosis: DiagnosisSchema,
});

export type TriageCase = z.infer<typeof TriageCaseSchema>;

/** The port the host implements (lowdb, blobs...); the domain only defines what it must do. */
export interface CaseStore {
  save(triageCase: TriageCase): Promise<void>;
  get(id: string): Promise<TriageCase | undefined>;
  /** Newest first. */
  listByAgent(agentId: string, limit: number): Promise<TriageCase[]>;
}
