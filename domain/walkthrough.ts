import { applicableWarnings, crossesFamilies } from './applicable-warnings.js';
import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { NoteId } from './notes.js';
import type { UpgradePath } from './paths.js';
import type { PlanId } from './plans.js';
import type { SourceId } from './sources.js';
import { USERS_PER_BATCH } from './limits.js';
import { MANUAL_STEP_IDS, STEPS, UPGRADE_TAB_STEP_IDS, type StepId } from './steps.js';
import { TenantFactsSchema, type TenantFacts } from './tenant-facts.js';
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
}

export interface Step {
  id: StepId;
  /** Primary source, e.g. '000'. */
  source: SourceId;
  sources: SourceId[];
  warnings: WarningId[];
  adminCenter?: AdminCenterPlaceId;
  notes: NoteId[];
  params: StepParams;
}

/** Which step each warning belongs to, so the bot says it at the moment it matters. */
const STEP_WARNINGS: Partial<Record<StepId, readonly WarningId[]>> = {
  'choose-target': ['e4-to-e3-loses-features'],
  'review-cart': ['cannot-remove-licenses-during-upgrade', 'add-ons-included-are-removed'],
  'review-checkout': ['invoice-credit-check'],
  'place-order': [
    'admin-downtime',
    'users-keep-access',
    'do-not-reassign-during-switch',
    'billing-switchover',
    'public-website-domain-first',
  ],
  'check-status': ['typical-duration'],
  'backup-data': ['backup-before-cross-family'],
  'buy-subscription': ['invoice-credit-check', 'e4-to-e3-loses-features'],
  'reassign-licenses': ['bulk-reassign-with-powershell'],
  'move-custom-domain': ['custom-domain-downtime'],
  'cancel-old-subscription': ['cross-family-no-return'],
};

/** The new subscription should hold as many licenses as the old one (seed 000, step 2). */
function expectedLicenses(facts: TenantFacts): number | undefined {
  return facts.licensesPurchased ?? facts.licensedUsers;
}

function paramsFor(id: StepId, facts: TenantFacts): StepParams {
  const { currentPlan, targetPlan } = facts;
  const withTarget = targetPlan === undefined ? {} : { targetPlan };
  const licenses = expectedLicenses(facts);
  const withLicenses = licenses === undefined ? {} : { expectedLicenses: licenses };
  switch (id) {
    case 'select-subscription':
    case 'cancel-old-subscription':
      return { currentPlan };
    case 'choose-target':
      return { currentPlan, ...withTarget };
    case 'review-cart':
    case 'verify-licenses':
      return withLicenses;
    case 'buy-subscription':
      return { ...withTarget, ...withLicenses };
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

/** Steps that only apply in some situations (seed 002: backups and domains across families). */
function stepApplies(id: StepId, facts: TenantFacts): boolean {
  if (id === 'backup-data') return crossesFamilies(facts);
  if (id === 'move-custom-domain') return facts.customDomain === true && crossesFamilies(facts);
  return true;
}

/** The steps the admin follows on this path; after blockers are resolved the Upgrade tab steps apply. */
export function walkthrough(path: UpgradePath, input: TenantFacts): Step[] {
  if (path === 'contact-partner') return [];
  const facts = TenantFactsSchema.parse(input);
  const ids: readonly StepId[] = path === 'manual' ? MANUAL_STEP_IDS : UPGRADE_TAB_STEP_IDS;
  const warnings = new Set(applicableWarnings(path, facts));
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
