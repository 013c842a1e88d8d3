import { describe, expect, it } from 'vitest';
import {
  comparePlans,
  hasKnownServices,
  NO_SERVICE_PLANS,
  PLAN_IDS,
  servicePlansOf,
  servicesOfServicePlan,
  SERVICES,
  SOURCE_IDS,
  type PlanId,
} from '../../domain/index.js';

const names = (services: { name: string }[]) => services.map((service) => service.name);

describe('comparePlans: the services a change loses and gains (LIC-REF service plans)', () => {
  // from, to, services that must be among the lost, services that must be among the gained
  it.each<[PlanId, PlanId, string[], string[]]>([
    ['o365-e5', 'o365-enterprise-e3', ['Power BI Pro', 'Teams Phone', 'Audio Conferencing', 'eDiscovery (Premium)'], []],
    ['o365-enterprise-e3', 'o365-e5', [], ['Power BI Pro', 'Teams Phone', 'Audio Conferencing']],
    ['m365-e5', 'm365-e3', ['Power BI Pro', 'Microsoft Entra ID P2', 'Microsoft Defender for Endpoint Plan 2'], []],
    ['m365-e3', 'm365-e5', [], ['Microsoft Entra ID P2', 'Microsoft Defender for Identity']],
    ['m365-e3', 'o365-enterprise-e3', ['Microsoft Intune Plan 1', 'Microsoft Entra ID P1', 'Windows Enterprise E3'], []],
    ['o365-enterprise-e3', 'm365-e3', [], ['Microsoft Intune Plan 1', 'Microsoft Entra ID P1']],
    ['o365-e5', 'm365-e3', ['Power BI Pro', 'Teams Phone'], ['Microsoft Intune Plan 1']],
    ['m365-e5', 'm365-e5-no-audio', ['Audio Conferencing'], []],
    ['m365-e5-no-audio', 'm365-e5', [], ['Audio Conferencing']],
    ['m365-business-standard', 'm365-business-basic', ['Microsoft 365 Apps for business (desktop)', 'Microsoft Bookings'], []],
    ['m365-business-basic', 'm365-business-standard', [], ['Microsoft 365 Apps for business (desktop)']],
    ['m365-business-premium', 'm365-business-standard', ['Exchange Online Archiving', 'Microsoft Intune Plan 1', 'Microsoft Entra ID P1'], []],
    ['m365-business-premium', 'm365-e3', ['Microsoft Defender for Office 365 (Plan 1)', 'Microsoft Defender for Business'], ['Exchange Online (Plan 2)']],
    ['m365-e3', 'm365-business-premium', ['Exchange Online (Plan 2)', 'SharePoint (Plan 2)'], []],
    ['m365-apps-for-enterprise', 'm365-apps-for-business', ['Microsoft 365 Apps for enterprise (desktop)'], []],
    ['m365-apps-for-enterprise', 'm365-business-basic', ['Microsoft 365 Apps for enterprise (desktop)'], ['Exchange Online (Plan 1)']],
    ['m365-apps-for-enterprise', 'sharepoint-online-p1', ['Microsoft 365 Apps for enterprise (desktop)'], []],
    ['exchange-online-p2', 'exchange-online-p1', ['Exchange Online (Plan 2)', 'Exchange Online Archiving'], []],
    ['exchange-online-kiosk', 'exchange-online-p1', [], ['Exchange Online (Plan 1)']],
  ])('%s → %s', (from, to, lost, gained) => {
    const change = comparePlans(from, to);
    expect(names(change.lost)).toEqual(expect.arrayContaining(lost));
    expect(names(change.gained)).toEqual(expect.arrayContaining(gained));
    if (lost.length === 0) expect(change.lost).toEqual([]);
  });

  // The upgrades the page and the audit call automatic keep every service.
  it.each<[PlanId, PlanId]>([
    ['m365-business-basic', 'm365-business-standard'],
    ['m365-business-standard', 'm365-business-premium'],
    ['m365-business-premium', 'm365-e5'],
    ['o365-enterprise-e1', 'o365-enterprise-e3'],
    ['o365-enterprise-e3', 'o365-e5'],
    ['m365-e3', 'm365-e5'],
    ['m365-apps-for-business', 'm365-business-standard'],
    ['m365-f3', 'm365-e3'],
    ['exchange-online-p1', 'exchange-online-p2'],
  ])('%s → %s loses nothing', (from, to) => {
    expect(names(comparePlans(from, to).lost)).toEqual([]);
  });

  it('names a versioned service once, at the version lost (Exchange Plan 2 → Kiosk loses Plan 2, not three versions)', () => {
    const lost = names(comparePlans('exchange-online-p2', 'exchange-online-kiosk').lost);
    expect(lost.filter((name) => name.startsWith('Exchange Online ('))).toEqual(['Exchange Online (Plan 2)']);
  });

  it('gives no verdict for a plan the licensing reference no longer describes', () => {
    expect(hasKnownServices('lync-online-p1')).toBe(false);
    expect(comparePlans('lync-online-p1', 'm365-e3')).toEqual({ gained: [], lost: [] });
  });
});

describe('the service catalog', () => {
  it('classifies every service plan of every plan it describes: a service, or listed as carrying none', () => {
    const unclassified = PLAN_IDS.flatMap((id) => (servicePlansOf(id) ?? []).filter((plan) => !(plan in NO_SERVICE_PLANS) && !SERVICES.some((service) => service.servicePlans.includes(plan))));
    expect(unclassified).toEqual([]);
  });

  it('cites a known source for every service plan treated as carrying no service', () => {
    for (const [plan, entry] of Object.entries(NO_SERVICE_PLANS)) {
      expect(entry.sources.length, plan).toBeGreaterThan(0);
      for (const source of entry.sources) expect(SOURCE_IDS, plan).toContain(source);
    }
  });

  it('treats a service plan it does not know as a service of its own, so it can only make a change manual', () => {
    expect(names(servicesOfServicePlan('SOME_FUTURE_PLAN'))).toEqual(['SOME_FUTURE_PLAN']);
    expect(servicesOfServicePlan('EXCHANGE_S_FOUNDATION')).toEqual([]);
  });

  it('keeps service ids unique and versions of one group distinct', () => {
    expect(new Set(SERVICES.map((service) => service.id)).size).toBe(SERVICES.length);
  });
});
