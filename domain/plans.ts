import { dataServices, type DataServices } from './data-services.js';
import { LIMITS } from './limits.js';
import type { NoteId } from './notes.js';
import type { SourceId } from './sources.js';

/**
 * The plans the assistant knows: today's (sold) plans and the older ones the seeds name, each with
 * its SKU part numbers (LIC-REF), its status and the source for it, and the data-related services
 * its service plans add up to (LIC-REF), which decide today's automatic targets.
 */

export const PLAN_IDS = [
  'o365-small-business',
  'o365-small-business-premium',
  'o365-midsize-business',
  'o365-enterprise-k1',
  'o365-enterprise-k2',
  'o365-enterprise-e1',
  'o365-enterprise-e3',
  'o365-enterprise-e4',
  'o365-e5',
  'm365-e3',
  'm365-e5',
  'm365-e5-no-audio',
  'o365-education-a1',
  'o365-education-a2',
  'o365-education-a3',
  'o365-education-a4',
  'exchange-online-p1',
  'exchange-online-p2',
  'exchange-online-kiosk',
  'sharepoint-online-p1',
  'sharepoint-online-p2',
  'lync-online-p1',
  'lync-online-p2',
  'lync-online-p3',
  'office-online-sharepoint',
  'm365-business-basic',
  'm365-business-standard',
  'm365-business-premium',
  'm365-apps-for-business',
  'm365-apps-for-enterprise',
  'm365-f1',
  'm365-f3',
  'o365-f3',
  'o365-e5-no-audio',
  'o365-education-a5',
  // Teams since 2024 (MSD-NO-TEAMS-2024): each "(no Teams)" suite, its id starting with its suite's.
  'o365-enterprise-e1-no-teams',
  'o365-enterprise-e3-no-teams',
  'o365-e5-no-teams',
  'o365-e5-no-audio-no-teams',
  'm365-e3-no-teams',
  'm365-e5-no-teams',
  'm365-e5-no-audio-no-teams',
  'm365-business-basic-no-teams',
  'm365-business-standard-no-teams',
  'm365-business-premium-no-teams',
  'm365-f1-no-teams',
  'm365-f3-no-teams',
  'o365-f3-no-teams',
  'teams-enterprise',
  // Microsoft 365 A-plans, not the Office 365 A-plans (LIC-REF: M365EDU_*).
  'm365-education-a1',
  'm365-education-a3',
  'm365-education-a5',
  // Named by a 2026 source; no source decides its targets (AGENT-ID-2026).
  'm365-e7',
] as const;

export type PlanId = (typeof PLAN_IDS)[number];

export const FAMILIES = ['business', 'enterprise', 'frontline', 'education', 'standalone', 'small-business', 'midsize'] as const;
export type Family = (typeof FAMILIES)[number];

