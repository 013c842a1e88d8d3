/** The Office 365 plans the assistant knows, with the service family each belongs to. */

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
] as const;

export type PlanId = (typeof PLAN_IDS)[number];

export const FAMILIES = ['small-business', 'midsize', 'enterprise', 'education', 'standalone'] as const;
export type Family = (typeof FAMILIES)[number];

export interface Plan {
  id: PlanId;
  name: string;
  family: Family;
}

export const PLANS: Plan[] = [
  { id: 'o365-small-business', name: 'Office 365 Small Business', family: 'small-business' },
  { id: 'o365-small-business-premium', name: 'Office 365 Small Business Premium', family: 'small-business' },
  { id: 'o365-midsize-business', name: 'Office 365 Midsize Business', family: 'midsize' },
  { id: 'o365-enterprise-k1', name: 'Office 365 Enterprise K1', family: 'enterprise' },
  { id: 'o365-enterprise-k2', name: 'Office 365 Enterprise K2', family: 'enterprise' },
  { id: 'o365-enterprise-e1', name: 'Office 365 Enterprise E1', family: 'enterprise' },
  { id: 'o365-enterprise-e3', name: 'Office 365 Enterprise E3', family: 'enterprise' },
  { id: 'o365-enterprise-e4', name: 'Office 365 Enterprise E4', family: 'enterprise' },
  { id: 'o365-e5', name: 'Office 365 E5', family: 'enterprise' },
  { id: 'm365-e3', name: 'Microsoft 365 E3', family: 'enterprise' },
  { id: 'm365-e5', name: 'Microsoft 365 E5', family: 'enterprise' },
  { id: 'm365-e5-no-audio', name: 'Microsoft 365 E5 without Audio Conferencing', family: 'enterprise' },
  { id: 'o365-education-a1', name: 'Office 365 Education A1', family: 'education' },
  { id: 'o365-education-a2', name: 'Office 365 Education A2', family: 'education' },
  { id: 'o365-education-a3', name: 'Office 365 Education A3', family: 'education' },
  { id: 'o365-education-a4', name: 'Office 365 Education A4', family: 'education' },
  { id: 'exchange-online-p1', name: 'Exchange Online (Plan 1)', family: 'standalone' },
  { id: 'exchange-online-p2', name: 'Exchange Online (Plan 2)', family: 'standalone' },
  { id: 'exchange-online-kiosk', name: 'Exchange Online Kiosk', family: 'standalone' },
  { id: 'sharepoint-online-p1', name: 'SharePoint Online (Plan 1)', family: 'standalone' },
  { id: 'sharepoint-online-p2', name: 'SharePoint Online (Plan 2)', family: 'standalone' },
  { id: 'lync-online-p1', name: 'Lync Online (Plan 1)', family: 'standalone' },
  { id: 'lync-online-p2', name: 'Lync Online (Plan 2)', family: 'standalone' },
  { id: 'lync-online-p3', name: 'Lync Online (Plan 3)', family: 'standalone' },
  { id: 'office-online-sharepoint', name: 'Office Online with SharePoint Online Plan 1 or Plan 2', family: 'standalone' },
];

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
