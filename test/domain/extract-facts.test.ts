import { describe, expect, it } from 'vitest';
import { extractFacts, type TenantFacts } from '../../domain/index.js';

// [sentence, exactly the facts it states clearly]
const SENTENCES: [string, Partial<TenantFacts>][] = [
  [
    "We're on E3 with 350 users, bought through a partner",
    { currentPlan: 'o365-enterprise-e3', licensedUsers: 350, purchaseChannel: 'partner' },
  ],
  [
    'Siamo su E3 con 350 utenti, acquistato tramite partner',
    { currentPlan: 'o365-enterprise-e3', licensedUsers: 350, purchaseChannel: 'partner' },
  ],
  ['We want to move from E3 to Microsoft 365 E5', { currentPlan: 'o365-enterprise-e3', targetPlan: 'm365-e5' }],
  ['Vogliamo passare da Small Business a E3', { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3' }],
  ['E3 -> E5', { currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-e5' }],
  ["We'd like E5; we currently have E3", { currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-e5' }],
  ['We have a Small Business plan', { currentPlan: 'o365-small-business' }],
  ['upgrade E1 to E3 for 25 people', { currentPlan: 'o365-enterprise-e1', targetPlan: 'o365-enterprise-e3', licensedUsers: 25 }],
  [
    'non è un abbonamento di prova, siamo su E4 e vorremmo Microsoft 365 E3',
    { currentPlan: 'o365-enterprise-e4', targetPlan: 'm365-e3', trial: false },
  ],
  ['we have a custom domain and 20 users, paid by credit card', { customDomain: true, licensedUsers: 20, purchaseChannel: 'direct-card' }],
  ['Non abbiamo un dominio personalizzato', { customDomain: false }],
  ["I'm a global admin, we bought it with a product key", { adminRole: 'global-admin', purchaseChannel: 'prepaid-key' }],
  ['sono amministratore della fatturazione', { adminRole: 'billing-admin' }],
  ["I'm not an admin", { adminRole: 'other' }],
  ['Our subscription was bought through an Enterprise Agreement', { purchaseChannel: 'volume-licensing' }],
  ['acquistato con contratto multilicenza', { purchaseChannel: 'volume-licensing' }],
  ['We have 400 licenses purchased and 410 assigned', { licensesPurchased: 400, licensesAssigned: 410 }],
  ['abbiamo 1.200 utenti e pagamento con fattura', { licensedUsers: 1200, purchaseChannel: 'direct-invoice' }],
  ['1,200 users', { licensedUsers: 1200 }],
  ['Users: 75', { licensedUsers: 75 }],
  ['400 seats purchased', { licensesPurchased: 400 }],
  ['not through a partner, we pay by invoice', { purchaseChannel: 'direct-invoice' }],
  ["there's an unpaid invoice", { unpaidBalance: true }],
  ['the credit check is still pending', { creditCheckPending: true }],
  ['siamo in attesa della verifica del credito', { creditCheckPending: true }],
  ["c'è un disservizio su Exchange", { serviceHealthIssue: true }],
  ['we are a nonprofit on E3', { currentPlan: 'o365-enterprise-e3', governmentOrNonprofit: true }],
  ["we're not a government agency", { governmentOrNonprofit: false }],
  ['We are on trial', { trial: true }],
  ['we have two E3 subscriptions', { currentPlan: 'o365-enterprise-e3', multipleSubscriptionsSameProduct: true }],
  ['provisioning is not complete yet', { provisioningIncomplete: true }],
  ['a plan change is already in progress', { planChangeInProgress: true }],
  ['il cambio di piano è già in corso', { planChangeInProgress: true }],
  [
    'we bought Small Business before the service update and have 30 users',
    { currentPlan: 'o365-small-business', legacySmallBusiness: true, licensedUsers: 30 },
  ],
  // A plan they would go back to is neither the one they have nor the one they want.
  ['can we go back to E4 later?', {}],
  ['possiamo tornare a E4 dopo?', {}],
  ["we're on E5, can we revert to E3?", { currentPlan: 'o365-e5' }],
  ['siamo su E5 e vorremmo tornare indietro a E3', { currentPlan: 'o365-e5' }],
  // The term, as a term: how often it is paid is not its length.
  ["We're on E3, an annual plan", { currentPlan: 'o365-enterprise-e3', commitmentTerm: 'annual' }],
  ['E5 on a three-year commitment', { currentPlan: 'o365-e5', commitmentTerm: 'three-year' }],
  ['siamo su E3 con un impegno mensile', { currentPlan: 'o365-enterprise-e3', commitmentTerm: 'monthly' }],
  ['E3, billed monthly', { currentPlan: 'o365-enterprise-e3' }],
  ['E3, fatturazione mensile', { currentPlan: 'o365-enterprise-e3' }],
  // Vague or contradictory: left for the bot to ask.
  ['hello, I need help', {}],
  ['we bought it directly from Microsoft', {}],
  ['partner or credit card, not sure', {}],
  ['we have a custom domain. Actually no custom domain', {}],
  ['Plan 1', {}],
];

describe('extractFacts', () => {
  it.each(SENTENCES)('"%s"', (sentence, facts) => {
    expect(extractFacts(sentence)).toEqual(facts);
  });

  it('ignores a number too long to be a user count', () => {
    expect(extractFacts('99999999 users')).toEqual({});
  });
});
