import { describe, expect, it } from 'vitest';
import { readAnswer, type FactKey } from '../../domain/index.js';

const ANSWERS: [FactKey, string, unknown][] = [
  // yes / no in both languages, and "I don't know" stays unknown
  ['trial', 'yes', true],
  ['trial', 'Yes!', true],
  ['trial', 'Sì', true],
  ['trial', 'si', true],
  ['trial', 'certo', true],
  ['trial', 'true', true],
  ['trial', 'no', false],
  ['trial', 'No.', false],
  ['trial', 'nope, it is paid', false],
  ['trial', 'false', false],
  ['trial', "I don't know", undefined],
  ['trial', 'not sure', undefined],
  ['trial', 'non lo so', undefined],
  ['trial', 'boh', undefined],
  ['trial', 'banana', undefined],
  ['customDomain', 'we do have a custom domain', true],
  ['customDomain', 'no, we use onmicrosoft.com', false],
  ['customDomain', 'Non abbiamo un dominio personalizzato', false],
  ['customDomain', 'abbiamo un dominio personalizzato', true],
  // counts
  ['licensedUsers', '350', 350],
  ['licensedUsers', 'about 1,200', 1200],
  ['licensedUsers', '1.200 utenti', 1200],
  ['licensedUsers', '0', 0],
  ['licensedUsers', 'none', 0],
  ['licensesAssigned', 'nessuna', 0],
  ['licensedUsers', 'between 300 and 400', undefined],
  ['licensedUsers', 'lots', undefined],
  // a negative count is no count: never read "-5" as 5
  ['licensedUsers', '-5', undefined],
  ['licensedUsers', 'meno -20 utenti', undefined],
  ['licensesAssigned', '− 3', undefined],
  ['licensedUsers', '99999999', undefined],
  // plans
  ['currentPlan', 'E3', 'o365-enterprise-e3'],
  ['currentPlan', 'o365-enterprise-e3', 'o365-enterprise-e3'],
  ['targetPlan', 'Microsoft 365 E5 senza audioconferenza', 'm365-e5-no-audio'],
  ['targetPlan', 'Chiosco Exchange Online', 'exchange-online-kiosk'],
  ['currentPlan', 'no idea', undefined],
  ['currentPlan', 'Plan 1', undefined],
  // purchase channel
  ['purchaseChannel', 'partner', 'partner'],
  ['purchaseChannel', 'through a reseller', 'partner'],
  ['purchaseChannel', 'carta di credito', 'direct-card'],
  ['purchaseChannel', 'card', 'direct-card'],
  ['purchaseChannel', 'fattura', 'direct-invoice'],
  ['purchaseChannel', 'by invoice', 'direct-invoice'],
  ['purchaseChannel', 'contratto multilicenza', 'volume-licensing'],
  ['purchaseChannel', 'Volume Licensing', 'volume-licensing'],
  ['purchaseChannel', 'product key', 'prepaid-key'],
  ['purchaseChannel', 'carta prepagata', 'prepaid-key'],
  ['purchaseChannel', 'direct-card', 'direct-card'],
  ['purchaseChannel', 'hmm', undefined],
  ['purchaseChannel', 'card or invoice', undefined],
  // admin role
  ['adminRole', 'amministratore globale', 'global-admin'],
  ['adminRole', 'Global admin', 'global-admin'],
  ['adminRole', 'global-admin', 'global-admin'],
  ['adminRole', 'billing', 'billing-admin'],
  ['adminRole', 'amministratore della fatturazione', 'billing-admin'],
  ['adminRole', 'other', 'other'],
  ['adminRole', 'altro', 'other'],
  ['adminRole', 'user admin', 'other'],
  ['adminRole', 'admin', undefined],
];

describe('readAnswer', () => {
  it.each(ANSWERS)('%s: "%s" -> %j', (fact, text, expected) => {
    expect(readAnswer(fact, text)).toEqual(expected);
  });
});

describe('readAnswer: answers that name more than the fact', () => {
  it.each([
    ['licensedUsers', '300 users and 20 admins', 300],
    ['targetPlan', 'from E3 to E5', 'o365-e5'],
    ['currentPlan', 'from E3 to E5', 'o365-enterprise-e3'],
    ['currentPlan', 'siamo su E4 e vorremmo Microsoft 365 E3', 'o365-enterprise-e4'],
    ['targetPlan', 'E5 or Microsoft 365 E5', undefined],
    ['purchaseChannel', 'not through a partner, by card', 'direct-card'],
    ['purchaseChannel', 'non tramite partner, con fattura', 'direct-invoice'],
  ] as [FactKey, string, unknown][])('%s: "%s" -> %j', (fact, text, expected) => {
    expect(readAnswer(fact, text)).toEqual(expected);
  });
});
