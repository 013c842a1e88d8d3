import { applicableWarnings, crossesFamilies, licenseCount, losesDataServices } from './applicable-warnings.js';
import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { BillingAccountType } from './base-facts.js';
import { USERS_PER_BATCH, LIMITS } from './limits.js';
import type { NoteId } from './notes.js';
import type { UpgradePath } from './paths.js';
import type { PlanId } from './plans.js';
import type { SourceId } from './sources.js';
import { MANUAL_STEP_IDS, MCA_UPGRADE_STEP_IDS, MOSA_UPGRADE_STEP_IDS, STEPS, UPGRADE_TAB_2020_STEP_IDS, type StepId } from './steps.js';
import { TenantFactsSchema, type FactKey, type TenantFacts } from './tenant-facts.js';
import type { WarningId } from './warnings.js';

/** Over 20 users, reassign in bulk: Microsoft Graph PowerShell (MSD) or group-based licensing. */
export const BULK_LICENSE_COMMAND = 'Set-MgUserLicense';

export interface StepParams {
  usersPerBatch?: number;
  usePowerShell?: boolean;
  /** Set with `usePowerShell`: the cmdlet to name. */
  powerShellCommand?: typeof BULK_LICENSE_COMMAND;
  /** Set with `usePowerShell`: licensing by group membership is the no-script alternative. */
  groupBasedLicensing?: boolean;
  expectedLicenses?: number;
  currentPlan?: PlanId;
  targetPlan?: PlanId;
  /** On the cancel step: which account's cancellation rules apply (MOSA when not said). */
  billingAccountType?: BillingAccountType;
  /** On the cancel step, MOSA: lower the licenses to this many before cancelling online. */
  reduceLicensesTo?: number;
  /** On the backup step: the new plan has fewer data-related services, or it is another 2013 family. */
  backupBecause?: 'fewer-services' | 'other-family';
}

export interface Step {
  id: StepId;
  /** Primary source, e.g. 'MSD-2024'. */
  source: SourceId;
  sources: SourceId[];
  warnings: WarningId[];
  adminCenter?: AdminCenterPlaceId;
  notes: NoteId[];
  params: StepParams;
}

/** Which step each warning belongs to, so the bot says it at the moment it matters. */
const STEP_WARNINGS: Partial<Record<StepId, readonly WarningId[]>> = {
  'choose-upgrade': ['e4-to-e3-loses-features', 'teams-suite-new-customers', 'teams-suite-existing-customers'],
  // MCA's form sets the term and billing frequency: where keeping a with-Teams suite matters.
  'choose-options': ['e4-to-e3-loses-features', 'teams-suite-new-customers', 'teams-suite-existing-customers'],
  checkout: ['invoice-credit-check', 'cannot-remove-licenses-during-upgrade', 'add-ons-included-are-removed'],
  'place-order': [
    'admin-downtime',
    'users-keep-access',
    'do-not-reassign-during-switch',
    'billing-switchover',
    'service-assignments-reset',
    'public-website-domain-first',
  ],
  'change-plan': [
    'admin-downtime',
    'users-keep-access',
    'do-not-reassign-during-switch',
    'billing-switchover',
    'service-assignments-reset',
    'public-website-domain-first',
  ],
  'check-status': ['typical-duration', 'prorated-credit-invoice'],
  'backup-data': ['backup-before-cross-family', 'backup-before-fewer-services'],
  'buy-subscription': ['invoice-credit-check', 'e4-to-e3-loses-features', 'teams-suite-new-customers', 'teams-suite-existing-customers'],
  'reassign-licenses': ['bulk-reassign-with-powershell'],
  'move-custom-domain': ['custom-domain-downtime'],
  'cancel-old-subscription': ['cross-family-no-return', 'mca-refund-window', 'mosa-cancel-license-limit', 'domain-before-cancel'],
};

function cancelParams(facts: TenantFacts): StepParams {
  const { currentPlan, billingAccountType } = facts;
  const licenses = licenseCount(facts);
  const limit = LIMITS.mosaOnlineCancelLicenses.value;
  const reduce = billingAccountType !== 'mca' && licenses !== undefined && licenses > limit ? { reduceLicensesTo: limit } : {};
  return { currentPlan, ...(billingAccountType === undefined ? {} : { billingAccountType }), ...reduce };
}

