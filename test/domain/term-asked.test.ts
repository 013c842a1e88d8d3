import { describe, expect, it } from 'vitest';
import { openFacts, type TenantFacts } from '../../domain/index.js';
import { tenant } from '../support/tenant-fixtures.js';

/** Once the path is settled, the term is asked only where it changes what the answer says. */
const CASES: [string, TenantFacts, string[]][] = [
  ['E3 to E5: the term changes nothing', tenant({}), []],
  ['E3 to E1, fewer services: a smaller plan waits for the renewal, so the term is asked', tenant({ targetPlan: 'o365-enterprise-e1' }), ['commitmentTerm']],
  ['E3 to E1 with the term told: nothing more', tenant({ targetPlan: 'o365-enterprise-e1', commitmentTerm: 'monthly' }), []],
  ['E3 to E1 through volume licensing: the representative decides', tenant({ targetPlan: 'o365-enterprise-e1', purchaseChannel: 'volume-licensing' }), []],
];

describe('asking the term', () => {
  it.each(CASES)('%s', (_, facts, asked) => {
    expect(openFacts({ facts, purpose: 'diagnosis' })).toEqual(asked);
  });

  it('is never asked twice once the admin said they do not know', () => {
    expect(openFacts({ facts: tenant({ targetPlan: 'o365-enterprise-e1' }), purpose: 'diagnosis', skipped: ['commitmentTerm'] })).toEqual([]);
  });
});
