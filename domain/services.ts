import type { PlanId } from './plans.js';
import { SKU_SERVICE_PLANS } from './sku-service-plans.js';
import type { SourceId } from './sources.js';

/**
 * What a plan gives its users, in the words an admin uses: the licensing reference's service plans
 * (LIC-REF) grouped into services. Where a service comes in versions (Exchange Online Kiosk < Plan 1
 * < Plan 2), its group ranks them: a plan "keeps" a service when it has the same or a higher version.
 * The upgrade page's rule (MSD-2024, 2025-10-02 version): "You can only automatically change to a
 * plan that has the same data-related services, or to a higher version … If you want to change to a
 * plan with fewer services, you can change plans manually." A target that loses any service below
 * is therefore a manual change.
 */

export interface Service {
  id: string;
  /** Human words, as the product is sold or shown in the admin center. */
  name: string;
  /** Services of one group are versions of one another; the higher rank includes the lower. */
  group: string;
  rank: number;
  /** The service plans (LIC-REF "Service plans included") that provide it. */
  servicePlans: readonly string[];
}

type Row = [id: string, name: string, servicePlans: readonly string[], group?: string, rank?: number];

// Versioned groups are listed lowest first. A service plan may provide several services (Exchange
// Online Plan 2 includes archiving and data loss prevention; a SharePoint plan includes OneDrive).
const ROWS: readonly Row[] = [
  ['exchange-kiosk', 'Exchange Online Kiosk', ['EXCHANGE_S_DESKLESS'], 'exchange', 1],
  ['exchange-plan-1', 'Exchange Online (Plan 1)', ['EXCHANGE_S_STANDARD'], 'exchange', 2],
  ['exchange-plan-2', 'Exchange Online (Plan 2)', ['EXCHANGE_S_ENTERPRISE'], 'exchange', 3],
  ['exchange-archiving', 'Exchange Online Archiving', ['EXCHANGE_S_ARCHIVE_ADDON', 'EXCHANGE_S_ENTERPRISE']],
  ['data-loss-prevention', 'Data loss prevention for email and files', ['BPOS_S_DlpAddOn', 'EXCHANGE_S_ENTERPRISE']],
  ['sharepoint-kiosk', 'SharePoint Kiosk', ['SHAREPOINTDESKLESS'], 'sharepoint', 1],
  ['sharepoint-plan-1', 'SharePoint (Plan 1)', ['SHAREPOINTSTANDARD', 'SHAREPOINTSTANDARD_EDU'], 'sharepoint', 2],
  ['sharepoint-plan-2', 'SharePoint (Plan 2)', ['SHAREPOINTENTERPRISE', 'SHAREPOINTENTERPRISE_EDU'], 'sharepoint', 3],
  ['onedrive-basic', 'OneDrive (basic storage)', ['ONEDRIVE_BASIC_P2'], 'onedrive', 1],
  [
    'onedrive',
    'OneDrive',
    ['ONEDRIVESTANDARD', 'SHAREPOINTSTANDARD', 'SHAREPOINTSTANDARD_EDU', 'SHAREPOINTENTERPRISE', 'SHAREPOINTENTERPRISE_EDU'],
    'onedrive',
    2,
  ],
  ['office-web', 'Office for the web', ['SHAREPOINTWAC', 'SHAREPOINTWAC_EDU']],
  ['office-mobile', 'Office mobile apps', ['OFFICEMOBILE_SUBSCRIPTION'], 'office-apps', 1],
  ['apps-for-business', 'Microsoft 365 Apps for business (desktop)', ['OFFICE_BUSINESS'], 'office-apps', 2],
  ['apps-for-enterprise', 'Microsoft 365 Apps for enterprise (desktop)', ['OFFICESUBSCRIPTION'], 'office-apps', 3],
  ['shared-computer-activation', 'Shared computer activation of the desktop apps', ['OFFICE_SHARED_COMPUTER_ACTIVATION', 'OFFICESUBSCRIPTION']],
  ['teams', 'Microsoft Teams', ['TEAMS1']],
  ['teams-phone', 'Teams Phone', ['MCOEV']],
  ['audio-conferencing', 'Audio Conferencing', ['MCOMEETADV']],
  ['power-bi-pro', 'Power BI Pro', ['BI_AZURE_P2']],
  ['intune', 'Microsoft Intune Plan 1', ['INTUNE_A', 'INTUNE_SMBIZ', 'INTUNE_EDU']],
  ['entra-id-education', 'Microsoft Entra ID for Education', ['AAD_BASIC_EDU', 'AAD_EDU'], 'entra-id', 1],
  ['entra-id-p1', 'Microsoft Entra ID P1', ['AAD_PREMIUM', 'AAD_SMB', 'MFA_PREMIUM'], 'entra-id', 2],
  ['entra-id-p2', 'Microsoft Entra ID P2', ['AAD_PREMIUM_P2'], 'entra-id', 3],
  ['defender-office-p1', 'Microsoft Defender for Office 365 (Plan 1)', ['ATP_ENTERPRISE'], 'defender-office', 1],
  ['defender-office-p2', 'Microsoft Defender for Office 365 (Plan 2)', ['THREAT_INTELLIGENCE'], 'defender-office', 2],
  ['defender-endpoint-p1', 'Microsoft Defender for Endpoint Plan 1', ['MDE_LITE'], 'defender-endpoint', 1],
  // Defender for Business adds endpoint detection and response to Plan 1; Plan 2 includes both.
  ['defender-business', 'Microsoft Defender for Business', ['MDE_SMB'], 'defender-endpoint', 2],
  ['defender-endpoint-p2', 'Microsoft Defender for Endpoint Plan 2', ['WINDEFATP'], 'defender-endpoint', 3],
  ['defender-identity', 'Microsoft Defender for Identity', ['ATA']],
  ['cloud-app-discovery', 'Cloud app discovery', ['ADALLOM_S_DISCOVERY', 'ADALLOM_S_STANDALONE']],
  ['office-365-cloud-app-security', 'Office 365 Cloud App Security', ['ADALLOM_S_O365', 'ADALLOM_S_STANDALONE']],
  ['defender-cloud-apps', 'Microsoft Defender for Cloud Apps', ['ADALLOM_S_STANDALONE']],
  ['defender-xdr', 'Microsoft Defender XDR', ['MTP']],
  ['defender-iot', 'Microsoft Defender for IoT (enterprise devices)', ['Defender_for_Iot_Enterprise']],
  ['safe-documents', 'Safe Documents', ['SAFEDOCS']],
  ['rights-management-basic', 'Azure Rights Management (basic)', ['RMS_S_BASIC'], 'rights-management', 1],
  ['rights-management', 'Azure Rights Management', ['RMS_S_ENTERPRISE', 'RMS_S_ENTERPRISE_GOV'], 'rights-management', 2],
  ['information-protection-p1', 'Azure Information Protection P1', ['RMS_S_PREMIUM'], 'rights-management', 3],
  ['information-protection-p2', 'Azure Information Protection P2', ['RMS_S_PREMIUM2'], 'rights-management', 4],
  ['purview-information-protection', 'Information protection (standard)', ['MIP_S_CLP1', 'ContentExplorer_Standard'], 'purview-information-protection', 1],
  [
    'purview-information-protection-premium',
    'Information protection (premium, automatic labelling)',
    ['MIP_S_CLP2', 'Content_Explorer', 'MIP_S_Exchange', 'ML_CLASSIFICATION'],
    'purview-information-protection',
    2,
  ],
  ['endpoint-dlp', 'Endpoint data loss prevention', ['MICROSOFTENDPOINTDLP']],
  ['ediscovery-premium', 'eDiscovery (Premium)', ['EQUIVIO_ANALYTICS']],
  ['audit-premium', 'Audit (Premium)', ['M365_ADVANCED_AUDITING', 'M365_AUDIT_PLATFORM']],
  ['records-management', 'Records management and data lifecycle management', ['RECORDS_MANAGEMENT', 'INFO_GOVERNANCE']],
  ['communication-compliance', 'Communication compliance', ['COMMUNICATIONS_COMPLIANCE', 'MICROSOFT_COMMUNICATION_COMPLIANCE', 'COMMUNICATIONS_DLP']],
  ['insider-risk', 'Insider risk management', ['INSIDER_RISK', 'INSIDER_RISK_MANAGEMENT']],
  ['information-barriers', 'Information barriers', ['INFORMATION_BARRIERS']],
  ['customer-key', 'Customer Key', ['CUSTOMER_KEY']],
  ['premium-encryption', 'Premium encryption', ['PREMIUM_ENCRYPTION']],
  ['customer-lockbox', 'Customer Lockbox', ['LOCKBOX_ENTERPRISE', 'CustomerLockboxA_Enterprise']],
  ['privileged-access', 'Privileged access management', ['PAM_ENTERPRISE']],
  ['data-investigations', 'Data investigations', ['DATA_INVESTIGATIONS']],
  ['purview-discovery', 'Microsoft Purview Discovery', ['PURVIEW_DISCOVERY']],
  ['viva-insights-personal', 'Viva Insights (personal)', ['MYANALYTICS_P2'], 'viva-insights', 1],
  ['viva-insights-full', 'Viva Insights (full MyAnalytics)', ['EXCHANGE_ANALYTICS'], 'viva-insights', 2],
  ['excel-advanced-analytics', 'Excel advanced analytics', ['EXCEL_PREMIUM']],
  ['graph-connectors', 'Microsoft Graph connectors for search', ['GRAPH_CONNECTORS_SEARCH_INDEX']],
  ['microsoft-search', 'Microsoft Search', ['MICROSOFT_SEARCH']],
  ['windows-enterprise-local', 'Windows Enterprise E3 (local only)', ['WIN10_ENT_LOC_F1'], 'windows', 1],
  ['windows-business', 'Windows Business', ['WINBIZ'], 'windows', 1],
  ['windows-enterprise', 'Windows Enterprise E3', ['WIN10_PRO_ENT_SUB', 'Virtualization Rights for Windows 10 (E3/E5+VDA)'], 'windows', 2],
  ['windows-autopatch', 'Windows Autopatch', ['Windows_Autopatch']],
  ['windows-update-deployment', 'Windows Update for Business deployment service', ['WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE']],
  ['windows-store-education', 'Microsoft Store for Education', ['WINDOWS_STORE']],
  ['universal-print', 'Universal Print', ['UNIVERSAL_PRINT_01']],
  // Apps the suites include at a level that follows the suite (Forms Plan E1/E3/E5, Power Apps for
  // Office 365 P1/P2/P3, ...): the reference names the level after the suite and no source ranks
  // them apart, so each counts as one service, there or not.
  ['planner', 'Microsoft Planner', ['PROJECTWORKMANAGEMENT']],
  ['project-for-office', 'Project for the web (in Office)', ['PROJECT_O365_P1', 'PROJECT_O365_P2', 'PROJECT_O365_P3', 'PROJECT_O365_F3']],
  ['forms', 'Microsoft Forms', ['FORMS_PLAN_E1', 'FORMS_PLAN_E3', 'FORMS_PLAN_E5', 'FORMS_PLAN_K', 'OFFICE_FORMS_PLAN_2', 'OFFICE_FORMS_PLAN_3']],
  ['stream', 'Microsoft Stream', ['STREAM_O365_E1', 'STREAM_O365_E3', 'STREAM_O365_E5', 'STREAM_O365_K', 'STREAM_O365_SMB']],
  ['sway', 'Sway', ['SWAY']],
  ['whiteboard', 'Microsoft Whiteboard', ['WHITEBOARD_PLAN1', 'WHITEBOARD_PLAN2', 'WHITEBOARD_PLAN3', 'WHITEBOARD_FIRSTLINE1']],
  ['bookings', 'Microsoft Bookings', ['MICROSOFTBOOKINGS']],
  ['loop', 'Microsoft Loop', ['MICROSOFT_LOOP']],
  ['clipchamp', 'Microsoft Clipchamp', ['CLIPCHAMP']],
  ['power-apps-office', 'Power Apps for Office 365', ['POWERAPPS_O365_P1', 'POWERAPPS_O365_P2', 'POWERAPPS_O365_P3', 'POWERAPPS_O365_S1']],
  ['power-automate-office', 'Power Automate for Office 365', ['FLOW_O365_P1', 'FLOW_O365_P2', 'FLOW_O365_P3', 'FLOW_O365_S1']],
  [
    'copilot-studio-office',
    'Power Virtual Agents for Office 365',
    ['POWER_VIRTUAL_AGENTS_O365_P1', 'POWER_VIRTUAL_AGENTS_O365_P2', 'POWER_VIRTUAL_AGENTS_O365_P3', 'POWER_VIRTUAL_AGENTS_O365_F1'],
  ],
  [
    'dataverse-for-teams',
    'Dataverse for Teams',
    ['CDS_O365_P1', 'CDS_O365_P2', 'CDS_O365_P3', 'CDS_O365_F1', 'DYN365_CDS_O365_P1', 'DYN365_CDS_O365_P2', 'DYN365_CDS_O365_P3', 'DYN365_CDS_O365_F1'],
  ],
  ['kaizala', 'Microsoft Kaizala Pro', ['KAIZALA_O365_P1', 'KAIZALA_O365_P2', 'KAIZALA_O365_P3', 'KAIZALA_STANDALONE']],
  ['viva-engage', 'Viva Engage (Yammer)', ['YAMMER_ENTERPRISE', 'YAMMER_EDU', 'VIVAENGAGE_CORE']],
  ['school-data-sync-p1', 'School Data Sync (Plan 1)', ['SCHOOL_DATA_SYNC_P1'], 'school-data-sync', 1],
  ['school-data-sync-p2', 'School Data Sync (Plan 2)', ['SCHOOL_DATA_SYNC_P2'], 'school-data-sync', 2],
  ['education-insights', 'Education Insights', ['EducationAnalyticsP1']],
  ['minecraft-education', 'Minecraft Education', ['MINECRAFT_EDUCATION_EDITION']],
];

