import { z } from 'zod';
import { CaseDetailsSchema } from './case-details.js';
import { CASE_ID_PATTERN } from './case-id.js';
import { DiagnosisSchema } from './diagnosis.js';
import { PATHS } from './paths.js';
import { PLAN_IDS } from './plans.js';
import { REASON_IDS } from './reasons.js';
import { FACT_KEYS, TenantFactsSchema } from './tenant-facts.js';

/** Where a case stands: the agent works on it, waits for the customer's answer, or closed it. */
export const CASE_STATUSES = ['open', 'waiting-for-customer', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Stored cases carry the version of their shape; version 1 (no field) is read and upgraded. */
export const CASE_SCHEMA_VERSION = 2;

const Instant = z.iso.datetime({ offset: true });

/** Who did something to a case: the agent's id (as the desk knows it) and display name. */
export const CaseActorSchema = z.object({ id: z.string().min(1), name: z.string().min(1).optional() });
export type CaseActor = z.infer<typeof CaseActorSchema>;

/** The part of a diagnosis a change is told by. */
export const CaseOutcomeSchema = z.object({ path: z.enum(PATHS), reasons: z.array(z.enum(REASON_IDS)) });
export type CaseOutcome = z.infer<typeof CaseOutcomeSchema>;

export const CaseChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('created') }),
  /** Facts told later (the values given then), and the outcome before and after. */
  z.object({ kind: z.literal('facts'), facts: TenantFactsSchema.partial(), before: CaseOutcomeSchema, after: CaseOutcomeSchema }),
  z.object({ kind: z.literal('status'), from: z.enum(CASE_STATUSES), to: z.enum(CASE_STATUSES) }),
  z.object({ kind: z.literal('details'), details: CaseDetailsSchema }),
]);
export type CaseChange = z.infer<typeof CaseChangeSchema>;

export const CaseEventSchema = z.object({ at: Instant, by: CaseActorSchema, change: CaseChangeSchema });
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/** A support agent's triage of one customer's tenant, as the host stores it (schema version 2). */
export const TriageCaseSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  id: z.string().regex(CASE_ID_PATTERN),
  agentId: z.string().min(1),
  agentName: z.string().min(1).optional(),
  createdAt: Instant,
  updatedAt: Instant,
  status: z.enum(CASE_STATUSES),
  ...CaseDetailsSchema.shape,
  facts: TenantFactsSchema,
  /** The facts read from the customer's tenant rather than told by the customer ("Check my tenant"). */
  factsFromTenant: z.array(z.enum(FACT_KEYS)).optional(),
  diagnosis: DiagnosisSchema,
  /** Oldest first; the first event is the creation. */
  history: z.array(CaseEventSchema).min(1),
});

export type TriageCase = z.infer<typeof TriageCaseSchema>;

/** The shape cases were stored in before versions (exactly these fields). */
export const TriageCaseV1Schema = z.strictObject({
  id: z.string().regex(CASE_ID_PATTERN),
  agentId: z.string().min(1),
  agentName: z.string().min(1).optional(),
  createdAt: Instant,
  facts: TenantFactsSchema,
  diagnosis: DiagnosisSchema,
});

export type TriageCaseV1 = z.infer<typeof TriageCaseV1Schema>;

/** A version 1 case as version 2: open, never updated, its creation its only event. */
export function upgradeCaseV1(old: TriageCaseV1): TriageCase {
  const author: CaseActor = { id: old.agentId, ...(old.agentName === undefined ? {} : { name: old.agentName }) };
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    ...old,
    updatedAt: old.createdAt,
    status: 'open',
    history: [{ at: old.createdAt, by: author, change: { kind: 'created' } }],
  };
}

/**
 * What a store reads back: a case of today's version, or one of version 1 upgraded. A damaged
 * version 2 case is refused, never read as version 1 (that shape is strict).
 */
export const StoredTriageCaseSchema = z.union([TriageCaseSchema, TriageCaseV1Schema.transform(upgradeCaseV1)]);

/** One line per case: what finding, grouping and counting cases need, without opening each one. */
export const CaseSummarySchema = z.object({
  id: z.string().regex(CASE_ID_PATTERN),
  agentId: z.string().min(1),
  status: z.enum(CASE_STATUSES),
  ...CaseDetailsSchema.shape,
  createdAt: Instant,
  updatedAt: Instant,
  currentPlan: z.enum(PLAN_IDS),
  outcome: CaseOutcomeSchema,
});

export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export function summarizeCase(triageCase: TriageCase): CaseSummary {
  const { id, agentId, status, customer, tenant, ticket, createdAt, updatedAt, diagnosis, facts } = triageCase;
  return {
    id,
    agentId,
    status,
    ...(customer === undefined ? {} : { customer }),
    ...(tenant === undefined ? {} : { tenant }),
    ...(ticket === undefined ? {} : { ticket }),
    createdAt,
    updatedAt,
    currentPlan: facts.currentPlan,
    outcome: { path: diagnosis.path, reasons: diagnosis.reasons.map((reason) => reason.id) },
  };
}

/** The port the host implements (lowdb, blobs, memory); the domain only says what it must do. */
export interface CaseStore {
  /** Creates or replaces a case. */
  save(triageCase: TriageCase): Promise<void>;
  /**
   * Reads the case, applies `change` and saves what it returns (nothing when it returns undefined);
   * when another writer saved the case in between, reads it again and applies `change` afresh.
   * Gives the case as it stands after, or undefined when there is no such case.
   */
  update(id: string, change: (current: TriageCase) => TriageCase | undefined): Promise<TriageCase | undefined>;
  get(id: string): Promise<TriageCase | undefined>;
  /** Newest first. */
  listByAgent(agentId: string, limit: number): Promise<TriageCase[]>;
  /** A summary of every case, in no particular order. */
  summaries(): Promise<CaseSummary[]>;
}
