import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { BaseFactKey, BaseFacts } from './base-facts.js';
import { LIMITS } from './limits.js';
import type { NoteId } from './notes.js';
import { getPlan, type PlanId } from './plans.js';
import type { SourceId } from './sources.js';
import {
  licenseCapOf,
  smallBusinessDomainBlocks,
  targetRuleOf,
  TARGET_RULES,
  servicesLostTo,
  upgradeTargets,
  wantedPlanLosesServices,
} from './upgrade-targets.js';
import { allOf, channelIs, usersOver, wanted, yes, type Verdict } from './verdict.js';

/**
 * Why the admin center may not change the plan automatically. Each reason is one record: its kind
 * (which decides the path), its rule, the facts the rule reads (and the yes/no fact it owns, if
 * any), what "check again" asks afresh, where the admin sees it and the sources that say so.
 * `FACT_KEYS`, the tenant schema, the recheck list and the triage form are derived from here.
 */

export const REASON_KINDS = ['wait', 'fix', 'manual', 'contact'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/**
 * 'subscription': it closes the automatic path whatever plan is wanted; 'wanted-plan': it refuses
 * the plan the admin asked for, while the other automatic targets stay open.
 */
export type ReasonReach = 'subscription' | 'wanted-plan';

/**
 * The billing accounts a source documents the reason for. MSD-2024's "Why can't I change plans?"
 * list applies only to MOSA accounts; on an MCA account those reasons are not asserted. 'mca':
 * documented for MCA accounts only (scheduled changes, Extended Service Terms): asserted, and asked
 * about, only once the account is known to be MCA. 'history': a reason only older sources gave and
 * no current list repeats; kept with its sources so older answers and cases still read, never
 * asserted (the bot says no source decides it today).
 */
export type ReasonScope = 'any-account' | 'mosa' | 'mca' | 'history';

export interface ReasonRecord<Id extends string = string, Own extends string = string> {
  id: Id;
  kind: ReasonKind;
  reach: ReasonReach;
  scope: ReasonScope;
  /** Every source that speaks to it, newest leading. */
  sources: readonly SourceId[];
  /** Where in the admin center the admin sees or fixes it. */
  adminCenter?: AdminCenterPlaceId;
  /** What older sources said that the newer ones changed. */
  notes: readonly NoteId[];
  /** A yes/no fact only this reason reads: declared here, it joins the tenant's facts. */
  asks?: Own;
  /** The shared facts the rule reads. */
  reads: readonly BaseFactKey[];
  /** The facts "check again" asks afresh, when the admin may have cleared the reason. */
  recheck: readonly (BaseFactKey | NoInfer<Own>)[];
  test(facts: BaseFacts & Partial<Record<NoInfer<Own>, boolean>>): Verdict<NoInfer<Own>>;
  /** The sources for this tenant, where they depend on the plans (default: `sources`). */
  citeFor?(facts: BaseFacts): readonly SourceId[];
  /** The services (`services.ts` ids) the reason is about for this tenant, e.g. those a wanted plan would lose. */
  servicesFor?(facts: BaseFacts): readonly string[];
}

/** Keeps each record's literal id and own fact, so the catalog's types derive from it. */
function reason<const Id extends string, const Own extends string = never>(record: ReasonRecord<Id, Own>): ReasonRecord<Id, Own> {
  return record;
}

const on2013Table = (facts: BaseFacts) => targetRuleOf(facts.currentPlan) === 'table-2013';

export const REASON_CATALOG = [
  reason({
    id: 'purchased-through-partner',
    kind: 'contact',
    reach: 'subscription',
    scope: 'any-account',
    sources: ['MSD-CANCEL', '000'],
    notes: [],
    reads: ['purchaseChannel'],
    recheck: [],
    test: (facts) => channelIs(facts, 'partner'),
  }),
  reason({
    id: 'purchased-through-volume-licensing',
    kind: 'contact',
    reach: 'subscription',
    scope: 'any-account',
    sources: ['000'],
    notes: [],
    reads: ['purchaseChannel'],
    recheck: [],
    test: (facts) => channelIs(facts, 'volume-licensing'),
  }),
  reason({
    id: 'no-automatic-path',
    kind: 'manual',
    reach: 'subscription',
    scope: 'any-account',
    sources: ['MSD-2024', 'MSD-E4', '002'],
    adminCenter: 'view-upgrades',
    notes: ['switch-plans-wizard-2013'],
    reads: ['currentPlan'],
    recheck: [],
    // A plan no source decides has no known targets, which is not the same as none (see undecided).
    test: (facts) =>
      targetRuleOf(facts.currentPlan) !== 'undecided' &&
      (facts.targetPlan === undefined || getPlan(facts.targetPlan).targetsUndecided === undefined) &&
      upgradeTargets(facts.currentPlan).length === 0,
    citeFor: (facts) => TARGET_RULES[targetRuleOf(facts.currentPlan)].sources,
  }),
  reason({
    id: 'target-retired',
    kind: 'manual',
    reach: 'wanted-plan',
    scope: 'any-account',
    sources: ['MSD-EOS', 'MSD-E4'],
    notes: [],
    reads: ['targetPlan'],
    recheck: [],
    test: (facts) => wanted(facts, (target) => target !== facts.currentPlan && getPlan(target).status === 'retired'),
    citeFor: (facts) => (facts.targetPlan === undefined ? [] : getPlan(facts.targetPlan).statusSources),
  }),
  reason({
    id: 'target-not-eligible',
    kind: 'manual',
    reach: 'wanted-plan',
    scope: 'any-account',
    sources: ['002', 'MSD-E4'],
    adminCenter: 'view-upgrades',
    notes: ['switch-plans-wizard-2013'],
    reads: ['currentPlan', 'targetPlan'],
    recheck: [],
    // Today's rule answers with target-fewer-services; this is for the lists of 2013 and of E4,
    // and for "changing" to the plan the admin already has.
    test: (facts) => {
      const targets = upgradeTargets(facts.currentPlan);
      if (targets.length === 0) return false;
      return wanted(facts, (target) => {
        if (target === facts.currentPlan) return true;
        return targetRuleOf(facts.currentPlan) !== 'services-2024' && getPlan(target).status === 'sold' && !targets.includes(target);
      });
    },
    citeFor: (facts) => TARGET_RULES[targetRuleOf(facts.currentPlan)].sources,
  }),
  reason({
    id: 'target-undecided',
    kind: 'manual',
    reach: 'wanted-plan',
    scope: 'any-account',
    sources: ['MSD-2024'],
    adminCenter: 'view-upgrades',
    notes: [],
    reads: ['currentPlan', 'targetPlan'],
    recheck: [],
    // No source says whether the admin center offers it (Microsoft 365 E7, Teams Enterprise, the
    // Microsoft 365 A-plans): never answered "automatic"; the admin center's list shows it if it is.
    // From such a plan no target is known at all, so no answer can be automatic.
    test: (facts) =>
      getPlan(facts.currentPlan).targetsUndecided !== undefined ||
      wanted(facts, (target) => target !== facts.currentPlan && getPlan(target).targetsUndecided !== undefined),
    citeFor: (facts) => [...(facts.targetPlan === undefined ? [] : (getPlan(facts.targetPlan).targetsUndecided?.sources ?? [])), 'MSD-2024'],
  }),
  reason({
    id: 'target-fewer-services',
    kind: 'manual',
    reach: 'wanted-plan',
    scope: 'any-account',
    sources: ['MSD-2024', 'LIC-REF'],
    adminCenter: 'view-upgrades',
    notes: [],
    reads: ['currentPlan', 'targetPlan'],
    recheck: [],
    test: (facts) => targetRuleOf(facts.currentPlan) === 'services-2024' && wanted(facts, (target) => wantedPlanLosesServices(facts.currentPlan, target)),
    // What the admin's users would lose, named on the answer.
    servicesFor: (facts) => (facts.targetPlan === undefined ? [] : servicesLostTo(facts.currentPlan, facts.targetPlan).map((service) => service.id)),
  }),
  reason({
    id: 'business-plan-user-cap',
    kind: 'manual',
    reach: 'wanted-plan',
    scope: 'any-account',
    sources: ['BP-FAQ', 'LEARN-BIZ-STD', 'TEAMS-INCL'],
    notes: [],
    reads: ['targetPlan', 'licensedUsers'],
    recheck: ['licensedUsers'],
    // Every Microsoft 365 Business suite stops at 300 (BP-FAQ, LEARN-BIZ-STD, TEAMS-INCL). With no plan named yet,
    // the head count matters only if a capped plan is among the automatic targets.
    test: (facts) => {
      const capped = (target: PlanId) => licenseCapOf(target) !== undefined;
      const wantsCapped: Verdict =
        facts.targetPlan !== undefined ? capped(facts.targetPlan) : upgradeTargets(facts.currentPlan).some(capped) ? ['targetPlan'] : false;
      return allOf(wantsCapped, usersOver(facts, LIMITS.businessPlanLicenses.value));
    },
  }),
  reason({
    id: 'end-of-sale-mca',
    kind: 'manual',
    reach: 'subscription',
    scope: 'any-account',
    sources: ['MSD-EOS'],
    adminCenter: 'billing-your-products',
    notes: [],
    reads: ['currentPlan', 'billingAccountType'],
    recheck: [],
    // On an MCA account a product no longer sold cannot be upgraded (MSD-EOS applies to MCA only).
    test: (facts) => {
      if (getPlan(facts.currentPlan).status !== 'retired') return false;
      return facts.billingAccountType === undefined ? ['billingAccountType'] : facts.billingAccountType === 'mca';
    },
  }),
  reason({
    id: 'wizard-user-limit',
    kind: 'manual',
    reach: 'subscription',
    scope: 'any-account',
    sources: ['002'],
    notes: ['switch-plans-wizard-2013'],
    reads: ['currentPlan', 'licensedUsers'],
    recheck: [],
    // The 2013 wizard's limit; it binds only the plans that only the 2013 table covers.
    test: (facts) => on2013Table(facts) && usersOver(facts, LIMITS.wizardUsers.value),
  }),
  reason({
    id: 'prepaid-plan',
    kind: 'manual',
    reach: 'subscription',
    // MSD-2024's lists (2024-12-05, 2025-10-02) no longer name prepaid plans: see the undecided
    // 'prepaid-plan-undocumented'.
    scope: 'history',
    sources: ['002'],
    notes: ['prepaid-not-in-2024-list'],
    reads: ['purchaseChannel'],
    recheck: [],
    test: (facts) => channelIs(facts, 'prepaid-key'),
  }),
  reason({
    id: 'custom-domain-small-business',
    kind: 'manual',
    reach: 'wanted-plan',
    scope: 'any-account',
    sources: ['002'],
    adminCenter: 'domains',
    notes: [],
    reads: ['currentPlan', 'customDomain', 'targetPlan'],
    recheck: [],
    test: (facts) => smallBusinessDomainBlocks(facts),
  }),
  reason({
    id: 'legacy-small-business-user-cap',
    kind: 'manual',
    reach: 'subscription',
    scope: 'any-account',
    sources: ['002'],
    notes: [],
    asks: 'legacySmallBusiness',
    reads: ['currentPlan', 'licensedUsers'],
    recheck: [],
    test: (facts) =>
      getPlan(facts.currentPlan).family === 'small-business' &&
      allOf(yes(facts, 'legacySmallBusiness'), usersOver(facts, LIMITS.smallBusinessUsers.value)),
  }),
  reason({
    id: 'not-currently-eligible',
    kind: 'manual',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024'],
    adminCenter: 'view-upgrades',
    notes: [],
    asks: 'notCurrentlyEligible',
    reads: [],
    recheck: ['notCurrentlyEligible'],
    test: (facts) => yes(facts, 'notCurrentlyEligible'),
  }),
  reason({
    id: 'government-or-nonprofit',
    kind: 'manual',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024'],
    notes: [],
    asks: 'governmentOrNonprofit',
    reads: [],
    recheck: [],
    test: (facts) => yes(facts, 'governmentOrNonprofit'),
  }),
  reason({
    id: 'scheduled-change',
    // A wait, not "contact": SCHED-2025 blocks upgrading or downgrading the subscription until the
    // change takes place or the representative cancels it, after which the change can be made; a
    // manual change (a new subscription) is not that subscription's upgrade, so it is not asked there.
    kind: 'wait',
    reach: 'subscription',
    // MSD-SCHEDULED: "You must have a Microsoft Customer Agreement (MCA) billing account type".
    scope: 'mca',
    sources: ['MSD-SCHEDULED'],
    adminCenter: 'billing-your-products',
    notes: [],
    asks: 'scheduledChange',
    reads: [],
    recheck: ['scheduledChange'],
    // A change a Microsoft representative scheduled for the renewal: until it happens, the
    // subscription can't be upgraded or downgraded, and only the representative changes it.
    test: (facts) => yes(facts, 'scheduledChange'),
  }),
  reason({
    id: 'extended-service-term',
    kind: 'manual',
    reach: 'subscription',
    // MSD-EST: "This article applies only to customers with a Microsoft Customer Agreement (MCA)".
    scope: 'mca',
    sources: ['MSD-EST'],
    adminCenter: 'billing-your-products',
    notes: [],
    asks: 'extendedServiceTerm',
    reads: [],
    recheck: ['extendedServiceTerm'],
    // "You also can't change the EST subscription type": buying the new plan is still possible.
    test: (facts) => yes(facts, 'extendedServiceTerm'),
  }),
  reason({
    id: 'billing-account-blocked',
    kind: 'fix',
    reach: 'subscription',
    // MSD-KEEP-ACTIVE applies to MCA, MOSA, CSP and EES accounts alike.
    scope: 'any-account',
    sources: ['MSD-KEEP-ACTIVE'],
    adminCenter: 'billing-accounts',
    notes: [],
    asks: 'billingAccountBlocked',
    reads: [],
    recheck: ['billingAccountBlocked'],
    // Blocked after a year without use: no new subscription can be added, so neither change can be
    // made until support (or the partner or account manager) unblocks it.
    test: (facts) => yes(facts, 'billingAccountBlocked'),
  }),
  reason({
    id: 'role-not-permitted',
    kind: 'fix',
    reach: 'subscription',
    scope: 'any-account',
    sources: ['MSD-2024', '002'],
    adminCenter: 'role-assignments',
    notes: ['admin-role-2013'],
    reads: ['adminRole', 'billingAccountType'],
    recheck: ['adminRole'],
    // MOSA needs at least Billing admin (Global admin qualifies); MCA a billing account or profile role.
    // Whether a role qualifies depends on the account, so with the account unknown both are asked.
    test: (facts) => {
      const { adminRole, billingAccountType } = facts;
      if (adminRole === 'other') return true;
      if (adminRole === undefined) return billingAccountType === undefined ? ['adminRole', 'billingAccountType'] : ['adminRole'];
      if (billingAccountType === undefined) return ['billingAccountType'];
      return billingAccountType === 'mca' ? adminRole !== 'billing-account-role' : adminRole === 'billing-account-role';
    },
  }),
  reason({
    id: 'trial-subscription',
    kind: 'fix',
    reach: 'subscription',
    scope: 'any-account',
    sources: ['TRYBUY-2026', '002'],
    adminCenter: 'billing-your-products',
    notes: [],
    asks: 'trial',
    reads: [],
    recheck: ['trial'],
    test: (facts) => yes(facts, 'trial'),
  }),
  reason({
    id: 'license-conflict',
    kind: 'fix',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024', '002'],
    adminCenter: 'licenses',
    notes: [],
    // "You have more users than licenses", as the admin center says it: a comparison, no counts.
    asks: 'moreUsersThanLicenses',
    reads: ['licensesPurchased', 'licensesAssigned', 'licensedUsers'],
    recheck: ['licensesAssigned', 'licensesPurchased', 'moreUsersThanLicenses'],
    // The counts decide when both are known (typed, or read from the tenant); else the yes/no, which
    // is what is asked: one question, the comparison the admin center itself makes, not two counts.
    // Each user with a license of the subscription holds one of its licenses: "40 users and 40
    // licenses" is the comparison made.
    test: (facts) => {
      const { licensesPurchased: purchased, licensesAssigned: assigned = facts.licensedUsers } = facts;
      if (purchased !== undefined && assigned !== undefined) return assigned > purchased;
      if (assigned === 0) return false;
      return yes(facts, 'moreUsersThanLicenses');
    },
  }),
  reason({
    id: 'add-on-present',
    kind: 'fix',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024'],
    adminCenter: 'billing-your-products',
    notes: [],
    asks: 'hasAddOn',
    reads: [],
    recheck: ['hasAddOn'],
    test: (facts) => yes(facts, 'hasAddOn'),
  }),
  reason({
    id: 'multiple-subscriptions-same-product',
    kind: 'fix',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024'],
    adminCenter: 'billing-your-products',
    notes: [],
    asks: 'multipleSubscriptionsSameProduct',
    reads: [],
    recheck: ['multipleSubscriptionsSameProduct'],
    test: (facts) => yes(facts, 'multipleSubscriptionsSameProduct'),
  }),
  reason({
    id: 'unpaid-balance',
    kind: 'fix',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024', 'MSD-2024-12'],
    // "find the subscription on the Your products page, and select the Pay now or Settle balance link".
    adminCenter: 'billing-your-products',
    notes: ['unpaid-balance-invoice-2024'],
    asks: 'unpaidBalance',
    reads: ['purchaseChannel'],
    recheck: ['unpaidBalance'],
    // "This only applies if you pay for your subscription by wire transfer" (2025-10-02): asked only
    // of those who pay by invoice (wire transfer); a card payer's balance is not this blocker.
    test: (facts) => allOf(channelIs(facts, 'direct-invoice'), yes(facts, 'unpaidBalance')),
  }),
  reason({
    id: 'credit-check-pending',
    kind: 'wait',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024', '000', '002'],
    adminCenter: 'billing-your-products',
    notes: ['credit-check-two-weeks-2013'],
    asks: 'creditCheckPending',
    reads: [],
    recheck: ['creditCheckPending'],
    test: (facts) => yes(facts, 'creditCheckPending'),
  }),
  reason({
    id: 'plan-change-in-progress',
    kind: 'wait',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024', '002'],
    adminCenter: 'billing-your-products',
    notes: ['switch-plans-status-page-2013'],
    asks: 'planChangeInProgress',
    reads: [],
    recheck: ['planChangeInProgress'],
    test: (facts) => yes(facts, 'planChangeInProgress'),
  }),
  reason({
    id: 'service-health-issue',
    kind: 'wait',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024', '002', '000'],
    adminCenter: 'service-health',
    notes: ['service-health-location-2013'],
    asks: 'serviceHealthIssue',
    reads: [],
    recheck: ['serviceHealthIssue'],
    test: (facts) => yes(facts, 'serviceHealthIssue'),
  }),
  reason({
    id: 'provisioning-incomplete',
    kind: 'wait',
    reach: 'subscription',
    scope: 'mosa',
    sources: ['MSD-2024', '002'],
    adminCenter: 'service-health',
    notes: ['service-health-location-2013'],
    asks: 'provisioningIncomplete',
    reads: [],
    recheck: ['provisioningIncomplete'],
    test: (facts) => yes(facts, 'provisioningIncomplete'),
  }),
] as const;

type CatalogEntry = (typeof REASON_CATALOG)[number];
export type ReasonId = CatalogEntry['id'];
/** The yes/no facts the reasons declare themselves. */
export type OwnedFact = NonNullable<CatalogEntry['asks']>;

export const REASON_IDS = REASON_CATALOG.map((entry) => entry.id) as readonly ReasonId[] as readonly [ReasonId, ...ReasonId[]];

/** The catalog's public view, keyed by id (the contract's `REASONS`). */
export interface ReasonInfo {
  id: ReasonId;
  kind: ReasonKind;
  reach: ReasonReach;
  scope: ReasonScope;
  /** The first source is the primary one, the one the bot cites first. */
  sources: SourceId[];
  adminCenter?: AdminCenterPlaceId;
  notes: NoteId[];
}

export const REASONS = Object.fromEntries(
  REASON_CATALOG.map((entry): [ReasonId, ReasonInfo] => [
    entry.id,
    {
      id: entry.id,
      kind: entry.kind,
      reach: entry.reach,
      scope: entry.scope,
      sources: [...entry.sources],
      ...('adminCenter' in entry ? { adminCenter: entry.adminCenter } : {}),
      notes: [...entry.notes],
    },
  ]),
) as Record<ReasonId, ReasonInfo>;
