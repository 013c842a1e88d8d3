import type { ReasonId, TenantFacts } from '../../domain/index.js';

/**
 * Each reason's trigger and boundary, as [what, facts changed from a clear E3 tenant (see
 * `tenant`), the reasons expected]. The diagnosis tests check every row; the card tests take, for
 * each reason, the first row that gives it alone. A new reason needs a row here, no more.
 */
export const E4: Partial<TenantFacts> = { currentPlan: 'o365-enterprise-e4', targetPlan: 'o365-e5' };
const SMALL_BUSINESS: Partial<TenantFacts> = { currentPlan: 'o365-small-business', targetPlan: 'o365-enterprise-e3' };
export const MCA_OWNER: Partial<TenantFacts> = { billingAccountType: 'mca', adminRole: 'billing-account-role' };
const BUSINESS_STANDARD: Partial<TenantFacts> = { currentPlan: 'm365-business-standard', targetPlan: 'm365-business-premium' };

export const REASON_CASES: [string, Partial<TenantFacts>, ReasonId[]][] = [
  ['nothing in the way', {}, []],
  ['bought through a partner', { purchaseChannel: 'partner' }, ['purchased-through-partner']],
  ['bought through volume licensing', { purchaseChannel: 'volume-licensing' }, ['purchased-through-volume-licensing']],
  ['bought by invoice', { purchaseChannel: 'direct-invoice' }, []],
  // Targets: today's rule, E4's options, the 2013 table
  // Every service counts, each pair both ways (comparePlans over LIC-REF's service plans)
  ['Office 365 E5 to Microsoft 365 E5: keeps everything, adds Intune and Entra ID', { currentPlan: 'o365-e5', targetPlan: 'm365-e5' }, []],
  // Microsoft 365 E5 keeps everything only in itself: no sold plan is an automatic target from it.
  ['Microsoft 365 E5 to Office 365 E5: loses Intune, Entra ID, Windows', { currentPlan: 'm365-e5', targetPlan: 'o365-e5' }, ['no-automatic-path', 'target-fewer-services']],
  ['Office 365 E5 to E3: loses Power BI Pro, Teams Phone, Audio Conferencing', { currentPlan: 'o365-e5', targetPlan: 'o365-enterprise-e3' }, ['target-fewer-services']],
  ['Office 365 E3 to E5', { currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-e5' }, []],
  ['Microsoft 365 E5 to E3', { currentPlan: 'm365-e5', targetPlan: 'm365-e3' }, ['no-automatic-path', 'target-fewer-services']],
  ['Microsoft 365 E3 to E5', { currentPlan: 'm365-e3', targetPlan: 'm365-e5' }, []],
  ['Microsoft 365 E3 to Office 365 E3: loses Intune and Entra ID P1', { currentPlan: 'm365-e3', targetPlan: 'o365-enterprise-e3' }, ['target-fewer-services']],
  ['Office 365 E3 to Microsoft 365 E3', { currentPlan: 'o365-enterprise-e3', targetPlan: 'm365-e3' }, []],
  ['Office 365 E5 to Microsoft 365 E3', { currentPlan: 'o365-e5', targetPlan: 'm365-e3' }, ['target-fewer-services']],
  ['Microsoft 365 E3 to Office 365 E5: loses Intune', { currentPlan: 'm365-e3', targetPlan: 'o365-e5' }, ['target-fewer-services']],
  ['Microsoft 365 E5 to E5 without Audio Conferencing', { currentPlan: 'm365-e5', targetPlan: 'm365-e5-no-audio' }, ['no-automatic-path', 'target-fewer-services']],
  ['Microsoft 365 E5 without Audio Conferencing to E5', { currentPlan: 'm365-e5-no-audio', targetPlan: 'm365-e5' }, []],
  ['Business Standard to Business Basic: loses the desktop apps', { currentPlan: 'm365-business-standard', targetPlan: 'm365-business-basic' }, ['target-fewer-services']],
  ['Business Basic to Business Standard', { currentPlan: 'm365-business-basic', targetPlan: 'm365-business-standard' }, []],
  ['Apps for enterprise to Apps for business', { currentPlan: 'm365-apps-for-enterprise', targetPlan: 'm365-apps-for-business' }, ['target-fewer-services']],
  ['Apps for business to Apps for enterprise', { currentPlan: 'm365-apps-for-business', targetPlan: 'm365-apps-for-enterprise' }, []],
  ['Apps for enterprise to Business Basic: loses the desktop apps', { currentPlan: 'm365-apps-for-enterprise', targetPlan: 'm365-business-basic' }, ['target-fewer-services']],
  ['Business Basic to Apps for enterprise: loses the mailbox', { currentPlan: 'm365-business-basic', targetPlan: 'm365-apps-for-enterprise' }, ['target-fewer-services']],
  ['Apps for enterprise to SharePoint Plan 1', { currentPlan: 'm365-apps-for-enterprise', targetPlan: 'sharepoint-online-p1' }, ['target-fewer-services']],
  ['SharePoint Plan 1 to Apps for enterprise: loses SharePoint sites', { currentPlan: 'sharepoint-online-p1', targetPlan: 'm365-apps-for-enterprise' }, ['target-fewer-services']],
  ['Business Premium to Microsoft 365 E3: loses Defender for Office 365 (Plan 1) and Defender for Business', { currentPlan: 'm365-business-premium', targetPlan: 'm365-e3' }, ['target-fewer-services']],
  ['Business Premium to Microsoft 365 E5', { currentPlan: 'm365-business-premium', targetPlan: 'm365-e5' }, []],
  ['Apps for business to Business Standard', { currentPlan: 'm365-apps-for-business', targetPlan: 'm365-business-standard' }, []],
  ['Microsoft 365 F3 to Microsoft 365 E3', { currentPlan: 'm365-f3', targetPlan: 'm365-e3' }, []],
  ['Exchange Online Plan 1 to Plan 2', { currentPlan: 'exchange-online-p1', targetPlan: 'exchange-online-p2' }, []],
  ['Exchange Online Plan 2 to Plan 1', { currentPlan: 'exchange-online-p2', targetPlan: 'exchange-online-p1' }, ['target-fewer-services']],
  // Teams since 2024: with Teams and without, each way; the EEA suites are the no-Teams plans
  ['Microsoft 365 E3 to E3 (no Teams): loses Teams', { currentPlan: 'm365-e3', targetPlan: 'm365-e3-no-teams' }, ['target-fewer-services']],
  ['Microsoft 365 E3 (no Teams) to E3 with Teams', { currentPlan: 'm365-e3-no-teams', targetPlan: 'm365-e3' }, []],
  ['Microsoft 365 E3 (no Teams) to E5 (no Teams)', { currentPlan: 'm365-e3-no-teams', targetPlan: 'm365-e5-no-teams' }, []],
  ['Microsoft 365 E5 (no Teams) to E3 (no Teams)', { currentPlan: 'm365-e5-no-teams', targetPlan: 'm365-e3-no-teams' }, ['target-fewer-services']],
  ['Business Premium to Business Premium EEA (no Teams)', { currentPlan: 'm365-business-premium', targetPlan: 'm365-business-premium-no-teams' }, ['target-fewer-services']],
  ['Business Premium EEA (no Teams) to Business Premium', { currentPlan: 'm365-business-premium-no-teams', targetPlan: 'm365-business-premium' }, []],
  ['301 users to Business Premium (no Teams)', { currentPlan: 'm365-business-standard-no-teams', targetPlan: 'm365-business-premium-no-teams', licensedUsers: 301 }, ['business-plan-user-cap']],
  ['300 users to Business Premium (no Teams)', { currentPlan: 'm365-business-standard-no-teams', targetPlan: 'm365-business-premium-no-teams', licensedUsers: 300 }, []],
  // Plans a source names but none decides: never an automatic answer
  ['Microsoft 365 E5 to E7: no source decides', { currentPlan: 'm365-e5', targetPlan: 'm365-e7' }, ['target-undecided']],
  ['on Microsoft 365 E7: no source decides its targets', { currentPlan: 'm365-e7', targetPlan: undefined }, ['target-undecided']],
  ['Microsoft 365 E3 (no Teams) to Teams Enterprise', { currentPlan: 'm365-e3-no-teams', targetPlan: 'teams-enterprise' }, ['target-undecided']],
  ['Microsoft 365 A3 to A5: no current source', { currentPlan: 'm365-education-a3', targetPlan: 'm365-education-a5' }, ['target-undecided']],
  ['Lync Online Plan 3: its only 2013 target, E4, is retired', { currentPlan: 'lync-online-p3', targetPlan: undefined }, ['no-automatic-path']],
  ['Education A3 has no automatic target', { currentPlan: 'o365-education-a3', targetPlan: undefined }, ['no-automatic-path']],
  ['E3 to E1: fewer data-related services', { targetPlan: 'o365-enterprise-e1' }, ['target-fewer-services']],
  ['E3 to Business Premium: Plan 2 to Plan 1', { targetPlan: 'm365-business-premium' }, ['target-fewer-services']],
  ['Business Premium to Business Standard: the archive is lost', { currentPlan: 'm365-business-premium', targetPlan: 'm365-business-standard' }, ['target-fewer-services']],
  ['Business Standard to Business Premium', BUSINESS_STANDARD, []],
  ['E3 to E4, retired in 2015', { targetPlan: 'o365-enterprise-e4' }, ['target-retired']],
  ['E3 to Small Business Premium, retired', { targetPlan: 'o365-small-business-premium' }, ['target-retired']],
  ['E3 to itself', { targetPlan: 'o365-enterprise-e3' }, ['target-not-eligible']],
  ['Small Business to Microsoft 365 E5: not in its 2013 row', { ...SMALL_BUSINESS, targetPlan: 'm365-e5' }, ['target-not-eligible']],
  ['E4 to E1: not one of the five options', { ...E4, targetPlan: 'o365-enterprise-e1' }, ['target-not-eligible']],
  ['E4 to Microsoft 365 E3: option five', { ...E4, targetPlan: 'm365-e3' }, []],
  // User caps
  ['300 users to Business Premium', { ...BUSINESS_STANDARD, licensedUsers: 300 }, []],
  ['301 users to Business Premium', { ...BUSINESS_STANDARD, licensedUsers: 301 }, ['business-plan-user-cap']],
  ['301 users to Business Standard', { currentPlan: 'm365-business-basic', targetPlan: 'm365-business-standard', licensedUsers: 301 }, ['business-plan-user-cap']],
  ['300 users to Business Standard', { currentPlan: 'm365-business-basic', targetPlan: 'm365-business-standard', licensedUsers: 300 }, []],
  ['300 users to Business Basic', { currentPlan: 'exchange-online-p1', targetPlan: 'm365-business-basic', licensedUsers: 300 }, []],
  ['301 users to Business Basic: the Business suites stop at 300', { currentPlan: 'exchange-online-p1', targetPlan: 'm365-business-basic', licensedUsers: 301 }, ['business-plan-user-cap']],
  ['301 users on E3: the 2013 limit binds only 2013 plans', { licensedUsers: 301 }, []],
  ['301 users on K1, a plan only the 2013 table covers', { currentPlan: 'o365-enterprise-k1', targetPlan: 'o365-enterprise-e3', licensedUsers: 301 }, ['wizard-user-limit']],
  ['300 users on K1', { currentPlan: 'o365-enterprise-k1', targetPlan: 'o365-enterprise-e3', licensedUsers: 300 }, []],
  ['E4 with 5000 users (seed 000 sets no limit)', { ...E4, licensedUsers: 5000 }, []],
  // Only the 2013 guide and the 2020 tab named it: no source decides today, it blocks nothing alone.
  ['a prepaid product key', { purchaseChannel: 'prepaid-key' }, []],
  // Small Business (2013)
  ['Small Business to Enterprise with a custom domain', { ...SMALL_BUSINESS, customDomain: true }, ['custom-domain-small-business']],
  [
    'Small Business to Midsize with a custom domain: retired, and blocked by the domain',
    { ...SMALL_BUSINESS, targetPlan: 'o365-midsize-business', customDomain: true },
    ['target-retired', 'custom-domain-small-business'],
  ],
  ['Small Business with a custom domain and no target: every target left is Enterprise', { ...SMALL_BUSINESS, targetPlan: undefined, customDomain: true }, ['custom-domain-small-business']],
  ['Small Business to Enterprise without a custom domain', { ...SMALL_BUSINESS, customDomain: false }, []],
  ['Enterprise with a custom domain', { customDomain: true }, []],
  ['legacy Small Business with 26 users', { ...SMALL_BUSINESS, legacySmallBusiness: true, licensedUsers: 26 }, ['legacy-small-business-user-cap']],
  ['legacy Small Business with 25 users', { ...SMALL_BUSINESS, legacySmallBusiness: true, licensedUsers: 25 }, []],
  ['current Small Business with 26 users', { ...SMALL_BUSINESS, legacySmallBusiness: false, licensedUsers: 26 }, []],
  ['"legacy" on an Enterprise plan', { legacySmallBusiness: true, licensedUsers: 200 }, []],
  // MSD-2024's list (MOSA accounts only)
  ['not currently eligible', { notCurrentlyEligible: true }, ['not-currently-eligible']],
  ['not currently eligible, on MCA', { notCurrentlyEligible: true, ...MCA_OWNER }, []],
  ['government or nonprofit', { governmentOrNonprofit: true }, ['government-or-nonprofit']],
  ['government or nonprofit, on MCA', { governmentOrNonprofit: true, ...MCA_OWNER }, []],
  ['more licenses assigned than purchased', { licensesPurchased: 100, licensesAssigned: 101 }, ['license-conflict']],
  ['assigned = purchased', { licensesPurchased: 100, licensesAssigned: 100 }, []],
  ['fewer assigned than purchased', { licensesPurchased: 100, licensesAssigned: 40 }, []],
  ['more assigned than purchased, on MCA', { licensesPurchased: 100, licensesAssigned: 101, ...MCA_OWNER }, []],
  ['an add-on', { hasAddOn: true }, ['add-on-present']],
  ['two subscriptions of the same product', { multipleSubscriptionsSameProduct: true }, ['multiple-subscriptions-same-product']],
  // "This only applies if you pay for your subscription by wire transfer" (2025-10-02)
  ['an unpaid balance, paid by wire transfer (invoice)', { purchaseChannel: 'direct-invoice', unpaidBalance: true }, ['unpaid-balance']],
  ['an unpaid balance, paid by card', { purchaseChannel: 'direct-card', unpaidBalance: true }, []],
  ['an unpaid balance, paid by invoice, on MCA', { purchaseChannel: 'direct-invoice', unpaidBalance: true, ...MCA_OWNER }, []],
  ['a pending credit check', { creditCheckPending: true }, ['credit-check-pending']],
  ['a plan change in progress', { planChangeInProgress: true }, ['plan-change-in-progress']],
  ['a service health issue', { serviceHealthIssue: true }, ['service-health-issue']],
  ['provisioning not finished', { provisioningIncomplete: true }, ['provisioning-incomplete']],
  // Roles by billing account (MSD-2024)
  ['another admin role', { adminRole: 'other' }, ['role-not-permitted']],
  ['a Billing admin on MOSA', { adminRole: 'billing-admin' }, []],
  ['a billing account role on MOSA', { adminRole: 'billing-account-role' }, ['role-not-permitted']],
  ['a Global admin on MCA', { billingAccountType: 'mca', adminRole: 'global-admin' }, ['role-not-permitted']],
  ['a billing account owner on MCA', MCA_OWNER, []],
  // 2025-2026 blockers: scheduled changes and Extended Service Terms are MCA-only (MSD-SCHEDULED,
  // MSD-EST); a blocked billing account stops any purchase on any account (MSD-KEEP-ACTIVE)
  ['a change scheduled by the Microsoft representative, on MCA', { scheduledChange: true, ...MCA_OWNER }, ['scheduled-change']],
  ['a scheduled change said on MOSA: not asserted there', { scheduledChange: true }, []],
  ['no scheduled change, on MCA', { scheduledChange: false, ...MCA_OWNER }, []],
  ['an Extended Service Term, on MCA', { extendedServiceTerm: true, ...MCA_OWNER }, ['extended-service-term']],
  ['an Extended Service Term said on MOSA: not asserted there', { extendedServiceTerm: true }, []],
  ['a billing account blocked for inactivity', { billingAccountBlocked: true }, ['billing-account-blocked']],
  ['a billing account blocked, on MCA', { billingAccountBlocked: true, ...MCA_OWNER }, ['billing-account-blocked']],
  ['a billing account not blocked', { billingAccountBlocked: false }, []],
  ['a trial', { trial: true }, ['trial-subscription']],
  ['a trial, on MCA', { trial: true, ...MCA_OWNER }, ['trial-subscription']],
  // End of sale (MCA only)
  ['E4 on MCA: past its end of sale', { ...E4, ...MCA_OWNER }, ['end-of-sale-mca']],
  ['E4 on MOSA', E4, []],
];

