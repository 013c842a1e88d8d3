import { FAMILIES, PLANS, upgradeTargets, type PlanId, type TenantFacts } from '../domain/index.js';
import { messagesFor, planName, type Language } from '../i18n/index.js';
import type { Choice } from './adaptive-card.js';

const FAMILY_ORDER = new Map(FAMILIES.map((family, index) => [family, index]));

/** Plans grouped by family (today's business plans first, the 2013 families last), table order inside. */
const PLANS_BY_FAMILY = [...PLANS].sort((a, b) => (FAMILY_ORDER.get(a.family) ?? 0) - (FAMILY_ORDER.get(b.family) ?? 0));
const SOLD = PLANS_BY_FAMILY.filter((plan) => plan.status === 'sold');
const RETIRED = PLANS_BY_FAMILY.filter((plan) => plan.status === 'retired');

export interface PlanChoiceOptions {
  /** Add the retired plans after today's, marked (a support agent's form); admins type an older plan's name. */
  includeRetired?: boolean;
}

/**
 * The plans to offer for a plan question: today's plans. For the wanted plan, the automatic targets
 * from the current plan come first and are marked, and the current plan itself is left out; a
 * retired plan is never offered as a target.
 */
export function planChoices(
  lang: Language,
  fact: 'currentPlan' | 'targetPlan',
  facts: Partial<TenantFacts>,
  { includeRetired = false }: PlanChoiceOptions = {},
): Choice[] {
  const messages = messagesFor(lang);
  const toChoice = (id: PlanId, mark?: string): Choice => ({
    title: mark === undefined ? planName(messages, id) : `${planName(messages, id)} ${mark}`,
    value: id,
  });
  const current = facts.currentPlan;
  if (fact === 'currentPlan' || current === undefined) {
    const retired = fact === 'currentPlan' && includeRetired ? RETIRED.map((plan) => toChoice(plan.id, messages.ui.retiredPlanMark)) : [];
    return [...SOLD.map((plan) => toChoice(plan.id)), ...retired];
  }
  const automatic = upgradeTargets(current);
  const others = SOLD.filter((plan) => plan.id !== current && !automatic.includes(plan.id));
  return [...automatic.map((id) => toChoice(id, messages.ui.automaticTargetMark)), ...others.map((plan) => toChoice(plan.id))];
}
