import type { SourceId } from './sources.js';

/** The numbers the documents give, with where each comes from, so the words never drift from the rules. */
export const LIMITS = {
  /** Seed 002: the automatic switch refuses subscriptions with more than 300 users (not E4, seed 000). */
  wizardUsers: { value: 300, sources: ['002'] },
  /** Seed 002: Small Business after the service update is capped at 25 users. */
  smallBusinessUsers: { value: 25, sources: ['002'] },
  /** Seed 000: the admin center reassigns licenses for up to 20 users at a time. */
  usersPerBatch: { value: 20, sources: ['000'] },
  /** Seed 000: a credit check can delay the upgrade by up to two business days. */
  creditCheckBusinessDays: { value: 2, sources: ['000'] },
  /** Seed 002 (older, kept as a note): a credit check could take up to two weeks. */
  creditCheckWeeks2013: { value: 2, sources: ['002'] },
  /** Seeds 000 and 002: a plan change typically takes less than ten minutes. */
  typicalUpgradeMinutes: { value: 10, sources: ['000', '002'] },
  /** Seed 002: still showing as in progress after an hour, contact support. */
  contactSupportAfterMinutes: { value: 60, sources: ['002'] },
} as const satisfies Record<string, { value: number; sources: readonly SourceId[] }>;

export type LimitId = keyof typeof LIMITS;

export const WIZARD_USER_LIMIT = LIMITS.wizardUsers.value;
export const SMALL_BUSINESS_USER_CAP = LIMITS.smallBusinessUsers.value;
export const USERS_PER_BATCH = LIMITS.usersPerBatch.value;
