import { describe, expect, it } from 'vitest';
import { getPlan, PLAN_IDS, targetRuleOf, TARGETS_2013, upgradeTargets, type PlanId, type TargetRule } from '../../domain/index.js';

// Which source decides each plan's automatic targets: today's rule for sold plans of the business
// families, E4's five options, seed 002's table for retired and education plans.
const RULE_OF: [PlanId, TargetRule][] = [
  ['o365-small-business', 'table-2013'],
  ['o365-small-business-premium', 'table-2013'],
  ['o365-midsize-business', 'table-2013'],
  ['o365-enterprise-k1', 'table-2013'],
  ['o365-enterprise-k2', 'table-2013'],
  ['o365-enterprise-e1', 'services-2024'],
  ['o365-enterprise-e3', 'services-2024'],
  ['o365-enterprise-e4', 'e4-options-2020'],
  ['o365-e5', 'services-2024'],
  ['m365-e3', 'services-2024'],
  ['m365-e5', 'services-2024'],
  ['m365-e5-no-audio', 'services-2024'],
  ['o365-education-a1', 'table-2013'],
  ['o365-education-a2', 'table-2013'],
  ['o365-education-a3', 'table-2013'],
  ['o365-education-a4', 'table-2013'],
  ['exchange-online-p1', 'services-2024'],
  ['exchange-online-p2', 'services-2024'],
  ['exchange-online-kiosk', 'services-2024'],
  ['sharepoint-online-p1', 'services-2024'],
  ['sharepoint-online-p2', 'services-2024'],
  ['lync-online-p1', 'table-2013'],
  ['lync-online-p2', 'table-2013'],
  ['lync-online-p3', 'table-2013'],
  ['office-online-sharepoint', 'table-2013'],
  ['m365-business-basic', 'services-2024'],
  ['m365-business-standard', 'services-2024'],
  ['m365-business-premium', 'services-2024'],
  ['m365-apps-for-business', 'services-2024'],
  ['m365-apps-for-enterprise', 'services-2024'],
  ['m365-f1', 'services-2024'],
  ['m365-f3', 'services-2024'],
  ['o365-f3', 'services-2024'],
  ['o365-e5-no-audio', 'services-2024'],
  ['o365-education-a5', 'table-2013'],
  ['o365-enterprise-e1-no-teams', 'services-2024'],
  ['o365-enterprise-e3-no-teams', 'services-2024'],
  ['o365-e5-no-teams', 'services-2024'],
  ['o365-e5-no-audio-no-teams', 'services-2024'],
  ['m365-e3-no-teams', 'services-2024'],
  ['m365-e5-no-teams', 'services-2024'],
  ['m365-e5-no-audio-no-teams', 'services-2024'],
  ['m365-business-basic-no-teams', 'services-2024'],
  ['m365-business-standard-no-teams', 'services-2024'],
  ['m365-business-premium-no-teams', 'services-2024'],
  ['m365-f1-no-teams', 'services-2024'],
  ['m365-f3-no-teams', 'services-2024'],
  ['o365-f3-no-teams', 'services-2024'],
  // Named by a source that decides nothing of their targets.
  ['teams-enterprise', 'undecided'],
  ['m365-education-a1', 'undecided'],
  ['m365-education-a3', 'undecided'],
  ['m365-education-a5', 'undecided'],
  ['m365-e7', 'undecided'],
];

// Today's rule, plan by plan: [from, offered (some of), refused (some of), what the refused ones lose].
// Every service counts (comparePlans), not only the mailbox and SharePoint.
const TODAY: [PlanId, PlanId[], PlanId[], string][] = [
  ['o365-enterprise-e3', ['o365-e5', 'm365-e3', 'm365-e5'], ['o365-enterprise-e1', 'm365-business-premium'], 'Exchange and SharePoint Plan 2 drop to Plan 1'],
  ['o365-e5', ['m365-e5'], ['o365-enterprise-e3', 'm365-e3', 'o365-e5-no-audio'], 'Power BI Pro, Teams Phone, Audio Conferencing'],
  ['m365-e5', [], ['m365-e3', 'o365-e5', 'm365-e5-no-audio', 'm365-business-premium'], 'Entra ID P2, Defender, Audio Conferencing'],
  ['m365-e3', ['m365-e5'], ['o365-enterprise-e3', 'm365-business-premium'], 'Intune, Entra ID P1, Windows Enterprise'],
  ['m365-e5-no-audio', ['m365-e5'], ['m365-e3'], 'Power BI Pro, Teams Phone'],
  ['o365-enterprise-e1', ['o365-enterprise-e3', 'm365-business-standard', 'm365-business-premium'], ['m365-business-basic', 'm365-f3', 'm365-apps-for-enterprise'], 'apps and a mailbox plan'],
  ['m365-business-basic', ['m365-business-standard', 'm365-business-premium', 'o365-enterprise-e1', 'm365-e3'], ['m365-f1', 'exchange-online-p1'], 'no SharePoint in Exchange Online'],
  ['m365-business-standard', ['m365-business-premium', 'm365-e3', 'm365-e5'], ['m365-business-basic', 'm365-apps-for-business'], 'the desktop apps, Bookings, Loop'],
  ['m365-business-premium', ['m365-e5'], ['m365-e3', 'm365-business-standard', 'm365-business-basic', 'o365-enterprise-e1'], 'Defender for Office 365 (Plan 1), Defender for Business'],
  ['m365-apps-for-business', ['m365-business-standard', 'm365-business-premium', 'm365-apps-for-enterprise', 'm365-e3'], ['exchange-online-p1', 'm365-business-basic', 'sharepoint-online-p1'], 'the desktop apps'],
  ['m365-apps-for-enterprise', ['o365-enterprise-e3', 'm365-e3'], ['m365-apps-for-business', 'm365-business-basic', 'sharepoint-online-p1'], 'the enterprise desktop apps'],
  ['m365-f1', ['m365-f3'], ['exchange-online-kiosk'], 'SharePoint Kiosk is lost'],
  ['m365-f3', ['m365-e3'], ['m365-f1', 'o365-f3', 'm365-business-basic', 'exchange-online-kiosk'], 'Intune, Entra ID P1, Windows'],
  ['exchange-online-kiosk', ['exchange-online-p1', 'exchange-online-p2', 'm365-f3', 'm365-business-basic'], ['sharepoint-online-p1'], 'no mailbox in SharePoint Online'],
  ['exchange-online-p1', ['exchange-online-p2', 'm365-business-basic'], ['sharepoint-online-p1'], 'no mailbox in SharePoint Online'],
  ['exchange-online-p2', ['o365-enterprise-e3', 'm365-e5'], ['exchange-online-p1', 'm365-business-premium'], 'Plan 2 drops to Plan 1'],
  ['sharepoint-online-p2', ['o365-enterprise-e3'], ['m365-business-basic', 'sharepoint-online-p1'], 'Plan 2 drops to Plan 1'],
  // Teams since 2024: with Teams to no Teams loses Teams; no Teams to with Teams gains it.
  ['m365-e3', ['m365-e5'], ['m365-e3-no-teams', 'm365-e5-no-teams'], 'Microsoft Teams'],
  ['m365-e3-no-teams', ['m365-e5-no-teams', 'm365-e3', 'm365-e5'], ['o365-enterprise-e3-no-teams'], 'Intune, Entra ID P1'],
  ['m365-business-premium-no-teams', ['m365-business-premium', 'm365-e5-no-teams'], ['m365-business-standard-no-teams'], 'Exchange Online Archiving'],
  ['m365-e5', [], ['m365-e7', 'teams-enterprise'], 'no source decides E7 or Teams Enterprise'],
];

