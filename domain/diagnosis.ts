import { z } from 'zod';
import { PATHS, type UpgradePath } from './paths.js';
import { PLAN_IDS, type PlanId } from './plans.js';
import { REASON_IDS, REASON_KINDS, type ReasonId, type ReasonKind } from './reasons.js';
import { SOURCE_IDS, type SourceId } from './sources.js';
import { FACT_KEYS, type FactKey } from './tenant-facts.js';
import { UNDECIDED_IDS, type UndecidedId } from './undecided.js';
import { WARNING_IDS, type WarningId } from './warnings.js';

/** A reason that applies to this tenant, with the sources for this tenant's plans, primary first. */
export interface Reason {
  id: ReasonId;
  kind: ReasonKind;
  /** Primary source, e.g. 'MSD-2024'. */
  source: SourceId;
  sources: SourceId[];
  /** The services it is about (`services.ts` ids): for target-fewer-services, those the wanted plan lacks. */
  services?: string[];
}

export interface Diagnosis {
  path: UpgradePath;
  reasons: Reason[];
  /**
   * Automatic targets still open: [] when something closes the automatic path for the whole
   * subscription; when only the wanted plan is refused, the plans the admin center does offer.
   */
  targets: PlanId[];
  warnings: WarningId[];
  /** Unanswered facts that could still change the path or its reasons, most decisive first. */
  unknownFacts: FactKey[];
  /** True when no unanswered fact could change the path: stop asking. */
  decided: boolean;
  /** Questions no source decides here, each with the page that shows the answer. */
  undecided: UndecidedId[];
}

export const ReasonSchema = z.object({
  id: z.enum(REASON_IDS),
  kind: z.enum(REASON_KINDS),
  source: z.enum(SOURCE_IDS),
  sources: z.array(z.enum(SOURCE_IDS)).min(1),
  services: z.array(z.string()).optional(),
});

/** Validates stored diagnoses (triage cases) when they are read back; one stored before `undecided` reads as none. */
export const DiagnosisSchema: z.ZodType<Diagnosis, unknown> = z.object({
  path: z.enum(PATHS),
  reasons: z.array(ReasonSchema),
  targets: z.array(z.enum(PLAN_IDS)),
  warnings: z.array(z.enum(WARNING_IDS)),
  unknownFacts: z.array(z.enum(FACT_KEYS)),
  decided: z.boolean(),
  undecided: z.array(z.enum(UNDECIDED_IDS)).default([]),
});
