import { describe, expect, it } from 'vitest';
import { FAMILIES, PLANS, PLAN_IDS, getPlan, isPlanId, type Family, type PlanId } from '../../domain/index.js';

// The contract's plan table, written out again so a renamed id or family fails here.
const CONTRACT: [PlanId, string, Family][] = [
  ['o365-small-business', 'Office 365 Small Business', 'small-business'],
  ['o365-small-business-premium', 'Office 365 Small Business Premium', 'small-business'],
  ['o365-midsize-business', 'Office 365 Midsize Business', 'midsize'],
  ['o365-enterprise-k1', 'Office 365 Enterprise K1', 'enterprise'],
  ['o365-enterprise-k2', 'Office 365 Enterprise K2', 'enterprise'],
  ['o365-enterprise-e1', 'Office 365 Enterprise E1', 'enterprise'],
  ['o365-enterprise-e3', 'Office 365 Enterprise E3', 'enterprise'],
  ['o365-enterprise-e4', 'Office 365 Enterprise E4', 'enterprise'],
  ['o365-e5', 'Office 365 E5', 'enterprise'],
  ['m365-e3', 'Microsoft 365 E3', 'enterprise'],
  ['m365-e5', 'Microsoft 365 E5', 'enterprise'],
  ['m365-e5-no-audio', 'Microsoft 365 E5 without Audio Conferencing', 'enterprise'],
  ['o365-education-a1', 'Office 365 Education A1', 'education'],
  ['o365-education-a2', 'Office 365 Education A2', 'education'],
  ['o365-education-a3', 'Office 365 Education A3', 'education'],
  ['o365-education-a4', 'Office 365 Education A4', 'education'],
  ['exchange-online-p1', 'Exchange Online (Plan 1)', 'standalone'],
  ['exchange-online-p2', 'Exchange Online (Plan 2)', 'standalone'],
  ['exchange-online-kiosk', 'Exchange Online Kiosk', 'standalone'],
  ['sharepoint-online-p1', 'SharePoint Online (Plan 1)', 'standalone'],
  ['sharepoint-online-p2', 'SharePoint Online (Plan 2)', 'standalone'],
  ['lync-online-p1', 'Lync Online (Plan 1)', 'standalone'],
  ['lync-online-p2', 'Lync Online (Plan 2)', 'standalone'],
  ['lync-online-p3', 'Lync Online (Plan 3)', 'standalone'],
  ['office-online-sharepoint', 'Office Online with SharePoint Online Plan 1 or Plan 2', 'standalone'],
];

describe('plans', () => {
  it.each(CONTRACT)('%s is "%s" in the %s family', (id, name, family) => {
    expect(getPlan(id)).toEqual({ id, name, family });
  });

  it('has exactly the contract ids, once each, in PLANS and PLAN_IDS', () => {
    const ids = CONTRACT.map(([id]) => id);
    expect([...PLAN_IDS]).toEqual(ids);
    expect(PLANS.map((plan) => plan.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses only the five families', () => {
    expect([...FAMILIES].sort()).toEqual(['education', 'enterprise', 'midsize', 'small-business', 'standalone']);
    expect(PLANS.every((plan) => FAMILIES.includes(plan.family))).toBe(true);
  });

  it('refuses an id that is not a plan', () => {
    expect(() => getPlan('o365-enterprise-e9' as PlanId)).toThrow(RangeError);
    expect(isPlanId('o365-enterprise-e3')).toBe(true);
    expect(isPlanId('E3')).toBe(false);
    expect(isPlanId(3)).toBe(false);
  });
});