// The plans only the 2013 table (or E4's options) decides: exactly their row, less what was retired since.
const LISTED: [PlanId, PlanId[]][] = [
  ['o365-enterprise-e4', ['o365-e5', 'm365-e5', 'm365-e5-no-audio', 'o365-enterprise-e3', 'm365-e3']],
  ['o365-small-business', ['o365-enterprise-e1', 'o365-enterprise-e3']],
  ['o365-small-business-premium', ['o365-enterprise-e1', 'o365-enterprise-e3']],
  ['o365-midsize-business', ['o365-enterprise-e1', 'o365-enterprise-e3']],
  ['o365-enterprise-k1', ['o365-enterprise-e1', 'o365-enterprise-e3']],
  ['o365-enterprise-k2', ['o365-enterprise-e1', 'o365-enterprise-e3']],
  ['lync-online-p1', ['o365-enterprise-e1', 'o365-enterprise-e3']],
  ['lync-online-p2', ['o365-enterprise-e1', 'o365-enterprise-e3']],
  ['lync-online-p3', []],
  ['office-online-sharepoint', ['o365-education-a1', 'o365-education-a3']],
  ['o365-education-a1', ['o365-education-a3']],
  ['o365-education-a2', ['o365-education-a3']],
  ['o365-education-a3', []],
  ['o365-education-a4', []],
  ['o365-education-a5', []],
];

describe('upgradeTargets: which source decides', () => {
  it.each(RULE_OF)('%s: %s', (plan, rule) => {
    expect(targetRuleOf(plan)).toBe(rule);
  });

  it('covers every plan', () => {
    expect(RULE_OF.map(([plan]) => plan).sort()).toEqual([...PLAN_IDS].sort());
  });
});

describe('upgradeTargets: every service kept, at the same or a higher version (MSD-2024, LIC-REF)', () => {
  it.each(TODAY)('%s offers %j and refuses %j (%s)', (from, offered, refused) => {
    const targets = upgradeTargets(from);
    expect(targets).toEqual(expect.arrayContaining(offered));
    for (const plan of refused) expect(targets).not.toContain(plan);
  });

  it('lists the business plans first, then enterprise, frontline and standalone', () => {
    const families = upgradeTargets('exchange-online-kiosk').map((id) => getPlan(id).family);
    expect(families).toEqual([...families].sort((a, b) => ['business', 'enterprise', 'frontline', 'standalone'].indexOf(a) - ['business', 'enterprise', 'frontline', 'standalone'].indexOf(b)));
  });
});

describe('upgradeTargets: the lists of 2013 and of E4', () => {
  it.each(LISTED)('%s changes automatically to exactly %j', (from, to) => {
    expect(upgradeTargets(from)).toEqual(to);
  });

  it('keeps the 2013 row itself as history: E3 could go to E4', () => {
    expect(TARGETS_2013['o365-enterprise-e3']).toEqual(['o365-enterprise-e4']);
    expect(upgradeTargets('o365-enterprise-e3')).not.toContain('o365-enterprise-e4');
  });
});

describe('upgradeTargets: what is never a target', () => {
  it.each([...PLAN_IDS])('%s: never itself, never a retired plan', (from) => {
    const targets = upgradeTargets(from);
    expect(targets).not.toContain(from);
    for (const target of targets) expect(getPlan(target).status).toBe('sold');
  });

  it('never offers an education plan from a business plan', () => {
    for (const [from, rule] of RULE_OF) {
      if (rule !== 'services-2024') continue;
      for (const target of upgradeTargets(from)) expect(getPlan(target).family).not.toBe('education');
    }
  });

  it('returns a copy the caller may change', () => {
    upgradeTargets('o365-enterprise-e3').push('m365-f1');
    expect(upgradeTargets('o365-enterprise-e3')).not.toContain('m365-f1');
  });
});
