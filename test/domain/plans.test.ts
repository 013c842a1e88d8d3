import { describe, expect, it } from 'vitest';
import {
  FAMILIES,
  PLANS,
  PLAN_IDS,
  SOURCES,
  findPlanBySkuPartNumber,
  getPlan,
  isPlanId,
  type Family,
  type PlanId,
  type PlanStatus,
} from '../../domain/index.js';

// Every plan: the contract's name and family, its status (retired only with a source, and the year)
// and the SKU part numbers Microsoft Graph and PowerShell print for it (LIC-REF).
const TABLE: [PlanId, string, Family, PlanStatus, number | undefined, string[]][] = [
  ['o365-small-business', 'Office 365 Small Business', 'small-business', 'retired', 2015, ['LITEPACK']],
  ['o365-small-business-premium', 'Office 365 Small Business Premium', 'small-business', 'retired', 2015, ['LITEPACK_P2']],
  ['o365-midsize-business', 'Office 365 Midsize Business', 'midsize', 'retired', 2015, ['MIDSIZEPACK']],
  ['o365-enterprise-k1', 'Office 365 Enterprise K1', 'enterprise', 'retired', 2025, []],
  ['o365-enterprise-k2', 'Office 365 Enterprise K2', 'enterprise', 'retired', 2025, []],
  ['o365-enterprise-e1', 'Office 365 Enterprise E1', 'enterprise', 'sold', undefined, ['STANDARDPACK']],
  ['o365-enterprise-e3', 'Office 365 Enterprise E3', 'enterprise', 'sold', undefined, ['ENTERPRISEPACK']],
  ['o365-enterprise-e4', 'Office 365 Enterprise E4', 'enterprise', 'retired', 2015, ['ENTERPRISEWITHSCAL']],
  ['o365-e5', 'Office 365 E5', 'enterprise', 'sold', undefined, ['ENTERPRISEPREMIUM']],
  ['m365-e3', 'Microsoft 365 E3', 'enterprise', 'sold', undefined, ['SPE_E3']],
  ['m365-e5', 'Microsoft 365 E5', 'enterprise', 'sold', undefined, ['SPE_E5']],
  ['m365-e5-no-audio', 'Microsoft 365 E5 without Audio Conferencing', 'enterprise', 'sold', undefined, ['SPE_E5_NOPSTNCONF']],
  ['o365-education-a1', 'Office 365 Education A1', 'education', 'sold', undefined, ['STANDARDWOFFPACK_FACULTY', 'STANDARDWOFFPACK_STUDENT']],
  ['o365-education-a2', 'Office 365 Education A2', 'education', 'retired', 2025, []],
  ['o365-education-a3', 'Office 365 Education A3', 'education', 'sold', undefined, ['ENTERPRISEPACKPLUS_FACULTY']],
  ['o365-education-a4', 'Office 365 Education A4', 'education', 'retired', 2025, []],
  ['exchange-online-p1', 'Exchange Online (Plan 1)', 'standalone', 'sold', undefined, ['EXCHANGESTANDARD']],
  ['exchange-online-p2', 'Exchange Online (Plan 2)', 'standalone', 'sold', undefined, ['EXCHANGEENTERPRISE']],
  ['exchange-online-kiosk', 'Exchange Online Kiosk', 'standalone', 'sold', undefined, ['EXCHANGEDESKLESS']],
  ['sharepoint-online-p1', 'SharePoint Online (Plan 1)', 'standalone', 'sold', undefined, ['SHAREPOINTSTANDARD']],
  ['sharepoint-online-p2', 'SharePoint Online (Plan 2)', 'standalone', 'sold', undefined, ['SHAREPOINTENTERPRISE']],
  ['lync-online-p1', 'Lync Online (Plan 1)', 'standalone', 'retired', 2021, ['MCOIMP']],
  ['lync-online-p2', 'Lync Online (Plan 2)', 'standalone', 'retired', 2021, ['MCOSTANDARD']],
  ['lync-online-p3', 'Lync Online (Plan 3)', 'standalone', 'retired', 2021, []],
  ['office-online-sharepoint', 'Office Online with SharePoint Online Plan 1 or Plan 2', 'standalone', 'retired', 2025, []],
  ['m365-business-basic', 'Microsoft 365 Business Basic', 'business', 'sold', undefined, ['O365_BUSINESS_ESSENTIALS']],
  ['m365-business-standard', 'Microsoft 365 Business Standard', 'business', 'sold', undefined, ['O365_BUSINESS_PREMIUM']],
  ['m365-business-premium', 'Microsoft 365 Business Premium', 'business', 'sold', undefined, ['SPB']],
  ['m365-apps-for-business', 'Microsoft 365 Apps for business', 'business', 'sold', undefined, ['O365_BUSINESS']],
  ['m365-apps-for-enterprise', 'Microsoft 365 Apps for enterprise', 'enterprise', 'sold', undefined, ['OFFICESUBSCRIPTION']],
  ['m365-f1', 'Microsoft 365 F1', 'frontline', 'sold', undefined, ['M365_F1']],
  ['m365-f3', 'Microsoft 365 F3', 'frontline', 'sold', undefined, ['SPE_F1']],
  ['o365-f3', 'Office 365 F3', 'frontline', 'sold', undefined, ['DESKLESSPACK']],
  ['o365-e5-no-audio', 'Office 365 E5 without Audio Conferencing', 'enterprise', 'sold', undefined, ['ENTERPRISEPREMIUM_NOPSTNCONF']],
  ['o365-education-a5', 'Office 365 A5', 'education', 'sold', undefined, ['ENTERPRISEPREMIUM_FACULTY']],
  // Teams since 2024 (MSD-NO-TEAMS-2024), the EEA String IDs as LIC-REF spells them (spaces included).
  ['o365-enterprise-e1-no-teams', 'Office 365 E1 (no Teams)', 'enterprise', 'sold', undefined, ['Office_365_E1_(no_Teams)', 'Office_365_w/o_Teams_Bundle_E1']],
  ['o365-enterprise-e3-no-teams', 'Office 365 E3 (no Teams)', 'enterprise', 'sold', undefined, ['Office_365_E3_(no_Teams)', 'O365_w/o_Teams_Bundle_E3']],
  ['o365-e5-no-teams', 'Office 365 E5 (no Teams)', 'enterprise', 'sold', undefined, ['Office_365_w/o_Teams_Bundle_E5']],
  ['o365-e5-no-audio-no-teams', 'Office 365 E5 EEA (no Teams) without Audio Conferencing', 'enterprise', 'sold', undefined, ['Office_365_E5_EEA_(no_Teams)_without_Audio_Conferencing']],
  ['m365-e3-no-teams', 'Microsoft 365 E3 (no Teams)', 'enterprise', 'sold', undefined, ['Microsoft_365_E3_(no_Teams)', 'O365_w/o Teams Bundle_M3']],
  ['m365-e5-no-teams', 'Microsoft 365 E5 (no Teams)', 'enterprise', 'sold', undefined, ['Microsoft_365_E5_(no_Teams)', 'O365_w/o_Teams_Bundle_M5']],
  ['m365-e5-no-audio-no-teams', 'Microsoft 365 E5 EEA (no Teams) without Audio Conferencing', 'enterprise', 'sold', undefined, ['Microsoft_365_E5_EEA_(no_Teams)_without_Audio_Conferencing']],
  ['m365-business-basic-no-teams', 'Microsoft 365 Business Basic (no Teams)', 'business', 'sold', undefined, ['Microsoft_365_Business_Basic_(no Teams)', 'Microsoft_365_Business_Basic_EEA_(no_Teams)']],
  ['m365-business-standard-no-teams', 'Microsoft 365 Business Standard (no Teams)', 'business', 'sold', undefined, ['MICROSOFT_365_BUSINESS_STANDARD_NO_TEAMS', 'Office_365_w/o_Teams_Bundle_Business_Standard']],
  ['m365-business-premium-no-teams', 'Microsoft 365 Business Premium (no Teams)', 'business', 'sold', undefined, ['Microsoft_365_ Business_ Premium_(no Teams)', 'Office_365_w/o_Teams_Bundle_Business_Premium']],
  ['m365-f1-no-teams', 'Microsoft 365 F1 EEA (no Teams)', 'frontline', 'sold', undefined, ['Microsoft_365_F1_EEA_(no_Teams)']],
  ['m365-f3-no-teams', 'Microsoft 365 F3 EEA (no Teams)', 'frontline', 'sold', undefined, ['Microsoft_365_F3_EEA_(no_Teams)']],
  ['o365-f3-no-teams', 'Office 365 F3 EEA (no Teams)', 'frontline', 'sold', undefined, ['Office_365_F3_EEA_(no_Teams)']],
  ['teams-enterprise', 'Microsoft Teams Enterprise', 'standalone', 'sold', undefined, ['Microsoft_Teams_Enterprise_New', 'Microsoft_Teams_EEA_New']],
  ['m365-education-a1', 'Microsoft 365 A1', 'education', 'sold', undefined, ['M365EDU_A1']],
  ['m365-education-a3', 'Microsoft 365 A3', 'education', 'sold', undefined, ['M365EDU_A3_FACULTY']],
  ['m365-education-a5', 'Microsoft 365 A5', 'education', 'sold', undefined, ['M365EDU_A5_FACULTY']],
  ['m365-e7', 'Microsoft 365 E7', 'enterprise', 'sold', undefined, []],
];

