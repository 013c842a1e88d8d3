import { z } from 'zod';
import { PATHS, type UpgradePath } from './paths.js';
import { PLAN_IDS, type PlanId } from './plans.js';
import { REASON_IDS, REASON_KINDS, type ReasonId, type ReasonKind } from './reasons.js';
import { SOURCE_IDS, type SourceId } from './sources.js';
import { FACT_KEYS, type FactKey } from './tenant-facts.js';
import { WARNING_IDS, type WarningId } from './warnings.js';

/** A reason that applies to this tenant, with the source the bot cites first. */
export interface Reason {
  id: ReasonId;
  kind: ReasonKind;
  /** Primary source, e.g. '002'. */
  source: SourceId;
  sources: SourceId[];
}

export interface Diagnosis {
  path: UpgradePath;
  reasons: Reason[];
  /** Automatic targets still open after blockers; [] when the path is manual or contact-partner. */
  targets: PlanId[];
  warnings: WarningId[];
  /** Unanswered facts that could still change the path or its reasons, most decisive first. */
  unknownFacts: FactKey[];
  /** True when no unanswered fact could change the path: stop asking. */
  decided: boolean;
}

export const ReasonSchema = z.object({
  id: z.enum(REASON_IDS),
  kind: z.enum(REASON_KINDS),
  source: z.enum(SOURCE_IDS),
  sources: z.array(z.enum(SOURCE_IDS)).min(1),
});

/** Validates stored diagnoses (triage cases) when they are read back. */
export const DiagnosisSchema: z.ZodType<Diagnosis> = z.object({
  path: z.enum(PATHS),
  reasons: z.array(ReasonSchema),
  targets: z.array(z.enum(PLAN_IDS)),
  warnings: z.array(z.enum(WARNING_IDS)),
  unknownFacts: z.array(z.enum(FACT_KEYS)),
  decided: z.boolean(),
});
