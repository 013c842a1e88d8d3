import { describe, expect, it } from 'vitest';
import { ADD_ONS, ADD_ON_IDS, extractFacts, findAddOn, findAddOnBySkuPartNumber, findPlan, type AddOnId } from '../../domain/index.js';

// Every add-on by the name an admin types: never read as a plan, and beside a plan it means the
// subscription has an add-on ("Your subscription has an add-on", MSD-2024).
const NAMED: [AddOnId, string][] = [
  ['m365-e5-security', 'Microsoft 365 E5 Security'],
  ['m365-e5-compliance', 'Microsoft 365 E5 Compliance'],
  ['m365-e3-extra-features', 'Microsoft 365 E3 Extra Features'],
  ['m365-copilot', 'Microsoft 365 Copilot'],
  ['teams-premium', 'Teams Premium'],
  ['teams-phone', 'Teams Phone'],
  ['audio-conferencing', 'Audio Conferencing'],
  ['power-bi-pro', 'Power BI Pro'],
  ['exchange-online-archiving', 'Exchange Online Archiving'],
  ['defender-for-office-365', 'Defender for Office 365'],
];

describe('add-ons are not plans', () => {
  it('names every add-on in the table', () => {
    expect(NAMED.map(([id]) => id).sort()).toEqual([...ADD_ON_IDS].sort());
  });

  it.each(NAMED)('%s: "%s" is an add-on, no plan', (id, name) => {
    expect(findPlan(name)).toBeUndefined();
    expect(findAddOn(name)?.id).toBe(id);
    for (const sku of ADD_ONS[id].skuPartNumbers) expect(findAddOnBySkuPartNumber(sku)?.id, sku).toBe(id);
  });

  it.each(NAMED)('%s beside a plan, in English: the plan is read and the add-on noted', (_id, name) => {
    expect(extractFacts(`We're on Business Premium with ${name} and want Microsoft 365 E5`)).toEqual({
      currentPlan: 'm365-business-premium',
      targetPlan: 'm365-e5',
      hasAddOn: true,
    });
  });

  it.each(NAMED)('%s beside a plan, in Italian: the plan is read and the add-on noted', (_id, name) => {
    expect(extractFacts(`Abbiamo Business Premium con ${name} e vogliamo passare a Microsoft 365 E5`)).toEqual({
      currentPlan: 'm365-business-premium',
      targetPlan: 'm365-e5',
      hasAddOn: true,
    });
  });

  it.each([
    ['Business Premium plus E5 Security to E5', { currentPlan: 'm365-business-premium', targetPlan: 'o365-e5', hasAddOn: true }],
    ['we only have Microsoft 365 E5 Security', { hasAddOn: true }],
    ['abbiamo solo Microsoft 365 E5 Security', { hasAddOn: true }],
    ['we do not have Copilot, we are on E3', { currentPlan: 'o365-enterprise-e3' }],
    ['Microsoft 365 E5 without Audio Conferencing', { currentPlan: 'm365-e5-no-audio' }],
  ])('"%s"', (text, facts) => {
    expect(extractFacts(text)).toEqual(facts);
  });
});
