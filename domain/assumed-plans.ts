import type { PlanId } from './plans.js';
import type { TenantFacts } from './tenant-facts.js';
import { normalizeText } from './text-normalize.js';

/**
 * "E3" or "E5" typed alone is read as the Office 365 plan (the table's convention), though a
 * Microsoft 365 plan has the same letters: the bot says so in one line and how to change it.
 */
export interface AssumedPlan {
  /** What was typed, as the admin wrote it ("E3"). */
  typed: string;
  taken: PlanId;
  /** The other plan it could be. */
  alternative: PlanId;
}

const OTHER_READING: Partial<Record<PlanId, PlanId>> = { 'o365-enterprise-e3': 'm365-e3', 'o365-e5': 'm365-e5' };
const BARE_CODE = /(?<= )e ?[35](?= )/g;
const SUITE_NAMED = / (?:office ?365|o ?365|microsoft ?365|m ?365|enterprise) (?:enterprise )?e ?[35] /;

export function assumedPlans(text: string, facts: Partial<TenantFacts>): AssumedPlan[] {
  const normalized = normalizeText(text);
  if (SUITE_NAMED.test(normalized)) return [];
  const codes = new Set((normalized.match(BARE_CODE) ?? []).map((code) => code.replace(' ', '').toUpperCase()));
  return [...new Set([facts.currentPlan, facts.targetPlan])].flatMap((plan) => {
    const alternative = plan === undefined ? undefined : OTHER_READING[plan];
    const typed = [...codes].find((code) => plan?.endsWith(code.toLowerCase()));
    return plan !== undefined && alternative !== undefined && typed !== undefined ? [{ typed, taken: plan, alternative }] : [];
  });
}
