import type { Diagnosis } from './diagnosis.js';
import { isAutomaticPath } from './path-precedence.js';
import { comparePlans } from './services.js';
import type { SourceId } from './sources.js';
import type { TenantFacts } from './tenant-facts.js';

/**
 * What a plan change does to the subscription's term, billing and cancel window: the commercial
 * half of the answer, beside the verdict. Each effect with the sources it rests on; partners'
 * published guidance only where Microsoft's pages are silent, and the words say it is theirs.
 */
export const TERM_EFFECT_IDS = [
  /** MOSA, automatic: billing moves to the new plan the day it completes, prorated credit, invoice within 30 days. */
  'billing-switches-on-completion',
  /** MCA, automatic: now or scheduled, with the licenses, the term and the billing frequency chosen on the page. */
  'mca-choose-when-and-term',
  /** Bought through a partner: partners say an upgrade keeps the term and end date, and cannot be undone. */
  'partner-upgrade-keeps-term',
  /** Fewer services: on a term commitment, lowering the old plan waits for its renewal (after the first seven days on MCA). */
  'smaller-plan-at-renewal',
  /** Fewer services on a monthly term: the renewal a reduction waits for is at most a month away. */
  'smaller-plan-monthly',
  /** Manual: cancelling the old plan refunds only within its window on MCA, prorated on MOSA. */
  'old-plan-cancel-window',
] as const;
export type TermEffectId = (typeof TERM_EFFECT_IDS)[number];

export const TERM_EFFECTS: Record<TermEffectId, { sources: readonly SourceId[] }> = {
  'billing-switches-on-completion': { sources: ['MSD-2024'] },
  'mca-choose-when-and-term': { sources: ['MSD-2024', 'MSD-BILLING-FREQUENCY', 'MSD-SCHEDULED'] },
  'partner-upgrade-keeps-term': { sources: ['MSD-CANCEL', 'PARTNER-CLOUDCOCKPIT-UPGRADE', 'PARTNER-CLOUDMORE-UPGRADE'] },
  'smaller-plan-at-renewal': { sources: ['MSD-LICENSES', 'PARTNER-RHIPE-CANCEL', 'PARTNER-INTERWORKS-UPGRADE'] },
  'smaller-plan-monthly': { sources: ['MSD-LICENSES'] },
  'old-plan-cancel-window': { sources: ['MSD-CANCEL', 'MSD-2024'] },
};

/**
 * Whether the term would change the answer and is not known yet: only when the wanted plan has
 * fewer services (a smaller plan waits for the renewal, which a monthly term brings within a month).
 * The intake asks it then, and only then.
 */
export function termWouldChangeAnswer(facts: TenantFacts, diagnosis: Diagnosis): boolean {
  return facts.commitmentTerm === undefined && termEffects(facts, diagnosis).includes('smaller-plan-at-renewal');
}

/**
 * The term effects that apply to this change, from what the conversation knows: how it was bought,
 * the billing account, the path, the term and whether the wanted plan has fewer services. None for volume
 * licensing (the account representative decides) or when the plan is not known.
 */
export function termEffects(facts: TenantFacts, diagnosis: Diagnosis): TermEffectId[] {
  if (facts.purchaseChannel === 'volume-licensing') return [];
  const effects: TermEffectId[] = [];
  const automatic = isAutomaticPath(diagnosis.path);
  if (facts.purchaseChannel === 'partner') effects.push('partner-upgrade-keeps-term');
  else if (automatic && facts.billingAccountType === 'mca') effects.push('mca-choose-when-and-term');
  else if (automatic) effects.push('billing-switches-on-completion');
  // The term decides what a smaller plan waits for; unknown, the answer says what an annual or three-year term does.
  if (facts.targetPlan !== undefined && comparePlans(facts.currentPlan, facts.targetPlan).lost.length > 0) {
    effects.push(facts.commitmentTerm === 'monthly' ? 'smaller-plan-monthly' : 'smaller-plan-at-renewal');
  }
  if (diagnosis.path === 'manual' && facts.purchaseChannel !== 'partner') effects.push('old-plan-cancel-window');
  return effects;
}
