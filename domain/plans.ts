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
}

type PlanRow = Omit<Plan, 'statusSources' | 'formerNames'> & { statusSources?: SourceId[]; formerNames?: string[] };

const SOLD: Pick<Plan, 'status' | 'statusSources'> = { status: 'sold', statusSources: ['LIC-REF'] };
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
    skuPartNumbers: ['STANDARDPACK', 'Office_365_E1_(no_Teams)', 'Office_365_w/o_Teams_Bundle_E1'],
    ...SOLD,
    formerNames: [],
    dataServices: dataServices(P1, P1),
  },
  {
    id: 'o365-enterprise-e3',
    name: 'Office 365 Enterprise E3',
    family: 'enterprise',
    skuPartNumbers: ['ENTERPRISEPACK', 'Office_365_E3_(no_Teams)', 'O365_w/o_Teams_Bundle_E3'],
    ...SOLD,
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
    skuPartNumbers: ['ENTERPRISEPREMIUM', 'Office_365_w/o_Teams_Bundle_E5'],
    ...SOLD,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-e3',
    name: 'Microsoft 365 E3',
    family: 'enterprise',
    skuPartNumbers: ['SPE_E3', 'Microsoft_365_E3_(no_Teams)', 'Microsoft_365_E3'],
    ...SOLD,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-e5',
    name: 'Microsoft 365 E5',
    family: 'enterprise',
    skuPartNumbers: ['SPE_E5', 'Microsoft_365_E5_(no_Teams)', 'O365_w/o_Teams_Bundle_M5'],
    ...SOLD,
    dataServices: dataServices(P2, P2),
  },
  {
    id: 'm365-e5-no-audio',
    name: 'Microsoft 365 E5 without Audio Conferencing',
    family: 'enterprise',
    skuPartNumbers: ['SPE_E5_NOPSTNCONF', 'Microsoft_365_E5_without_Audio_Conferencing', 'Microsoft_365_E5_EEA_(no_Teams)_without_Audio_Conferencing'],
    ...SOLD,
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
    skuPartNumbers: ['O365_BUSINESS_ESSENTIALS', 'SMB_BUSINESS_ESSENTIALS', 'Microsoft_365_Business_Basic_(no Teams)', 'Microsoft_365_Business_Basic_EEA_(no_Teams)'],
    ...SOLD,
    formerNames: ['Office 365 Business Essentials'],
    dataServices: dataServices(P1, P1),
    licenseCap: { value: LIMITS.businessPlanLicenses.value, sources: ['TEAMS-INCL'] },
  },
  {
    id: 'm365-business-standard',
    name: 'Microsoft 365 Business Standard',
    family: 'business',
    skuPartNumbers: [
      'O365_BUSINESS_PREMIUM',
      'SMB_BUSINESS_PREMIUM',
      'MICROSOFT_365_BUSINESS_STANDARD_NO_TEAMS',
      'Microsoft_365_Business_Standard_EEA_(no_Teams)',
      'Office_365_w/o_Teams_Bundle_Business_Standard',
    ],
    ...SOLD,
    formerNames: ['Office 365 Business Premium'],
    dataServices: dataServices(P1, P1),
    licenseCap: { value: LIMITS.businessPlanLicenses.value, sources: ['LEARN-BIZ-STD'] },
  },
  {
    id: 'm365-business-premium',
    name: 'Microsoft 365 Business Premium',
    family: 'business',
    skuPartNumbers: ['SPB', 'Microsoft_365_ Business_ Premium_(no Teams)'],
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
    skuPartNumbers: ['M365_F1', 'M365_F1_COMM', 'Microsoft_365_F1_EEA_(no_Teams)'],
    ...SOLD,
    // No mailbox (Exchange Foundation only), SharePoint Kiosk.
    dataServices: dataServices(NONE, KIOSK),
  },
  {
    id: 'm365-f3',
    name: 'Microsoft 365 F3',
    family: 'frontline',
    skuPartNumbers: ['SPE_F1', 'Microsoft_365_F3_EEA_(no_Teams)'],
    ...SOLD,
    statusSources: ['LIC-REF', 'MSD-F3-2020'],
    formerNames: ['Microsoft 365 F1'],
    dataServices: dataServices(KIOSK, KIOSK),
  },
  {
    id: 'o365-f3',
    name: 'Office 365 F3',
    family: 'frontline',
    skuPartNumbers: ['DESKLESSPACK', 'Office_365_F3_EEA_(no_Teams)'],
    ...SOLD,
    dataServices: dataServices(KIOSK, KIOSK),
  },
  {
    id: 'o365-e5-no-audio',
    name: 'Office 365 E5 without Audio Conferencing',
    family: 'enterprise',
    skuPartNumbers: ['ENTERPRISEPREMIUM_NOPSTNCONF', 'Office_365_E5_EEA_(no_Teams)_without_Audio_Conferencing'],
    ...SOLD,
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
  return PLANS_BY_SKU.get(skuPartNumber.trim().toUpperCase());
}
