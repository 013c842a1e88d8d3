import { describe, expect, it } from 'vitest';
import { extractFacts, type TenantFacts } from '../../domain/index.js';

// Whether a fact is stated, and whose it is: [sentence, exactly the facts it states].
const CASES: [string, string, Partial<TenantFacts>][] = [
  ['a "non" with words between', 'non abbiamo mai avuto un dominio personalizzato', { customDomain: false }],
  ['a "non" far before', 'Non abbiamo ancora configurato il nostro dominio personalizzato', { customDomain: false }],
  ['a negation ends at "but"', "we don't have a trial but we do have a custom domain", { trial: false, customDomain: true }],
  ['"no" answering, not negating', 'No we have a custom domain', { customDomain: true }],
  ['a phrase that denies', 'the trial has ended', { trial: false }],
  ['a colleague\'s role is not the admin\'s', "my colleague is the global admin, I'm not", {}],
  ['the nearest subject decides', "my boss is GA and I'm a helpdesk admin", { adminRole: 'other' }],
  ['a role asked for is someone else\'s', 'I asked our global admin to check', {}],
  ['a support ticket speaks of the customer', "The customer's admin is a Global Administrator", { adminRole: 'global-admin' }],
  ['a role alone in a list is the typer\'s', 'MOSA account, global admin', { billingAccountType: 'mosa', adminRole: 'global-admin' }],
  ['two subscriptions of different products', 'we have 2 subscriptions: E3 and Visio', { currentPlan: 'o365-enterprise-e3' }],
  ['two subscriptions of one product', 'we have two E3 subscriptions', { currentPlan: 'o365-enterprise-e3', multipleSubscriptionsSameProduct: true }],
  ['the product after the noun', 'abbiamo due abbonamenti di Business Premium', { currentPlan: 'm365-business-premium', multipleSubscriptionsSameProduct: true }],
  ['a question states nothing', 'do we need a custom domain?', {}],
  ['a labelled answer', 'Custom domain? yes. Trial: no', { customDomain: true, trial: false }],
  ['a doubt states nothing', 'maybe we have an add-on, not sure', {}],
  ['the other of two accounts', "we haven't moved to MCA yet", { billingAccountType: 'mosa' }],
  ['plans compared, not had', "what's the difference between E3 and E5?", {}],
  ['two plans had name no one plan', 'we have Business Basic and Business Premium subscriptions', {}],
  // Rules added for sentences written outside the tuned table (issue 25).
  ['a state after its subject', 'the credit check got approved', { creditCheckPending: false }],
  ['a state before its subject', 'still awaiting the credit check', { creditCheckPending: true }],
  ['a negated state is the other state', 'la migrazione non è ancora terminata', { planChangeInProgress: true }],
  ['a "no" on the subject says there is none', 'no other upgrade is pending', { planChangeInProgress: false }],
  ['a state in a "once" clause is a time', 'once provisioning is complete we move to E5', { targetPlan: 'o365-e5' }],
  ['Italian negative agreement is one negation', 'non abbiamo nessuna fattura scaduta', { unpaidBalance: false }],
  ['a role named after what it administers', 'I work as the SharePoint administrator', { adminRole: 'other' }],
  ['the role the writer claims outweighs an unclaimed one', 'the global admin left, I am a groups admin', { adminRole: 'other' }],
  ['a doubt masks plans and counts too', 'perhaps E5 with 90 users', {}],
  ["someone's belief is no fact", 'the CFO believes we are on MCA', {}],
  ['another organisation until the writer speaks again', 'our affiliate uses E5, we use E3', { currentPlan: 'o365-enterprise-e3' }],
  ['a negation on the plan\'s own cue denies it', "we're not on E1 anymore, now Business Premium", { currentPlan: 'm365-business-premium' }],
  ['an invoice quoted is no channel', 'the bill lists Business Basic', { currentPlan: 'm365-business-basic' }],
];

// The abbreviations admins use: [abbreviation, sentence, facts].
const ABBREVIATIONS: [string, string, Partial<TenantFacts>][] = [
  ['GA', "I'm GA", { adminRole: 'global-admin' }],
  ['EA', 'bought via EA', { purchaseChannel: 'volume-licensing' }],
  ['CSP', 'CSP customer', { purchaseChannel: 'partner' }],
  ['EXO', 'EXO P1 to EXO P2', { currentPlan: 'exchange-online-p1', targetPlan: 'exchange-online-p2' }],
  ['SPO', 'we have SPO plan 1', { currentPlan: 'sharepoint-online-p1' }],
  ['biz', "we're on biz basic", { currentPlan: 'm365-business-basic' }],
  ['tenant still provisioning', 'tenant still provisioning', { provisioningIncomplete: true }],
  ['Exchange is down', 'Exchange is down', { serviceHealthIssue: true }],
  ['Teams outage', 'Teams outage', { serviceHealthIssue: true }],
  ['MCA', 'MCA', { billingAccountType: 'mca' }],
  ['MOSA', 'MOSA', { billingAccountType: 'mosa' }],
  ['add-on', 'has an add-on', { hasAddOn: true }],
  ['not eligible', 'not eligible', { notCurrentlyEligible: true }],
];

describe('extractFacts: stated or not, and whose', () => {
  it.each(CASES)('%s: "%s"', (_what, sentence, facts) => {
    expect(extractFacts(sentence)).toEqual(facts);
  });

  it.each(ABBREVIATIONS)('%s: "%s"', (_what, sentence, facts) => {
    expect(extractFacts(sentence)).toEqual(facts);
  });
});
