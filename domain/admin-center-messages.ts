import type { ReasonId } from './reasons.js';
import type { TenantFacts } from './tenant-facts.js';

/**
 * What the admin center says when it cannot change plans, one record an issue. Today's list is
 * MSD-2024's "Why can't I change plans?" table (MOSA accounts; the link **View upgrades recommended
 * for your org** is greyed out); the 2020 **Upgrade** tab showed the older wordings of the same
 * issues, plus two of its own. Microsoft's wording in each language, as an admin would paste it,
 * lives in the vocabularies (`adminCenterMessages`); `readAdminCenterMessage` recognises it.
 *
 * `implies` are the facts the message states, chosen so that `diagnose` shows `reason`:
 * - "more users than licenses" is a comparison, not a count: it sets `moreUsersThanLicenses`, the
 *   yes/no fact license-conflict owns beside the two counts (no count is made up). Counts already
 *   known both take precedence: a dialog that reads this message after counts were given should
 *   ask which holds, or clear them.
 * - A row naming two causes ("isn't fully set up or the service isn't available"; "another plan is
 *   being changed or a credit check is pending") maps to the cause its resolution speaks of
 *   (service health; the credit check). Both causes of each row are 'wait' reasons, so the path is
 *   the same whichever it is.
 * - "The plan that you want to change to isn't a supported option" depends on the wanted plan: it
 *   implies nothing, and `diagnose` shows target-fewer-services (or, for plans only older sources
 *   cover, target-not-eligible / target-retired) once the current and wanted plans are known.
 * - None implies the MOSA account, though MSD-2024's table is for MOSA: the doc does not say these
 *   are the page's exact texts, and the account is one question away.
 * - "Your invoice has an unpaid balance" applies only to payment by wire transfer (2025-10-02), so it
 *   implies the invoice channel too.
 * - The 2020 tab's prepaid-plan message maps to a reason no current source repeats: it shows as
 *   history and "no source decides", never as a blocker (see `prepaid-plan`'s scope).
 * - "I have a different problem" maps to no reason and implies nothing.
 */

export const ADMIN_CENTER_MESSAGE_IDS = [
  'more-users-than-licenses',
  'not-set-up-or-unavailable',
  'plan-change-or-credit-check',
  'not-currently-eligible',
  'two-plans-same-product',
  'government-or-nonprofit',
  'target-not-supported',
  'has-add-on',
  'unpaid-balance',
  'different-problem',
  'prepaid-plan',
  'temporary-issue',
] as const;
export type AdminCenterMessageId = (typeof ADMIN_CENTER_MESSAGE_IDS)[number];

/** Where the message shows: today's page (MSD-2024's table), or only the 2020 Upgrade tab. */
export type AdminCenterMessageEra = 'today' | 'upgrade-tab-2020';

export interface AdminCenterMessage {
  id: AdminCenterMessageId;
  era: AdminCenterMessageEra;
  /** The reason it maps to; none for "a different problem". */
  reason?: ReasonId;
  implies: Partial<TenantFacts>;
}

function message(id: AdminCenterMessageId, era: AdminCenterMessageEra, reason: ReasonId | undefined, implies: Partial<TenantFacts>): AdminCenterMessage {
  return { id, era, ...(reason === undefined ? {} : { reason }), implies };
}

export const ADMIN_CENTER_MESSAGES: Readonly<Record<AdminCenterMessageId, AdminCenterMessage>> = {
  'more-users-than-licenses': message('more-users-than-licenses', 'today', 'license-conflict', { moreUsersThanLicenses: true }),
  'not-set-up-or-unavailable': message('not-set-up-or-unavailable', 'today', 'service-health-issue', { serviceHealthIssue: true }),
  'plan-change-or-credit-check': message('plan-change-or-credit-check', 'today', 'credit-check-pending', { creditCheckPending: true }),
  'not-currently-eligible': message('not-currently-eligible', 'today', 'not-currently-eligible', { notCurrentlyEligible: true }),
  'two-plans-same-product': message('two-plans-same-product', 'today', 'multiple-subscriptions-same-product', {
    multipleSubscriptionsSameProduct: true,
  }),
  'government-or-nonprofit': message('government-or-nonprofit', 'today', 'government-or-nonprofit', { governmentOrNonprofit: true }),
  'target-not-supported': message('target-not-supported', 'today', 'target-fewer-services', {}),
  'has-add-on': message('has-add-on', 'today', 'add-on-present', { hasAddOn: true }),
  // The page shows it only to those who pay by wire transfer (MSD-2024, 2025-10-02).
  'unpaid-balance': message('unpaid-balance', 'today', 'unpaid-balance', { unpaidBalance: true, purchaseChannel: 'direct-invoice' }),
  'different-problem': message('different-problem', 'today', undefined, {}),
  'prepaid-plan': message('prepaid-plan', 'upgrade-tab-2020', 'prepaid-plan', { purchaseChannel: 'prepaid-key' }),
  'temporary-issue': message('temporary-issue', 'upgrade-tab-2020', 'service-health-issue', { serviceHealthIssue: true }),
};

/** The messages today's page can show, in MSD-2024's order: the choices to offer an admin. */
export const CURRENT_ADMIN_CENTER_MESSAGE_IDS: readonly AdminCenterMessageId[] = ADMIN_CENTER_MESSAGE_IDS.filter(
  (id) => ADMIN_CENTER_MESSAGES[id].era === 'today',
);
