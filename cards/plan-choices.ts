import { FAMILIES, PLANS, upgradeTargets, type PlanId, type TenantFacts } from '../domain/index.js';
import { messagesFor, planName, type Language } from '../i18n/index.js';
import type { Choice } from './adaptive-card.js';

const FAMILY_ORDER = new Map(FAMILIES.map((family, index) => [family, index]));

/** Plans grouped by family (Small Business first, standalone services last), catalog order inside. */
const PLANS_BY_FAMILY = [...PLANS].sort(
  (a, b) => (FAMILY_ORDER.get(a.family) ?? 0) - (FAMILY_ORDER.get(b.family) ?? 0),
);

/**
 * The plans to offer for a plan question. For the wanted plan, the Upgrade tab's targets from the
 * current plan come first and are marked, the current plan itself is left out.
 */
export function planChoices(lang: Language, fact: 'currentPlan' | 'targetPlan', facts: Partial<TenantFacts>): Choice[] {
  const messages = messagesFor(lang);
  const toChoice = (id: PlanId, mark?: string): Choice => ({
    title: mark === undefined ? planName(messages, id) : `${planName(messages, id)} ${mark}`,
    value: id,
  });
  const current = facts.currentPlan;
  if (fact === 'currentPlan' || current === undefined) return PLANS_BY_FAMILY.map((plan) => toChoice(plan.id));
  const automatic = upgradeTargets(current);
  const others = PLANS_BY_FAMILY.filter((plan) => plan.id !== current && !automatic.includes(plan.id));
  return [
    ...automatic.map((id) => toChoice(id, messages.ui.automaticTargetMark)),
    ...others.map((plan) => toChoice(plan.id)),
  ];
}