// The 2020 renaming (MSD-RENAME-2020) and the 2020 F-plan rename (MSD-F3-2020).
const FORMER_NAMES: [PlanId, string][] = [
  ['m365-business-basic', 'Office 365 Business Essentials'],
  ['m365-business-standard', 'Office 365 Business Premium'],
  ['m365-business-premium', 'Microsoft 365 Business'],
  ['m365-apps-for-business', 'Office 365 Business'],
  ['m365-apps-for-enterprise', 'Office 365 ProPlus'],
  ['m365-f3', 'Microsoft 365 F1'],
];

describe('plans', () => {
  it.each(TABLE)('%s is "%s" in the %s family, %s', (id, name, family, status, retiredIn, skus) => {
    const plan = getPlan(id);
    expect(plan).toMatchObject({ id, name, family, status });
    expect(plan.retired?.year).toBe(retiredIn);
    expect(plan.skuPartNumbers).toEqual(expect.arrayContaining(skus));
    if (skus.length === 0) expect(plan.skuPartNumbers).toEqual([]);
  });

  it('has exactly these ids, once each, in PLANS and PLAN_IDS', () => {
    const ids = TABLE.map(([id]) => id);
    expect([...PLAN_IDS]).toEqual(ids);
    expect(PLANS.map((plan) => plan.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites a source for every status, and one that exists', () => {
    for (const plan of PLANS) {
      expect(plan.statusSources.length, plan.id).toBeGreaterThan(0);
      for (const source of plan.statusSources) expect(SOURCES[source], `${plan.id}: ${source}`).toBeDefined();
    }
  });

  it('knows the data-related services of every plan sold today', () => {
    // Plans a source names but none decides (E7, Teams Enterprise, Microsoft 365 A1) have no baseline to compare.
    for (const plan of PLANS.filter((each) => each.status === 'sold' && each.targetsUndecided === undefined)) expect(plan.dataServices, plan.id).toBeDefined();
  });

  it.each(FORMER_NAMES)('%s was called "%s"', (id, former) => {
    expect(getPlan(id).formerNames).toContain(former);
  });

  it('caps Business Premium at 300 licenses (BP-FAQ) and sets no cap on Enterprise plans', () => {
    expect(getPlan('m365-business-premium').licenseCap).toEqual({ value: 300, sources: ['BP-FAQ'] });
    expect(getPlan('m365-e5').licenseCap).toBeUndefined();
  });

  it('uses only the known families', () => {
    expect(PLANS.every((plan) => FAMILIES.includes(plan.family))).toBe(true);
  });

  it('refuses an id that is not a plan', () => {
    expect(() => getPlan('o365-enterprise-e9' as PlanId)).toThrow(RangeError);
    expect(isPlanId('o365-enterprise-e3')).toBe(true);
    expect(isPlanId('E3')).toBe(false);
    expect(isPlanId(3)).toBe(false);
  });
});

describe('findPlanBySkuPartNumber', () => {
  it.each([
    ['SPE_E3', 'm365-e3'],
    ['spe_e3', 'm365-e3'],
    ['O365_BUSINESS_PREMIUM', 'm365-business-standard'],
    ['SPE_F1', 'm365-f3'],
    ['Microsoft_365_ Business_ Premium_(no Teams)', 'm365-business-premium-no-teams'],
    ['Office_365_E3_(no_Teams)', 'o365-enterprise-e3-no-teams'],
    ['O365_w/o Teams Bundle_M3', 'm365-e3-no-teams'],
    ['O365_w/o\u00a0Teams\u00a0Bundle_M3', 'm365-e3-no-teams'],
    ['Office_365_w/o_Teams_Bundle_Business_Premium', 'm365-business-premium-no-teams'],
    ['Microsoft_Teams_Enterprise_New', 'teams-enterprise'],
    ['M365EDU_A3_FACULTY', 'm365-education-a3'],
    ['ENTERPRISEWITHSCAL', 'o365-enterprise-e4'],
  ])('reads %s as %s', (sku, id) => {
    expect(findPlanBySkuPartNumber(sku)?.id).toBe(id);
  });

  it.each(['POWER_BI_STANDARD', 'FLOW_FREE', 'SPE', '', 'Microsoft_365_Business_Premium_(no Teams)'])('names no plan for %j, never a guess', (sku) => {
    expect(findPlanBySkuPartNumber(sku)).toBeUndefined();
  });

  it('gives each SKU part number to one plan only', () => {
    const skus = PLANS.flatMap((plan) => plan.skuPartNumbers.map((sku) => sku.toUpperCase()));
    expect(new Set(skus).size).toBe(skus.length);
  });
});