export const SERVICES: readonly Service[] = ROWS.map(([id, name, servicePlans, group, rank]) => ({
  id,
  name,
  group: group ?? id,
  rank: rank ?? 1,
  servicePlans,
}));

export type NoServiceWhy = 'foundation' | 'placeholder' | 'retired' | 'feature-of-another-service' | 'partner-tool' | 'built-in';

/**
 * Service plans treated as carrying no service of their own, each with why and the source that
 * says so. Listed rather than ignored: a plan not in this list and not in `SERVICES` counts as a
 * service of its own (so an unknown plan can only make a change manual, never automatic).
 */
export const NO_SERVICE_PLANS: Readonly<Record<string, { why: NoServiceWhy; sources: readonly SourceId[] }>> = {
  // LIC-REF lists "Exchange Foundation" in products with no mailbox at all (AI Builder capacity,
  // Microsoft Entra ID P1): the directory plumbing other services stand on.
  EXCHANGE_S_FOUNDATION: { why: 'foundation', sources: ['LIC-REF'] },
  // LIC-REF gives it no product name of its own ("Nucleus") and no product sells it.
  Nucleus: { why: 'placeholder', sources: ['LIC-REF'] },
  // Skype for Business Online (Plan 1 / Plan 2) and its audio conferencing: retired July 31, 2021.
  MCOIMP: { why: 'retired', sources: ['SFB-2021', 'LIC-REF'] },
  MCOSTANDARD: { why: 'retired', sources: ['SFB-2021', 'LIC-REF'] },
  MCOVOICECONF: { why: 'retired', sources: ['SFB-2021', 'LIC-REF'] },
  // LIC-REF's own name for it: "RETIRED - Outlook Customer Manager".
  O365_SB_Relationship_Management: { why: 'retired', sources: ['LIC-REF'] },
  // Microsoft Invoicing was discontinued (Business Central, version 24.0).
  DYN365BC_MS_INVOICING: { why: 'retired', sources: ['BC-INVOICING-DISCONTINUED'] },
  // Microsoft StaffHub was retired; its schedules moved to Shifts in Teams.
  Deskless: { why: 'retired', sources: ['STAFFHUB-RETIRED'] },
  // Avatars and immersive spaces are features of Teams (LIC-REF: "Avatars for Teams",
  // "Immersive spaces for Teams"); they go with Teams, which is compared on its own.
  MESH_AVATARS_FOR_TEAMS: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  MESH_AVATARS_ADDITIONAL_FOR_TEAMS: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  MESH_IMMERSIVE_FOR_TEAMS: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  // To Do keeps its tasks in the user's Exchange Online mailbox, so it goes with the mailbox, which
  // is compared on its own (LIC-REF lists it for Exchange Online Plan 1 but not for Plan 2).
  BPOS_S_TODO_1: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  BPOS_S_TODO_2: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  BPOS_S_TODO_3: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  BPOS_S_TODO_FIRSTLINE: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  // LIC-REF: "Viva Learning Seeded", the free tier of Viva Learning that comes with Teams.
  VIVA_LEARNING_SEEDED: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  // LIC-REF: "Commercial data protection for Microsoft Copilot", a protection of Copilot Chat for
  // work accounts rather than a service to keep.
  Bing_Chat_Enterprise: { why: 'feature-of-another-service', sources: ['LIC-REF'] },
  // Microsoft 365 Lighthouse is the partner's portal for managing customer tenants (Graph's
  // managedTenants API): the customer's users get no service from it.
  M365_LIGHTHOUSE_CUSTOMER_PLAN1: { why: 'partner-tool', sources: ['GRAPH-LIGHTHOUSE', 'LIC-REF'] },
  M365_LIGHTHOUSE_PARTNER_PLAN1: { why: 'partner-tool', sources: ['GRAPH-LIGHTHOUSE', 'LIC-REF'] },
  // "Mobile Device Management for Office 365" (Basic Mobility and Security) is built into the
  // subscriptions: LIC-REF lists it for Exchange Online (Plan 1) but not for Plan 2, and for
  // Business Standard but not Business Basic, so the listing does not follow the feature.
  INTUNE_O365: { why: 'built-in', sources: ['BASIC-MOBILITY', 'LIC-REF'] },
};

