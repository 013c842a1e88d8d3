import type { FactKey, UpgradePath } from '../domain/index.js';

/** What the admin was doing when asking "where was I"; stepIndex counts from 0. */
export type CurrentActivity =
  | { kind: 'nothing' }
  | { kind: 'questions'; answered: number; nextFact?: FactKey }
  | { kind: 'diagnosis'; path: UpgradePath }
  | { kind: 'walkthrough'; path: UpgradePath; stepIndex: number; total: number; stepTitle: string }
  | { kind: 'triage'; answered: number };
