import type { CaseDetails } from './case-details.js';
import { diagnose } from './diagnose.js';
import type { Diagnosis } from './diagnosis.js';
import type { ReasonId } from './reasons.js';
import { FACT_KEYS, type FactKey, type TenantFacts } from './tenant-facts.js';
import {
  CASE_SCHEMA_VERSION,
  type CaseActor,
  type CaseChange,
  type CaseOutcome,
  type CaseStatus,
  type TriageCase,
} from './triage-case.js';

/**
 * How a case is made and changed. Every change is a pure function of the case: it re-diagnoses
 * where facts change and appends one event (who, when, what) to the history.
 */

export interface NewCase {
  id: string;
  by: CaseActor;
  at: string;
  facts: TenantFacts;
  details: CaseDetails;
}

export function openCase({ id, by, at, facts, details }: NewCase): TriageCase {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    agentId: by.id,
    ...(by.name === undefined ? {} : { agentName: by.name }),
    createdAt: at,
    updatedAt: at,
    status: 'open',
    ...details,
    facts,
    diagnosis: diagnose(facts),
    history: [{ at, by, change: { kind: 'created' } }],
  };
}

export function outcomeOf(diagnosis: Diagnosis): CaseOutcome {
  return { path: diagnosis.path, reasons: diagnosis.reasons.map((reason) => reason.id) };
}

/** What moved between two outcomes: the path (when it changed) and the reasons that came and went. */
export interface OutcomeShift {
  path?: { from: CaseOutcome['path']; to: CaseOutcome['path'] };
  reasonsAdded: ReasonId[];
  reasonsRemoved: ReasonId[];
}

export function outcomeShift(before: CaseOutcome, after: CaseOutcome): OutcomeShift {
  return {
    ...(before.path === after.path ? {} : { path: { from: before.path, to: after.path } }),
    reasonsAdded: after.reasons.filter((reason) => !before.reasons.includes(reason)),
    reasonsRemoved: before.reasons.filter((reason) => !after.reasons.includes(reason)),
  };
}

function withEvent(triageCase: TriageCase, by: CaseActor, at: string, change: CaseChange): TriageCase {
  return { ...triageCase, updatedAt: at, history: [...triageCase.history, { at, by, change }] };
}

/** Only the facts whose value differs from what the case already says, in FACT_KEYS order. */
export function changedFacts(known: Partial<TenantFacts>, told: Partial<TenantFacts>): Partial<TenantFacts> {
  const changed: Partial<TenantFacts> = {};
  for (const fact of FACT_KEYS) {
    const value = told[fact];
    if (value !== undefined && value !== known[fact]) Object.assign(changed, { [fact]: value });
  }
  return changed;
}

/**
 * New facts about the customer's tenant (a later value replaces an earlier one): the case is
 * diagnosed again and the event keeps the outcome before and after. Undefined when nothing changed.
 */
export function addFacts(triageCase: TriageCase, told: Partial<TenantFacts>, by: CaseActor, at: string): TriageCase | undefined {
  const changed = changedFacts(triageCase.facts, told);
  if (Object.keys(changed).length === 0) return undefined;
  const facts: TenantFacts = { ...triageCase.facts, ...changed };
  const diagnosis = diagnose(facts);
  const factsFromTenant = triageCase.factsFromTenant?.filter((fact: FactKey) => !(fact in changed));
  const updated: TriageCase = {
    ...triageCase,
    facts,
    diagnosis,
    ...(factsFromTenant === undefined ? {} : { factsFromTenant }),
  };
  return withEvent(updated, by, at, {
    kind: 'facts',
    facts: changed,
    before: outcomeOf(triageCase.diagnosis),
    after: outcomeOf(diagnosis),
  });
}

export function setStatus(triageCase: TriageCase, status: CaseStatus, by: CaseActor, at: string): TriageCase | undefined {
  if (triageCase.status === status) return undefined;
  return withEvent({ ...triageCase, status }, by, at, { kind: 'status', from: triageCase.status, to: status });
}

/** The customer's name, tenant or ticket given or corrected; undefined when nothing changed. */
export function setDetails(triageCase: TriageCase, details: CaseDetails, by: CaseActor, at: string): TriageCase | undefined {
  const changed: CaseDetails = {};
  for (const key of ['customer', 'tenant', 'ticket'] as const) {
    const value = details[key];
    if (value !== undefined && value !== triageCase[key]) changed[key] = value;
  }
  if (Object.keys(changed).length === 0) return undefined;
  return withEvent({ ...triageCase, ...changed }, by, at, { kind: 'details', details: changed });
}
