import type { Step, TenantFacts } from '../domain/index.js';
import type { Messages, StepTextInput } from './messages.js';
import { planName } from './plan-names.js';

/**
 * Turns a step's params into what the catalog's instructions need: plan ids become names in the
 * language. The tenant's facts fill in plans the step's params leave out, so every step can name them.
 */
export function stepTextInput(messages: Messages, step: Step, facts?: Partial<TenantFacts>): StepTextInput {
  const { currentPlan, targetPlan, ...numbers } = step.params;
  const current = currentPlan ?? facts?.currentPlan;
  const target = targetPlan ?? facts?.targetPlan;
  return {
    ...numbers,
    ...(current === undefined ? {} : { currentPlanName: planName(messages, current) }),
    ...(target === undefined ? {} : { targetPlanName: planName(messages, target) }),
  };
}
