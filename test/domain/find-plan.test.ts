import { describe, expect, it } from 'vitest';
import { PLANS, findPlan, type PlanId } from '../../domain/index.js';

// Every form the contract and the issue list, English and Italian, plus loose spellings.
const FORMS: [string, PlanId][] = [
  // The ambiguous short names
  ['E3', 'o365-enterprise-e3'],
  ['e3', 'o365-enterprise-e3'],
  ['enterprise e3', 'o365-enterprise-e3'],
  ['Office 365 Enterprise E3', 'o365-enterprise-e3'],
  ['O365 E3', 'o365-enterprise-e3'],
  ['Office365 E3', 'o365-enterprise-e3'],
  ['Microsoft 365 E3', 'm365-e3'],
  ['M365 E3', 'm365-e3'],
  ['m365-e3', 'm365-e3'],
  ['E5', 'o365-e5'],
  ['Office 365 E5', 'o365-e5'],
  ['Microsoft 365 E5', 'm365-e5'],
  ['M365 E5', 'm365-e5'],
  ['Microsoft 365 E5 senza audioconferenza', 'm365-e5-no-audio'],
  ['Microsoft 365 E5 without Audio Conferencing', 'm365-e5-no-audio'],
  ['M365 E5 (no audio conferencing)', 'm365-e5-no-audio'],
  ['E1', 'o365-enterprise-e1'],
  ['Office 365 Enterprise E4', 'o365-enterprise-e4'],
  ['enterprise e4', 'o365-enterprise-e4'],
  ['Office 365 Enterprise K1', 'o365-enterprise-k1'],
  ['K2', 'o365-enterprise-k2'],
  // Small Business and Midsize, English and Italian
  ['Office 365 Small Business', 'o365-small-business'],
  ['small business', 'o365-small-business'],
  ['O365 small business premium', 'o365-small-business-premium'],
  ['Office 365 Small Business Premium', 'o365-small-business-premium'],
  ['Office 365 Midsize Business', 'o365-midsize-business'],
  ['mid-size', 'o365-midsize-business'],
  ['Azienda di medie dimensioni', 'o365-midsize-business'],
  ['Office 365 - Azienda di medie dimensioni', 'o365-midsize-business'],
  // Education
  ['Office 365 Education A1', 'o365-education-a1'],
  ['Education A2', 'o365-education-a2'],
  ['A3', 'o365-education-a3'],
  ['Office 365 Education A4', 'o365-education-a4'],
  // Standalone plans, "Plan 1" / "Piano 1" / "P1"
  ['Exchange Online (Plan 1)', 'exchange-online-p1'],
  ['Exchange Online (Piano 1)', 'exchange-online-p1'],
  ['Exchange Online Piano 1', 'exchange-online-p1'],
  ['Exchange Online P1', 'exchange-online-p1'],
  ['exchange online plan1', 'exchange-online-p1'],
  ['Piano 1 di Exchange Online', 'exchange-online-p1'],
  ['Exchange Online (Plan 2)', 'exchange-online-p2'],
  ['Exchange Online Piano 2', 'exchange-online-p2'],
  ['Exchange Online Kiosk', 'exchange-online-kiosk'],
  ['Chiosco Exchange Online', 'exchange-online-kiosk'],
  ['SharePoint Online (Plan 1)', 'sharepoint-online-p1'],
  ['SharePoint Online (Piano 2)', 'sharepoint-online-p2'],
  ['sharepoint p2', 'sharepoint-online-p2'],
  ['Lync Online (Plan 1)', 'lync-online-p1'],
  ['Lync Online (Piano 2)', 'lync-online-p2'],
  ['Lync Online (Piano 3)', 'lync-online-p3'],
  ['Office Online with SharePoint Online Plan 1 or Plan 2', 'office-online-sharepoint'],
  ['Office Online con SharePoint Online Piano 1 o Piano 2', 'office-online-sharepoint'],
  ['office online with sharepoint', 'office-online-sharepoint'],
  // Loose spelling
  ['ENTERPRISE   E3!!', 'o365-enterprise-e3'],
  ['Office 365 Small Buisness Premuim', 'o365-small-business-premium'],
  ['exchnage online plan 2', 'exchange-online-p2'],
  ['Sharepiont Online Plan 1', 'sharepoint-online-p1'],
  ['Miscrosoft 365 E3', 'm365-e3'],
  // Today's plans, their SKU part numbers as PowerShell prints them, and their former names (2020)
  ['Microsoft 365 Business Standard', 'm365-business-standard'],
  ['M365 Business Basic', 'm365-business-basic'],
  ['business premium', 'm365-business-premium'],
  ['Microsoft 365 Business Premium', 'm365-business-premium'],
  ['biz premium', 'm365-business-premium'],
  ['Small Business Premium', 'o365-small-business-premium'],
  ['Office 365 Business Premium', 'm365-business-standard'],
  ['O365 Business Premium', 'm365-business-standard'],
  ['Office 365 Business Essentials', 'm365-business-basic'],
  ['Microsoft 365 Business', 'm365-business-premium'],
  ['Office 365 Business', 'm365-apps-for-business'],
  ['Microsoft 365 Apps for business', 'm365-apps-for-business'],
  ['Office 365 ProPlus', 'm365-apps-for-enterprise'],
  ['Microsoft 365 Apps for enterprise', 'm365-apps-for-enterprise'],
  ['Microsoft 365 F1', 'm365-f1'],
  ['M365 F3', 'm365-f3'],
  ['F3 licenses', 'm365-f3'],
  ['Office 365 F3', 'o365-f3'],
  ['Office 365 E5 without Audio Conferencing', 'o365-e5-no-audio'],
  ['Office 365 A5', 'o365-education-a5'],
  ['Office 365 E1', 'o365-enterprise-e1'],
  ['SPE_E3', 'm365-e3'],
  ['SPE_E5', 'm365-e5'],
  ['SPE_F1', 'm365-f3'],
  ['SPB', 'm365-business-premium'],
  ['O365_BUSINESS_PREMIUM', 'm365-business-standard'],
  ['O365_BUSINESS_ESSENTIALS', 'm365-business-basic'],
  ['O365_BUSINESS', 'm365-apps-for-business'],
  ['ENTERPRISEPACK', 'o365-enterprise-e3'],
  ['STANDARDPACK', 'o365-enterprise-e1'],
  ['ENTERPRISEPREMIUM', 'o365-e5'],
  ['DESKLESSPACK', 'o365-f3'],
  ['EXCHANGESTANDARD', 'exchange-online-p1'],
  ['Office_365_E3_(no_Teams)', 'o365-enterprise-e3-no-teams'],
  ['Microsoft 365 Business Standard senza Teams', 'm365-business-standard-no-teams'],
  ['Microsoft 365 E3 EEA (no Teams)', 'm365-e3-no-teams'],
  ['Microsoft Teams Enterprise', 'teams-enterprise'],
  ['Microsoft 365 A3', 'm365-education-a3'],
  ['Office 365 A3', 'o365-education-a3'],
  ['Microsoft 365 E7', 'm365-e7'],
  ['Microsoft 365 Buisness Standrad', 'm365-business-standard'],
  // Inside a sentence
  ["we're on E3 with 350 users", 'o365-enterprise-e3'],
  ['Siamo su Exchange Online (Piano 1) da anni', 'exchange-online-p1'],
  ["siamo passati a Small Business Premium l'anno scorso", 'o365-small-business-premium'],
  ["We're a small business on E3", 'o365-enterprise-e3'],
  ["Siamo un'azienda di medie dimensioni con E1", 'o365-enterprise-e1'],
  ['We have a small business plan', 'o365-small-business'],
  ["We're on Microsoft 365 Business Standard with 30 users", 'm365-business-standard'],
  ['we are a small business on business premium', 'm365-business-premium'],
  ['abbiamo Business Basic per 12 persone', 'm365-business-basic'],
  ['Get-MgSubscribedSku shows SPE_E3 with 250 units', 'm365-e3'],
];