export const PLAN_STATUSES = ['sold', 'retired'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * How a plan is known to be retired: a Microsoft notice says so ('notice'), or today's licensing
 * reference, which still lists retired plans such as E4, no longer has a product of that name
 * ('not-listed', dated by the reference).
 */
export interface Retirement {
  year: number;
  evidence: 'notice' | 'not-listed';
  /** The plans a source names as its replacement; empty where none does. */
  replacedBy: PlanId[];
  /** What older sources said of it while it was sold. */
  notes?: NoteId[];
}

export interface Plan {
  id: PlanId;
  name: string;
  family: Family;
  /** As PowerShell and Microsoft Graph print them (LIC-REF); the "(no Teams)" twins have the same services. */
  skuPartNumbers: string[];
  status: PlanStatus;
  /** The sources for the status: the licensing reference for a sold plan, the notice for a retired one. */
  statusSources: SourceId[];
  retired?: Retirement;
  /** Names the plan had before (MSD-RENAME-2020, and the F-plan renames). */
  formerNames: string[];
  /** What the service plans of its SKU add up to (LIC-REF); unknown for plans it no longer lists. */
  dataServices?: DataServices;
  /** A purchase cap on licenses, with its source. */
  licenseCap?: { value: number; sources: SourceId[] };
  /**
   * Teams since 2024 (MSD-NO-TEAMS-2024): 'with-teams' suites of the Enterprise family are sold only to
   * customers who had them before April 1, 2024 (who may keep, renew, upgrade and adjust them);
   * 'no-teams' suites are sold to everyone, with Teams bought apart (Microsoft Teams Enterprise).
   */
  teams?: 'with-teams' | 'no-teams';
  /** Who may buy it: 'existing-customers' for the with-Teams Enterprise suites since 2024. */
  soldTo?: 'everyone' | 'existing-customers';
  /** No source decides which plans it changes to or from automatically (the bot says so). */
  targetsUndecided?: { sources: SourceId[] };
}

type PlanRow = Omit<Plan, 'statusSources' | 'formerNames'> & { statusSources?: SourceId[]; formerNames?: string[] };

const SOLD: Pick<Plan, 'status' | 'statusSources'> = { status: 'sold', statusSources: ['LIC-REF'] };
/** Since April 1, 2024 new Enterprise customers buy the "(no Teams)" suite plus Teams Enterprise (MSD-NO-TEAMS-2024). */
const WITH_TEAMS_ENTERPRISE: Pick<Plan, 'status' | 'statusSources' | 'teams' | 'soldTo'> = {
  status: 'sold',
  statusSources: ['MSD-NO-TEAMS-2024', 'LIC-REF'],
  teams: 'with-teams',
  soldTo: 'existing-customers',
};
/** A "(no Teams)" suite: sold to everyone, Teams bought apart (MSD-NO-TEAMS-2024; SKUs in LIC-REF). */
const NO_TEAMS: Pick<Plan, 'status' | 'statusSources' | 'teams' | 'soldTo'> = {
  status: 'sold',
  statusSources: ['MSD-NO-TEAMS-2024', 'LIC-REF'],
  teams: 'no-teams',
  soldTo: 'everyone',
};
const NOT_LISTED: Pick<Plan, 'status' | 'statusSources'> = { status: 'retired', statusSources: ['LIC-REF'] };
const notListed = (replacedBy: PlanId[] = []): Retirement => ({ year: 2025, evidence: 'not-listed', replacedBy });

const P1 = 'plan-1';
const P2 = 'plan-2';
const KIOSK = 'kiosk';
const NONE = 'none';
/** The business plans that replaced Small Business, Small Business Premium and Midsize (MSD-SMB-2015), by today's names. */
const SMB_SUCCESSORS: PlanId[] = ['m365-business-basic', 'm365-apps-for-business', 'm365-business-standard'];

const ROWS: PlanRow[] = [
  {
    id: 'o365-small-business',
    name: 'Office 365 Small Business',
    family: 'small-business',
    skuPartNumbers: ['LITEPACK'],
    status: 'retired',
    statusSources: ['MSD-SMB-2015'],
    retired: { year: 2015, evidence: 'notice', replacedBy: SMB_SUCCESSORS },
  },
  {
    id: 'o365-small-business-premium',
    name: 'Office 365 Small Business Premium',
    family: 'small-business',
    skuPartNumbers: ['LITEPACK_P2'],
    status: 'retired',
    statusSources: ['MSD-SMB-2015'],
    retired: { year: 2015, evidence: 'notice', replacedBy: SMB_SUCCESSORS },
  },
  {
    id: 'o365-midsize-business',
    name: 'Office 365 Midsize Business',
    family: 'midsize',
    skuPartNumbers: ['MIDSIZEPACK'],
    status: 'retired',
    statusSources: ['MSD-SMB-2015'],
    retired: { year: 2015, evidence: 'notice', replacedBy: SMB_SUCCESSORS },
  },
  // K1's SKU id lives on as Office 365 F3 in community lists only; the reference has no K1 or K2.
  { id: 'o365-enterprise-k1', name: 'Office 365 Enterprise K1', family: 'enterprise', skuPartNumbers: [], ...NOT_LISTED, retired: notListed() },
  { id: 'o365-enterprise-k2', name: 'Office 365 Enterprise K2', family: 'enterprise', skuPartNumbers: [], ...NOT_LISTED, retired: notListed() },
  {
    id: 'o365-enterprise-e1',
    name: 'Office 365 Enterprise E1',
    family: 'enterprise',
    skuPartNumbers: ['STANDARDPACK'],
    ...WITH_TEAMS_ENTERPRISE,
    formerNames: [],
    dataServices: dataServices(P1, P1),
  },
  {
    id: 'o365-enterprise-e3',
    name: 'Office 365 Enterprise E3',
    family: 'enterprise',
    skuPartNumbers: ['ENTERPRISEPACK'],
    ...WITH_TEAMS_ENTERPRISE,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'o365-enterprise-e4',
    name: 'Office 365 Enterprise E4',
    family: 'enterprise',
    skuPartNumbers: ['ENTERPRISEWITHSCAL'],
    status: 'retired',
    statusSources: ['MSD-E4'],
    retired: {
      year: 2015,
      evidence: 'notice',
      replacedBy: ['o365-e5', 'm365-e5', 'm365-e5-no-audio', 'o365-enterprise-e3', 'm365-e3'],
      notes: ['e3-to-e4-2013'],
    },
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'o365-e5',
    name: 'Office 365 E5',
    family: 'enterprise',
    skuPartNumbers: ['ENTERPRISEPREMIUM'],
    ...WITH_TEAMS_ENTERPRISE,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-e3',
    name: 'Microsoft 365 E3',
    family: 'enterprise',
    skuPartNumbers: ['SPE_E3', 'Microsoft_365_E3'],
    ...WITH_TEAMS_ENTERPRISE,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-e5',
    name: 'Microsoft 365 E5',
    family: 'enterprise',
    skuPartNumbers: ['SPE_E5'],
    ...WITH_TEAMS_ENTERPRISE,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-e5-no-audio',
    name: 'Microsoft 365 E5 without Audio Conferencing',
    family: 'enterprise',
    skuPartNumbers: ['SPE_E5_NOPSTNCONF', 'Microsoft_365_E5_without_Audio_Conferencing'],
    ...WITH_TEAMS_ENTERPRISE,
    dataServices: dataServices(P2, P2),
  },
  // Today's Office 365 A1/A3 carry the same letters without "Education" in the name (LIC-REF).
  {
    id: 'o365-education-a1',
    name: 'Office 365 Education A1',
    family: 'education',
    skuPartNumbers: ['STANDARDWOFFPACK_FACULTY', 'STANDARDWOFFPACK_STUDENT'],
    ...SOLD,
    dataServices: dataServices(P1, P1),
  },
  { id: 'o365-education-a2', name: 'Office 365 Education A2', family: 'education', skuPartNumbers: [], ...NOT_LISTED, retired: notListed() },
  {
    id: 'o365-education-a3',
    name: 'Office 365 Education A3',
    family: 'education',
    skuPartNumbers: ['ENTERPRISEPACKPLUS_FACULTY', 'ENTERPRISEPACKPLUS_STUDENT'],
    ...SOLD,
    dataServices: dataServices(P2, P2),
  },
  { id: 'o365-education-a4', name: 'Office 365 Education A4', family: 'education', skuPartNumbers: [], ...NOT_LISTED, retired: notListed() },
  {
    id: 'exchange-online-p1',
    name: 'Exchange Online (Plan 1)',
    family: 'standalone',
    skuPartNumbers: ['EXCHANGESTANDARD'],
    ...SOLD,
    dataServices: dataServices(P1, NONE),
  },
  {
    id: 'exchange-online-p2',
    name: 'Exchange Online (Plan 2)',
    family: 'standalone',
    skuPartNumbers: ['EXCHANGEENTERPRISE'],
    ...SOLD,
    dataServices: dataServices(P2, NONE),
  },
  {
    id: 'exchange-online-kiosk',
    name: 'Exchange Online Kiosk',
    family: 'standalone',
    skuPartNumbers: ['EXCHANGEDESKLESS'],
    ...SOLD,
    dataServices: dataServices(KIOSK, NONE),
  },
  {
    id: 'sharepoint-online-p1',
    name: 'SharePoint Online (Plan 1)',
    family: 'standalone',
    skuPartNumbers: ['SHAREPOINTSTANDARD'],
    ...SOLD,
    dataServices: dataServices(NONE, P1),
  },
  {
    id: 'sharepoint-online-p2',
    name: 'SharePoint Online (Plan 2)',
    family: 'standalone',
    skuPartNumbers: ['SHAREPOINTENTERPRISE'],
    ...SOLD,
    dataServices: dataServices(NONE, P2),
  },
  // Lync Online became Skype for Business Online, which Microsoft retired on July 31, 2021 (SFB-2021).
  {
    id: 'lync-online-p1',
    name: 'Lync Online (Plan 1)',
    family: 'standalone',
    skuPartNumbers: ['MCOIMP'],
    status: 'retired',
    statusSources: ['SFB-2021'],
    retired: { year: 2021, evidence: 'notice', replacedBy: [] },
  },
  {
    id: 'lync-online-p2',
    name: 'Lync Online (Plan 2)',
    family: 'standalone',
    skuPartNumbers: ['MCOSTANDARD'],
    status: 'retired',
    statusSources: ['SFB-2021'],
    retired: { year: 2021, evidence: 'notice', replacedBy: [] },
  },
  {
    id: 'lync-online-p3',
    name: 'Lync Online (Plan 3)',
    family: 'standalone',
    skuPartNumbers: [],
    status: 'retired',
    statusSources: ['SFB-2021'],
    retired: { year: 2021, evidence: 'notice', replacedBy: [] },
  },
  {
    id: 'office-online-sharepoint',
    name: 'Office Online with SharePoint Online Plan 1 or Plan 2',
    family: 'standalone',
    skuPartNumbers: [],
    ...NOT_LISTED,
    retired: notListed(),
  },
  {
    id: 'm365-business-basic',
    name: 'Microsoft 365 Business Basic',
    family: 'business',
    skuPartNumbers: ['O365_BUSINESS_ESSENTIALS', 'SMB_BUSINESS_ESSENTIALS'],
    ...SOLD,
    formerNames: ['Office 365 Business Essentials'],
    dataServices: dataServices(P1, P1),
    licenseCap: { value: LIMITS.businessPlanLicenses.value, sources: ['TEAMS-INCL'] },
  },
  {
    id: 'm365-business-standard',
    name: 'Microsoft 365 Business Standard',
    family: 'business',
    skuPartNumbers: ['O365_BUSINESS_PREMIUM', 'SMB_BUSINESS_PREMIUM'],
    ...SOLD,
    formerNames: ['Office 365 Business Premium'],
    dataServices: dataServices(P1, P1),
    licenseCap: { value: LIMITS.businessPlanLicenses.value, sources: ['LEARN-BIZ-STD'] },
  },
  {
    id: 'm365-business-premium',
    name: 'Microsoft 365 Business Premium',
    family: 'business',
    skuPartNumbers: ['SPB'],
    ...SOLD,
    formerNames: ['Microsoft 365 Business'],
    // Exchange Plan 1 plus the Exchange Online Archiving service plan.
    dataServices: dataServices(P1, P1, { archive: true }),
    licenseCap: { value: LIMITS.businessPlanLicenses.value, sources: ['BP-FAQ'] },
  },
  {
    id: 'm365-apps-for-business',
    name: 'Microsoft 365 Apps for business',
    family: 'business',
    skuPartNumbers: ['O365_BUSINESS', 'SMB_BUSINESS'],
    ...SOLD,
    formerNames: ['Office 365 Business'],
    dataServices: dataServices(NONE, NONE, { oneDrive: true }),
  },
  {
    id: 'm365-apps-for-enterprise',
    name: 'Microsoft 365 Apps for enterprise',
    family: 'enterprise',
    skuPartNumbers: ['OFFICESUBSCRIPTION'],
    ...SOLD,
    formerNames: ['Office 365 ProPlus'],
    dataServices: dataServices(NONE, NONE, { oneDrive: true }),
  },
  {
    id: 'm365-f1',
    name: 'Microsoft 365 F1',
    family: 'frontline',
    skuPartNumbers: ['M365_F1', 'M365_F1_COMM'],
    ...SOLD,
    // No mailbox (Exchange Foundation only), SharePoint Kiosk.
    dataServices: dataServices(NONE, KIOSK),
  },
  {
    id: 'm365-f3',
    name: 'Microsoft 365 F3',
    family: 'frontline',
    skuPartNumbers: ['SPE_F1'],
    ...SOLD,
    statusSources: ['LIC-REF', 'MSD-F3-2020'],
    formerNames: ['Microsoft 365 F1'],
    dataServices: dataServices(KIOSK, KIOSK),
  },
  {
    id: 'o365-f3',
    name: 'Office 365 F3',
    family: 'frontline',
    skuPartNumbers: ['DESKLESSPACK'],
    ...SOLD,
    dataServices: dataServices(KIOSK, KIOSK),
  },
  {
    id: 'o365-e5-no-audio',
    name: 'Office 365 E5 without Audio Conferencing',
    family: 'enterprise',
    skuPartNumbers: ['ENTERPRISEPREMIUM_NOPSTNCONF'],
    ...WITH_TEAMS_ENTERPRISE,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'o365-education-a5',
    name: 'Office 365 A5',
    family: 'education',
    skuPartNumbers: ['ENTERPRISEPREMIUM_FACULTY', 'ENTERPRISEPREMIUM_STUDENT'],
    ...SOLD,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'o365-enterprise-e1-no-teams',
    name: 'Office 365 E1 (no Teams)',
    family: 'enterprise',
    skuPartNumbers: ['Office_365_E1_(no_Teams)', 'Office_365_w/o_Teams_Bundle_E1'],
    ...NO_TEAMS,
    dataServices: dataServices(P1, P1),
  },
  {
    id: 'o365-enterprise-e3-no-teams',
    name: 'Office 365 E3 (no Teams)',
    family: 'enterprise',
    skuPartNumbers: ['Office_365_E3_(no_Teams)', 'O365_w/o_Teams_Bundle_E3'],
    ...NO_TEAMS,
    dataServices: dataServices(P2, P2),
  },
  {
    // Office_365_E5_(no_Teams) shows in tenants but not in LIC-REF (2025-10-29): not mapped, so it is named as unknown.
    id: 'o365-e5-no-teams',
    name: 'Office 365 E5 (no Teams)',
    family: 'enterprise',
    skuPartNumbers: ['Office_365_w/o_Teams_Bundle_E5'],
    ...NO_TEAMS,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'o365-e5-no-audio-no-teams',
    name: 'Office 365 E5 EEA (no Teams) without Audio Conferencing',
    family: 'enterprise',
    skuPartNumbers: ['Office_365_E5_EEA_(no_Teams)_without_Audio_Conferencing'],
    ...NO_TEAMS,
    dataServices: dataServices(P2, P2),
  },
  {
    // The EEA String ID has spaces, not underscores, around "Teams" (LIC-REF).
    id: 'm365-e3-no-teams',
    name: 'Microsoft 365 E3 (no Teams)',
    family: 'enterprise',
    skuPartNumbers: ['Microsoft_365_E3_(no_Teams)', 'O365_w/o Teams Bundle_M3'],
    ...NO_TEAMS,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-e5-no-teams',
    name: 'Microsoft 365 E5 (no Teams)',
    family: 'enterprise',
    skuPartNumbers: ['Microsoft_365_E5_(no_Teams)', 'O365_w/o_Teams_Bundle_M5'],
    ...NO_TEAMS,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-e5-no-audio-no-teams',
    name: 'Microsoft 365 E5 EEA (no Teams) without Audio Conferencing',
    family: 'enterprise',
    skuPartNumbers: ['Microsoft_365_E5_EEA_(no_Teams)_without_Audio_Conferencing'],
    ...NO_TEAMS,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-business-basic-no-teams',
    name: 'Microsoft 365 Business Basic (no Teams)',
    family: 'business',
    skuPartNumbers: ['Microsoft_365_Business_Basic_(no Teams)', 'Microsoft_365_Business_Basic_EEA_(no_Teams)'],
    ...NO_TEAMS,
    dataServices: dataServices(P1, P1),
    licenseCap: { value: LIMITS.businessPlanLicenses.value, sources: ['TEAMS-INCL'] },
  },
  {
    id: 'm365-business-standard-no-teams',
    name: 'Microsoft 365 Business Standard (no Teams)',
    family: 'business',
    skuPartNumbers: ['MICROSOFT_365_BUSINESS_STANDARD_NO_TEAMS', 'Microsoft_365_Business_Standard_EEA_(no_Teams)', 'Office_365_w/o_Teams_Bundle_Business_Standard'],
    ...NO_TEAMS,
    dataServices: dataServices(P1, P1),
    licenseCap: { value: LIMITS.businessPlanLicenses.value, sources: ['LEARN-BIZ-STD', 'TEAMS-INCL'] },
  },
  {
    id: 'm365-business-premium-no-teams',
    name: 'Microsoft 365 Business Premium (no Teams)',
    family: 'business',
    skuPartNumbers: ['Microsoft_365_ Business_ Premium_(no Teams)', 'Office_365_w/o_Teams_Bundle_Business_Premium'],
    ...NO_TEAMS,
    dataServices: dataServices(P1, P1, { archive: true }),
    licenseCap: { value: LIMITS.businessPlanLicenses.value, sources: ['BP-FAQ', 'TEAMS-INCL'] },
  },
  {
    id: 'm365-f1-no-teams',
    name: 'Microsoft 365 F1 EEA (no Teams)',
    family: 'frontline',
    skuPartNumbers: ['Microsoft_365_F1_EEA_(no_Teams)'],
    ...NO_TEAMS,
    dataServices: dataServices(NONE, KIOSK),
  },
  {
    id: 'm365-f3-no-teams',
    name: 'Microsoft 365 F3 EEA (no Teams)',
    family: 'frontline',
    skuPartNumbers: ['Microsoft_365_F3_EEA_(no_Teams)'],
    ...NO_TEAMS,
    dataServices: dataServices(KIOSK, KIOSK),
  },
  {
    id: 'o365-f3-no-teams',
    name: 'Office 365 F3 EEA (no Teams)',
    family: 'frontline',
    skuPartNumbers: ['Office_365_F3_EEA_(no_Teams)'],
    ...NO_TEAMS,
    dataServices: dataServices(KIOSK, KIOSK),
  },
  {
    // The Teams standalone a new Enterprise customer buys beside a "(no Teams)" suite (MSD-NO-TEAMS-2024).
    id: 'teams-enterprise',
    name: 'Microsoft Teams Enterprise',
    family: 'standalone',
    skuPartNumbers: ['Microsoft_Teams_Enterprise_New', 'Microsoft_Teams_EEA_New'],
    status: 'sold',
    statusSources: ['MSD-NO-TEAMS-2024', 'LIC-REF'],
    targetsUndecided: { sources: ['MSD-NO-TEAMS-2024'] },
  },
  {
    id: 'm365-education-a1',
    name: 'Microsoft 365 A1',
    family: 'education',
    skuPartNumbers: ['M365EDU_A1'],
    ...SOLD,
    targetsUndecided: { sources: ['LIC-REF'] },
  },
  {
    id: 'm365-education-a3',
    name: 'Microsoft 365 A3',
    family: 'education',
    skuPartNumbers: ['M365EDU_A3_FACULTY', 'M365EDU_A3_STUDENT', 'M365EDU_A3_STUUSEBNFT'],
    ...SOLD,
    dataServices: dataServices(P2, P2),
    targetsUndecided: { sources: ['LIC-REF'] },
  },
  {
    id: 'm365-education-a5',
    name: 'Microsoft 365 A5',
    family: 'education',
    skuPartNumbers: ['M365EDU_A5_FACULTY', 'M365EDU_A5_STUDENT', 'M365EDU_A5_STUUSEBNFT'],
    ...SOLD,
    dataServices: dataServices(P2, P2),
    targetsUndecided: { sources: ['LIC-REF'] },
  },
  {
    // Named in 2026 ("Agent 365 is included with Microsoft 365 E7"); no SKU in LIC-REF (2025-10-29), no source on its targets.
    id: 'm365-e7',
    name: 'Microsoft 365 E7',
    family: 'enterprise',
    skuPartNumbers: [],
    status: 'sold',
    statusSources: ['AGENT-ID-2026'],
    targetsUndecided: { sources: ['AGENT-ID-2026'] },
  },
];

export const PLANS: Plan[] = ROWS.map((row) => ({ ...row, statusSources: row.statusSources ?? [], formerNames: row.formerNames ?? [] }));

const PLANS_BY_ID = new Map<PlanId, Plan>(PLANS.map((plan) => [plan.id, plan]));

/** Every PlanId has a record (checked by a test), so the lookup cannot miss for a typed id. */
export function getPlan(id: PlanId): Plan {
  const plan = PLANS_BY_ID.get(id);
  if (!plan) throw new RangeError(`Unknown plan id: ${String(id)}`);
  return plan;
}

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === 'string' && PLANS_BY_ID.has(value as PlanId);
}

// Matched exactly: some part numbers hold spaces and brackets ("Microsoft_365_ Business_ Premium_(no Teams)").
const PLANS_BY_SKU = new Map<string, Plan>(PLANS.flatMap((plan) => plan.skuPartNumbers.map((sku) => [sku.toUpperCase(), plan] as const)));

/** The plan a SKU part number belongs to (as Graph's subscribedSkus names it), or undefined: never a guess. */
export function findPlanBySkuPartNumber(skuPartNumber: string): Plan | undefined {
  // Microsoft's CSV writes "O365_w/o Teams Bundle_M3" with no-break spaces; Graph and LIC-REF with plain ones.
  return PLANS_BY_SKU.get(skuPartNumber.replace(/\u00a0/g, ' ').trim().toUpperCase());
}