const SERVICES_BY_PLAN = new Map<string, Service[]>();
for (const service of SERVICES) {
  for (const servicePlan of service.servicePlans) {
    SERVICES_BY_PLAN.set(servicePlan, [...(SERVICES_BY_PLAN.get(servicePlan) ?? []), service]);
  }
}

/** A service plan neither grouped nor listed as carrying none: a service of its own, named by its id. */
function unlistedService(servicePlan: string): Service {
  return { id: `service-plan:${servicePlan}`, name: servicePlan, group: `service-plan:${servicePlan}`, rank: 1, servicePlans: [servicePlan] };
}

/** The services one service plan provides (none for the plans in NO_SERVICE_PLANS). */
export function servicesOfServicePlan(servicePlan: string): Service[] {
  if (servicePlan in NO_SERVICE_PLANS) return [];
  return SERVICES_BY_PLAN.get(servicePlan) ?? [unlistedService(servicePlan)];
}

/**
 * The licensing reference's row each plan is read from. A "(no Teams)" plan has its suite's
 * services less Microsoft Teams: LIC-REF lists the twins with the same plans but Teams, give or
 * take plans added to one row before the other (Loop, Graph connectors), which no source says
 * differ between them.
 */
const PLAN_SKU_ROWS: Partial<Record<PlanId, { sku: string; withoutTeams?: true }>> = {
  'o365-enterprise-e1': { sku: 'STANDARDPACK' },
  'o365-enterprise-e3': { sku: 'ENTERPRISEPACK' },
  'o365-enterprise-e4': { sku: 'ENTERPRISEWITHSCAL' },
  'o365-e5': { sku: 'ENTERPRISEPREMIUM' },
  'o365-e5-no-audio': { sku: 'ENTERPRISEPREMIUM_NOPSTNCONF' },
  'm365-e3': { sku: 'SPE_E3' },
  'm365-e5': { sku: 'SPE_E5' },
  'm365-e5-no-audio': { sku: 'SPE_E5_NOPSTNCONF' },
  'm365-business-basic': { sku: 'O365_BUSINESS_ESSENTIALS' },
  'm365-business-standard': { sku: 'O365_BUSINESS_PREMIUM' },
  'm365-business-premium': { sku: 'SPB' },
  'm365-apps-for-business': { sku: 'O365_BUSINESS' },
  'm365-apps-for-enterprise': { sku: 'OFFICESUBSCRIPTION' },
  // M365_F1_COMM (with a Kiosk mailbox) rather than M365_F1 (none): the fuller row, so a target
  // without a mailbox is never taken for one that keeps everything.
  'm365-f1': { sku: 'M365_F1_COMM' },
  'm365-f3': { sku: 'SPE_F1' },
  'o365-f3': { sku: 'DESKLESSPACK' },
  'exchange-online-p1': { sku: 'EXCHANGESTANDARD' },
  'exchange-online-p2': { sku: 'EXCHANGEENTERPRISE' },
  'exchange-online-kiosk': { sku: 'EXCHANGEDESKLESS' },
  'sharepoint-online-p1': { sku: 'SHAREPOINTSTANDARD' },
  'sharepoint-online-p2': { sku: 'SHAREPOINTENTERPRISE' },
  'o365-education-a1': { sku: 'STANDARDWOFFPACK_FACULTY' },
  'o365-education-a3': { sku: 'ENTERPRISEPACKPLUS_FACULTY' },
  'o365-education-a5': { sku: 'ENTERPRISEPREMIUM_FACULTY' },
  'o365-enterprise-e1-no-teams': { sku: 'STANDARDPACK', withoutTeams: true },
  'o365-enterprise-e3-no-teams': { sku: 'ENTERPRISEPACK', withoutTeams: true },
  'o365-e5-no-teams': { sku: 'ENTERPRISEPREMIUM', withoutTeams: true },
  'o365-e5-no-audio-no-teams': { sku: 'ENTERPRISEPREMIUM_NOPSTNCONF', withoutTeams: true },
  'm365-e3-no-teams': { sku: 'SPE_E3', withoutTeams: true },
  'm365-e5-no-teams': { sku: 'SPE_E5', withoutTeams: true },
  'm365-e5-no-audio-no-teams': { sku: 'SPE_E5_NOPSTNCONF', withoutTeams: true },
  'm365-business-basic-no-teams': { sku: 'O365_BUSINESS_ESSENTIALS', withoutTeams: true },
  'm365-business-standard-no-teams': { sku: 'O365_BUSINESS_PREMIUM', withoutTeams: true },
  'm365-business-premium-no-teams': { sku: 'SPB', withoutTeams: true },
  'm365-f1-no-teams': { sku: 'M365_F1_COMM', withoutTeams: true },
  'm365-f3-no-teams': { sku: 'SPE_F1', withoutTeams: true },
  'o365-f3-no-teams': { sku: 'DESKLESSPACK', withoutTeams: true },
  'm365-education-a1': { sku: 'M365EDU_A1' },
  'm365-education-a3': { sku: 'M365EDU_A3_FACULTY' },
  'm365-education-a5': { sku: 'M365EDU_A5_FACULTY' },
};