describe('findPlan', () => {
  it.each(FORMS)('reads "%s" as %s', (text, id) => {
    expect(findPlan(text)?.id).toBe(id);
  });

  it('reads every plan by its own name and each of its SKU part numbers', () => {
    for (const plan of PLANS) {
      expect(findPlan(plan.name)?.id, plan.name).toBe(plan.id);
      for (const sku of plan.skuPartNumbers) expect(findPlan(sku)?.id, sku).toBe(plan.id);
    }
  });

  it('reads every plan id typed as is', () => {
    for (const plan of PLANS) expect(findPlan(plan.id)?.id, plan.id).toBe(plan.id);
  });

  it('returns the first plan named when a sentence names two', () => {
    expect(findPlan('from Small Business to E3')?.id).toBe('o365-small-business');
    expect(findPlan('da Microsoft 365 E3 a Microsoft 365 E5')?.id).toBe('m365-e3');
  });

  const NOT_PLANS = [
    '',
    '   ',
    'hello',
    'Plan 1',
    'Piano 1',
    'P1',
    'premium',
    'business',
    'enterprise',
    'Office 365',
    'Microsoft 365',
    'Exchange Online',
    'SharePoint',
    'we are a midsize company',
    "siamo un'azienda di medie dimensioni",
    'E 3',
    'E35',
    'passare a 1 solo abbonamento',
    'the F3 key on my keyboard',
    'small businesses everywhere',
    'press F1 for help',
    'F3',
    'a premium business',
  ];

  it.each(NOT_PLANS)('finds no plan in "%s"', (text) => {
    expect(findPlan(text)).toBeUndefined();
  });
});
