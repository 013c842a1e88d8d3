import type { FactKey, QuestionTopicId } from '../../domain/index.js';

/**
 * The facts and question topics the bot had when both held-out tables were written (2026-12-08,
 * before the commitment term, the 2025-2026 blockers and the commercial questions were added). A
 * held-out table is frozen once scored, so it covers these; what came later needs a new batch,
 * written by someone who has not read the readers, and the well-formedness test lists it.
 */
export const HELD_OUT_WRITTEN_AGAINST: { facts: readonly FactKey[]; topics: readonly QuestionTopicId[] } = {
  facts: [
    'currentPlan',
    'purchaseChannel',
    'targetPlan',
    'licensedUsers',
    'billingAccountType',
    'customDomain',
    'legacySmallBusiness',
    'notCurrentlyEligible',
    'governmentOrNonprofit',
    'adminRole',
    'trial',
    'moreUsersThanLicenses',
    'licensesPurchased',
    'licensesAssigned',
    'hasAddOn',
    'multipleSubscriptionsSameProduct',
    'unpaidBalance',
    'creditCheckPending',
    'planChangeInProgress',
    'serviceHealthIssue',
    'provisioningIncomplete',
  ],
  topics: [
    'how-long',
    'users-impact',
    'admin-impact',
    'credit-check',
    'billing',
    'licenses',
    'going-back',
    'custom-domain',
    'add-ons',
    'mca-or-mosa',
    'what-it-does',
    'where-is-upgrade-tab',
    'who-can-change',
  ],
};
