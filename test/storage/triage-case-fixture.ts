import type { TriageCase, TriageCaseV1 } from '../../domain/index.js';

const DIAGNOSIS: TriageCase['diagnosis'] = {
  path: 'upgrade-tab',
  reasons: [],
  targets: ['o365-e5'],
  warnings: ['typical-duration'],
  unknownFacts: [],
  decided: true,
  undecided: [],
};

/** A valid triage case (schema version 2); override what a test cares about. */
export function triageCase(overrides: Partial<TriageCase> & Pick<TriageCase, 'id'>): TriageCase {
  const createdAt = overrides.createdAt ?? '2026-11-20T09:00:00.000Z';
  const agentId = overrides.agentId ?? 'agent-1';
  return {
    schemaVersion: 2,
    agentId,
    agentName: 'Giulia Rossi',
    createdAt,
    updatedAt: createdAt,
    status: 'open',
    facts: { currentPlan: 'o365-enterprise-e3', licensedUsers: 120 },
    diagnosis: DIAGNOSIS,
    history: [{ at: createdAt, by: { id: agentId, name: 'Giulia Rossi' }, change: { kind: 'created' } }],
    ...overrides,
  };
}

/** A case as versions before schema 2 stored it. */
export function triageCaseV1(overrides: Partial<TriageCaseV1> & Pick<TriageCaseV1, 'id'>): TriageCaseV1 {
  return {
    agentId: 'agent-1',
    agentName: 'Giulia Rossi',
    createdAt: '2026-11-20T09:00:00.000Z',
    facts: { currentPlan: 'o365-enterprise-e3', licensedUsers: 120 },
    diagnosis: DIAGNOSIS,
    ...overrides,
  };
}