function paramsFor(id: StepId, facts: TenantFacts): StepParams {
  const { currentPlan, targetPlan } = facts;
  const withTarget = targetPlan === undefined ? {} : { targetPlan };
  const licenses = licenseCount(facts);
  const withLicenses = licenses === undefined ? {} : { expectedLicenses: licenses };
  switch (id) {
    case 'select-subscription':
      return { currentPlan };
    case 'cancel-old-subscription':
      return cancelParams(facts);
    case 'choose-target':
    case 'choose-upgrade':
      return { currentPlan, ...withTarget };
    case 'choose-options':
      return { currentPlan, ...withTarget, ...withLicenses };
    case 'review-cart':
    case 'verify-licenses':
      return { ...withTarget, ...withLicenses };
    case 'buy-subscription':
      return { ...withTarget, ...withLicenses };
    case 'backup-data':
      return { backupBecause: losesDataServices(facts) ? 'fewer-services' : 'other-family' };
    case 'reassign-licenses': {
      if (facts.licensedUsers === undefined) return { usersPerBatch: USERS_PER_BATCH };
      if (facts.licensedUsers <= USERS_PER_BATCH) return { usersPerBatch: USERS_PER_BATCH, usePowerShell: false };
      return {
        usersPerBatch: USERS_PER_BATCH,
        usePowerShell: true,
        powerShellCommand: BULK_LICENSE_COMMAND,
        groupBasedLicensing: true,
      };
    }
    default:
      return {};
  }
}

/** Steps that only apply in some situations: a backup before losing data, the domain across 2013 families. */
function stepApplies(id: StepId, facts: TenantFacts): boolean {
  if (id === 'backup-data') return crossesFamilies(facts) || losesDataServices(facts);
  if (id === 'move-custom-domain') return facts.customDomain === true && crossesFamilies(facts);
  return true;
}

function stepIdsFor(path: UpgradePath, facts: TenantFacts): readonly StepId[] {
  if (path === 'manual') return MANUAL_STEP_IDS;
  return facts.billingAccountType === 'mca' ? MCA_UPGRADE_STEP_IDS : MOSA_UPGRADE_STEP_IDS;
}

function buildSteps(ids: readonly StepId[], facts: TenantFacts, warnings: ReadonlySet<WarningId>): Step[] {
  return ids
    .filter((id) => stepApplies(id, facts))
    .map((id) => {
      const info = STEPS[id];
      const [source] = info.sources;
      if (source === undefined) throw new Error(`Step ${id} has no source`);
      return {
        id,
        source,
        sources: [...info.sources],
        warnings: (STEP_WARNINGS[id] ?? []).filter((warning) => warnings.has(warning)),
        ...(info.adminCenter === undefined ? {} : { adminCenter: info.adminCenter }),
        notes: [...info.notes],
        params: paramsFor(id, facts),
      };
    });
}

/**
 * The steps the admin follows on this path, as the admin center is today: MOSA (or an account not
 * named) through View upgrades recommended for your org, MCA through Change to a different
 * subscription option (MSD-2024); after blockers are resolved the same automatic steps apply.
 */
export function walkthrough(path: UpgradePath, input: TenantFacts): Step[] {
  if (path === 'contact-partner') return [];
  const facts = TenantFactsSchema.parse(input);
  return buildSteps(stepIdsFor(path, facts), facts, new Set(applicableWarnings(path, facts)));
}

/** The 2020 Upgrade tab and Cart (seed 000), for "how did this look before?": history, not today's steps. */
export function upgradeTabWalkthrough2020(input: TenantFacts): Step[] {
  const facts = TenantFactsSchema.parse(input);
  const warnings = new Set<WarningId>(['e4-to-e3-loses-features', 'cannot-remove-licenses-during-upgrade', 'add-ons-included-are-removed']);
  return buildSteps(UPGRADE_TAB_2020_STEP_IDS, facts, warnings).map((step) => ({ ...step, source: '000', sources: ['000'] }));
}

/**
 * What the steps of a path need to know before they start: the billing account (its pages and
 * cancellation rules differ), and for the manual steps how it was bought, the new plan, the head
 * count and, across 2013 families, the custom domain.
 */
export function walkthroughNeeds(path: UpgradePath, facts: Partial<TenantFacts>): FactKey[] {
  if (path === 'contact-partner') return [];
  if (path !== 'manual') return ['billingAccountType'];
  const needs: FactKey[] = ['purchaseChannel', 'targetPlan', 'licensedUsers', 'billingAccountType'];
  if (facts.currentPlan !== undefined && crossesFamilies(facts as TenantFacts)) needs.push('customDomain');
  return needs;
}
