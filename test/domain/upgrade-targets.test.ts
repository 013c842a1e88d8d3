import { describe, expect, it } from 'vitest';
import { PLAN_IDS, upgradeTargets, type PlanId } from '../../domain/index.js';

// The contract's eligibility table, row by row (seed 002 plus seed 000 / MSD for E4).
const ELIGIBILITY: [PlanId, PlanId[]][] = [
  [
    'o365-small-business',
    ['o365-small-business-premium', 'o365-midsize-business', 'o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4'],
  ],
  ['o365-small-business-premium', ['o365-midsize-business', 'o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4']],
  ['o365-midsize-business', ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4']],
  ['o365-enterprise-k1', ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4']],
  ['o365-enterprise-k2', ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4']],
  ['o365-enterprise-e1', ['o365-enterprise-e3', 'o365-enterprise-e4']],
  ['o365-enterprise-e3', ['o365-enterprise-e4']],
  ['o365-enterprise-e4', ['o365-e5', 'm365-e5', 'm365-e5-no-audio', 'o365-enterprise-e3', 'm365-e3']],
  ['lync-online-p1', ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4']],
  ['lync-online-p2', ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4']],
  ['lync-online-p3', ['o365-enterprise-e4']],
  ['sharepoint-online-p1', ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4']],
  ['sharepoint-online-p2', ['o365-enterprise-e3', 'o365-enterprise-e4']],
  ['exchange-online-p1', ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4']],
  ['exchange-online-p2', ['o365-enterprise-e3', 'o365-enterprise-e4']],
  [
    'exchange-online-kiosk',
    ['o365-enterprise-e1', 'o365-enterprise-e3', 'o365-enterprise-e4', 'o365-enterprise-k1', 'exchange-online-p1', 'exchange-online-p2'],
  ],
  ['o365-education-a1', ['o365-education-a2', 'o365-education-a3']],
  ['o365-education-a2', ['o365-education-a3']],
  ['office-online-sharepoint', ['o365-education-a1', 'o365-education-a2', 'o365-education-a3', 'o365-education-a4']],
];

const WITH_AUTOMATIC_PATH = new Set(ELIGIBILITY.map(([from]) => from));

describe('upgradeTargets', () => {
  it.each(ELIGIBILITY)('%s upgrades automatically to exactly its row', (from, to) => {
    expect(upgradeTargets(from)).toEqual(to);
  });

  it.each(PLAN_IDS.filter((id) => !WITH_AUTOMATIC_PATH.has(id)))('%s has no automatic target', (from) => {
    expect(upgradeTargets(from)).toEqual([]);
  });

  it('never offers the plan itself', () => {
    for (const id of PLAN_IDS) expect(upgradeTargets(id)).not.toContain(id);
  });

  it('returns a copy the caller may change', () => {
    upgradeTargets('o365-enterprise-e3').push('m365-e5');
    expect(upgradeTargets('o365-enterprise-e3')).toEqual(['o365-enterprise-e4']);
  });
});
