import type { SourceId } from './sources.js';

/**
 * Products bought on top of a plan, never a plan themselves: "Microsoft 365 E5 Security" is not
 * Microsoft 365 E5. Read beside a plan they mean the subscription has an add-on (the admin
 * center's "Your subscription has an add-on", MSD-2024); named alone they leave the plan to ask.
 * Patterns run on normalized text (see `normalizeText`); product names are the same in both languages.
 */
export const ADD_ON_IDS = [
  'm365-e5-security',
  'm365-e5-compliance',
  'm365-e3-extra-features',
  'm365-copilot',
  'teams-premium',
  'teams-phone',
  'audio-conferencing',
  'power-bi-pro',
  'exchange-online-archiving',
  'defender-for-office-365',
] as const;
export type AddOnId = (typeof ADD_ON_IDS)[number];

export interface AddOn {
  id: AddOnId;
  name: string;
  /** As Graph's subscribedSkus names them (LIC-REF). */
  skuPartNumbers: readonly string[];
  sources: readonly SourceId[];
}

const M365 = '(?:microsoft ?365|m ?365|ms ?365)';

export const ADD_ONS: Readonly<Record<AddOnId, AddOn & { patterns: readonly string[] }>> = {
  // BP-FAQ: "Microsoft 365 E5 Security is available as an add-on ... of Microsoft 365 Business Premium".
  'm365-e5-security': {
    id: 'm365-e5-security',
    name: 'Microsoft 365 E5 Security',
    skuPartNumbers: ['IDENTITY_THREAT_PROTECTION'],
    sources: ['LIC-REF', 'BP-FAQ'],
    patterns: [`(?:${M365} )?e ?5 security`],
  },
  'm365-e5-compliance': {
    id: 'm365-e5-compliance',
    name: 'Microsoft 365 E5 Compliance',
    skuPartNumbers: ['INFORMATION_PROTECTION_COMPLIANCE'],
    sources: ['LIC-REF'],
    patterns: [`(?:${M365} )?e ?5 compliance`],
  },
  'm365-e3-extra-features': {
    id: 'm365-e3-extra-features',
    name: 'Microsoft 365 E3 Extra Features',
    skuPartNumbers: ['Microsoft_365_E3_Extra_Features'],
    sources: ['LIC-REF'],
    patterns: [`(?:${M365} )?e ?3 extra features`],
  },
  'm365-copilot': {
    id: 'm365-copilot',
    name: 'Microsoft 365 Copilot',
    skuPartNumbers: ['Microsoft_365_Copilot', 'M365_Copilot'],
    sources: ['LIC-REF', 'LEARN-BIZ-STD'],
    patterns: [`(?:${M365} )?copilot(?: for ${M365})?`],
  },
  'teams-premium': {
    id: 'teams-premium',
    name: 'Microsoft Teams Premium',
    skuPartNumbers: ['Microsoft_Teams_Premium'],
    sources: ['LIC-REF'],
    patterns: ['(?:microsoft )?teams premium'],
  },
  'teams-phone': {
    id: 'teams-phone',
    name: 'Teams Phone',
    skuPartNumbers: ['MCOEV'],
    sources: ['LIC-REF'],
    patterns: ['(?:microsoft )?teams phone(?: standard)?', 'phone system'],
  },
  'audio-conferencing': {
    id: 'audio-conferencing',
    name: 'Microsoft 365 Audio Conferencing',
    skuPartNumbers: ['MCOMEETADV'],
    sources: ['LIC-REF'],
    patterns: [`(?:${M365} )?audio ?conferenc\\w*`, 'audio ?conferenz\\w*', 'conferenz[ae] audio'],
  },
  'power-bi-pro': {
    id: 'power-bi-pro',
    name: 'Power BI Pro',
    skuPartNumbers: ['POWER_BI_PRO'],
    sources: ['LIC-REF'],
    patterns: ['power ?bi pro'],
  },
  'exchange-online-archiving': {
    id: 'exchange-online-archiving',
    name: 'Exchange Online Archiving',
    skuPartNumbers: ['EXCHANGEARCHIVE_ADDON', 'EXCHANGEARCHIVE'],
    sources: ['LIC-REF'],
    patterns: ['exchange online archiving', 'eoa', 'archiviazione (?:di )?exchange online'],
  },
  'defender-for-office-365': {
    id: 'defender-for-office-365',
    name: 'Microsoft Defender for Office 365',
    skuPartNumbers: ['ATP_ENTERPRISE', 'THREAT_INTELLIGENCE'],
    sources: ['LIC-REF'],
    patterns: ['(?:microsoft )?defender for (?:office ?365|o ?365)(?: plan ?[12])?'],
  },
};

const ADD_ONS_BY_SKU = new Map<string, AddOn>(
  Object.values(ADD_ONS).flatMap((addOn) => addOn.skuPartNumbers.map((sku) => [sku.toUpperCase(), addOn] as const)),
);

/** The add-on a SKU part number belongs to, or undefined. */
export function findAddOnBySkuPartNumber(skuPartNumber: string): AddOn | undefined {
  return ADD_ONS_BY_SKU.get(skuPartNumber.trim().toUpperCase());
}