/** The service plans a plan includes (LIC-REF), or undefined for plans the reference no longer describes. */
export function servicePlansOf(planId: PlanId): readonly string[] | undefined {
  const row = PLAN_SKU_ROWS[planId];
  if (row === undefined) return undefined;
  const servicePlans = SKU_SERVICE_PLANS[row.sku];
  if (servicePlans === undefined) throw new Error(`No licensing reference row for ${row.sku} (plan ${planId})`);
  return row.withoutTeams ? servicePlans.filter((servicePlan) => servicePlan !== 'TEAMS1') : servicePlans;
}

/** Whether the licensing reference describes the plan's services (so `comparePlans` can speak for it). */
export function hasKnownServices(planId: PlanId): boolean {
  return servicePlansOf(planId) !== undefined;
}

const TOP_SERVICES = new Map<PlanId, ReadonlyMap<string, Service>>();

/** For each group of services, the highest version the plan has (computed once a plan: the data never changes). */
function topServices(planId: PlanId): ReadonlyMap<string, Service> {
  const known = TOP_SERVICES.get(planId);
  if (known !== undefined) return known;
  const top = new Map<string, Service>();
  for (const servicePlan of servicePlansOf(planId) ?? []) {
    for (const service of servicesOfServicePlan(servicePlan)) {
      const held = top.get(service.group);
      if (held === undefined || held.rank < service.rank) top.set(service.group, service);
    }
  }
  TOP_SERVICES.set(planId, top);
  return top;
}

