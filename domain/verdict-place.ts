import type { AdminCenterPlaceId } from './admin-center-places.js';
import type { BillingAccountType } from './base-facts.js';
import { isAutomaticPath } from './path-precedence.js';
import type { UpgradePath } from './paths.js';
import type { SourceId } from './sources.js';

/**
 * Where in the admin center a verdict is acted on, so every answer (an all-clear too) names the
 * place and the source that shows it. The trails are the steps' own places (MSD-2024, 2024-12-05):
 * MOSA through View upgrades recommended for your org, MCA through Change to a different
 * subscription option, a manual change starting by buying the new plan.
 */
export interface VerdictPlace {
  /** The automatic change on a MOSA or an MCA billing account, or buying the new plan for a manual change. */
  kind: BillingAccountType | 'buy-new-plan';
  /** From the admin center's menu to the button, in the order the admin clicks. */
  trail: readonly AdminCenterPlaceId[];
  sources: readonly SourceId[];
}

const MOSA_TRAIL: VerdictPlace = {
  kind: 'mosa',
  trail: ['billing-your-products', 'product-details-and-upgrades', 'view-upgrades'],
  sources: ['MSD-2024'],
};
const MCA_TRAIL: VerdictPlace = {
  kind: 'mca',
  trail: ['billing-your-products', 'other-subscription-options', 'change-subscription-option'],
  sources: ['MSD-2024'],
};
const BUY_TRAIL: VerdictPlace = { kind: 'buy-new-plan', trail: ['purchase-services'], sources: ['MSD-2024'] };

/** The places for this path; both accounts' trails while the billing account is not known. A partner's change has none. */
export function verdictPlaces(path: UpgradePath, billingAccountType: BillingAccountType | undefined): VerdictPlace[] {
  if (isAutomaticPath(path)) {
    if (billingAccountType === 'mosa') return [MOSA_TRAIL];
    if (billingAccountType === 'mca') return [MCA_TRAIL];
    return [MOSA_TRAIL, MCA_TRAIL];
  }
  return path === 'manual' ? [BUY_TRAIL] : [];
}
