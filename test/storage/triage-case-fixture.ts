import type { TriageCase } from '../../domain/index.js';

/** A valid triage case; override what a test cares about. */
export function triageCase(overrides: Partial<TriageCase> & Pick<TriageCase, 'id'>): TriageCase {
  return {
    agentId: 'agent-1',
    agentName: 'Giulia Rossi',
    createdAt: '2026-11-20T09:00:00.000Z',
    facts: { currentPlan: 'o365-enterprise-e3', licensedUsers: 120 },
    diagnosis: {
      path: 'upgrade-tab',
      reasons: [],
      targets: ['o365-e5'],
      warnings: ['typical-duration'],
      unknownFacts: [],
      decided: true,
      undecided: [],
    },
    ...overrides,
  };
}