/** The services a plan includes, each group at its highest version, in catalog order. */
export function servicesOf(planId: PlanId): Service[] {
  return orderServices([...topServices(planId).values()]);
}

const CATALOG_ORDER = new Map(SERVICES.map((service, index) => [service.id, index]));
function orderServices(services: Service[]): Service[] {
  return services.sort((a, b) => (CATALOG_ORDER.get(a.id) ?? SERVICES.length) - (CATALOG_ORDER.get(b.id) ?? SERVICES.length) || a.id.localeCompare(b.id));
}

/**
 * What changing `from` to `to` gains and loses, service by service: `lost` holds each service of
 * `from` that `to` lacks or has only at a lower version (named at the version lost), `gained` each
 * service `to` adds or has at a higher version. Empty both ways for a plan the licensing
 * reference no longer describes (see `hasKnownServices`).
 */
export function comparePlans(from: PlanId, to: PlanId): { gained: Service[]; lost: Service[] } {
  const key = `${from} ${to}`;
  const known = COMPARED.get(key);
  // A fresh copy each call: callers may sort or trim what they get.
  if (known !== undefined) return { gained: [...known.gained], lost: [...known.lost] };
  const compared = compareOnce(from, to);
  COMPARED.set(key, compared);
  return { gained: [...compared.gained], lost: [...compared.lost] };
}

const COMPARED = new Map<string, { gained: readonly Service[]; lost: readonly Service[] }>();

function compareOnce(from: PlanId, to: PlanId): { gained: Service[]; lost: Service[] } {
  if (!hasKnownServices(from) || !hasKnownServices(to)) return { gained: [], lost: [] };
  const had = topServices(from);
  const will = topServices(to);
  const lost = [...had.values()].filter((service) => (will.get(service.group)?.rank ?? 0) < service.rank);
  const gained = [...will.values()].filter((service) => (had.get(service.group)?.rank ?? 0) < service.rank);
  return { gained: orderServices(gained), lost: orderServices(lost) };
}

/** Whether changing `from` to `to` loses a service (false when either plan's services are unknown). */
export function losesServices(from: PlanId, to: PlanId): boolean {
  return (COMPARED.get(`${from} ${to}`) ?? comparePlans(from, to)).lost.length > 0;
}
