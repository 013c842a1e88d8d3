import type { SourceId } from './sources.js';

/** The numbers the documents give, with where each comes from, so the words never drift from the rules. */
export const LIMITS = {
  /** Seed 002: the 2013 wizard refused subscriptions with more than 300 users (seed 000 set none for E4). */
  wizardUsers: { value: 300, sources: ['002'] },
  /** Seed 002: Small Business after the service update was capped at 25 users. */
  smallBusinessUsers: { value: 25, sources: ['002'] },
  /**
   * BP-FAQ: up to 300 Business Premium licenses; Business Standard "supports up to 300 users"
   * (LEARN-BIZ-STD); "Microsoft 365 Business suites (up to 300 users)" (TEAMS-INCL), so Basic too.
   */
  businessPlanLicenses: { value: 300, sources: ['BP-FAQ', 'LEARN-BIZ-STD', 'TEAMS-INCL'] },
  /** Seed 000: the admin center reassigned licenses for up to 20 users at a time (no newer source gives a number). */
  usersPerBatch: { value: 20, sources: ['000'] },
  /** MSD-2024: a credit check can take up to two working days (seed 000 said the same). */
  creditCheckBusinessDays: { value: 2, sources: ['MSD-2024', '000'] },
  /** Seed 002 (older, kept as a note): a credit check could take up to two weeks. */
  creditCheckWeeks2013: { value: 2, sources: ['002'] },
  /** MSD-2024: the change between plans can take up to an hour; the subscription page is locked meanwhile. */
  planChangeMaxMinutes: { value: 60, sources: ['MSD-2024'] },
  /** Seeds 000 and 002 (history): a plan change typically took less than ten minutes. */
  typicalUpgradeMinutes: { value: 10, sources: ['000', '002'] },
  /** Seed 002: still showing as in progress after an hour, contact support. */
  contactSupportAfterMinutes: { value: 60, sources: ['002'] },
  /** MSD-2024: a new invoice with the credit for the old subscription comes within 30 days. */
  newInvoiceDays: { value: 30, sources: ['MSD-2024'] },
  /** MSD-CANCEL: on MOSA, a subscription with up to 25 licenses can be cancelled online; reduce to 25 first otherwise. */
  mosaOnlineCancelLicenses: { value: 25, sources: ['MSD-CANCEL'] },
  /** MSD-CANCEL and MSD-2024: on MCA, a prorated credit or refund only within seven days of the start or renewal. */
  mcaRefundDays: { value: 7, sources: ['MSD-CANCEL', 'MSD-2024'] },
  /** MSD-CANCEL: data left behind after cancelling is deleted no later than 180 days after. */
  dataDeletedWithinDays: { value: 180, sources: ['MSD-CANCEL'] },
  /** MSD-CANCEL: data left behind might be deleted 30 days after cancelling. */
  dataMayBeDeletedAfterDays: { value: 30, sources: ['MSD-CANCEL'] },
  /** MSD-LICENSES: on MCA, licenses can be removed only within seven days of buying them or of the renewal. */
  mcaLicenseReductionDays: { value: 7, sources: ['MSD-LICENSES'] },
  /** MSD-CANCEL: bought through a partner in Chile, ten days to cancel for a prorated refund. */
  chilePartnerCancelDays: { value: 10, sources: ['MSD-CANCEL'] },
  /** MSD-TRY-BUY: a trial comes with 25 free licenses while it lasts. */
  trialLicenses: { value: 25, sources: ['MSD-TRY-BUY'] },
  /** Partner guidance (rhipe): new commerce started in 2021 with a 72-hour cancel window, later seven days. */
  nceLaunchCancelHours: { value: 72, sources: ['PARTNER-RHIPE-CANCEL'] },
  /** Community post (2025): the nonprofit grant of 10 free Business Premium licenses ended. */
  nonprofitPremiumGrantLicenses: { value: 10, sources: ['COMMUNITY-NONPROFIT-2025'] },
  /** Community post (2025): Business Basic stays granted to nonprofits for up to 300 users. */
  nonprofitBasicGrantUsers: { value: 300, sources: ['COMMUNITY-NONPROFIT-2025'] },
} as const satisfies Record<string, { value: number; sources: readonly SourceId[] }>;

export type LimitId = keyof typeof LIMITS;

export const WIZARD_USER_LIMIT = LIMITS.wizardUsers.value;
export const SMALL_BUSINESS_USER_CAP = LIMITS.smallBusinessUsers.value;
export const USERS_PER_BATCH = LIMITS.usersPerBatch.value;
