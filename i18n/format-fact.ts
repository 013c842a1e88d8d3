import type { FactKey, TenantFacts } from '../domain/index.js';
import type { Messages } from './messages.js';
import { planName } from './plan-names.js';

/** A fact's answer in words ("Office 365 Enterprise E3", "Yes", "Through a partner", "250"), or undefined if unanswered. */
export function formatFactValue(messages: Messages, facts: Partial<TenantFacts>, key: FactKey): string | undefined {
  switch (key) {
    case 'currentPlan':
    case 'targetPlan': {
      const plan = facts[key];
      return plan === undefined ? undefined : planName(messages, plan);
    }
    case 'adminRole': {
      const role = facts.adminRole;
      return role === undefined ? undefined : messages.choices.adminRole[role];
    }
    case 'purchaseChannel': {
      const channel = facts.purchaseChannel;
      return channel === undefined ? undefined : messages.choices.purchaseChannel[channel];
    }
    case 'billingAccountType': {
      const account = facts.billingAccountType;
      return account === undefined ? undefined : messages.choices.billingAccountType[account];
    }
    case 'commitmentTerm': {
      const term = facts.commitmentTerm;
      return term === undefined ? undefined : messages.choices.commitmentTerm[term];
    }
    case 'licensedUsers':
    case 'licensesPurchased':
    case 'licensesAssigned': {
      const count = facts[key];
      return count === undefined ? undefined : new Intl.NumberFormat(messages.language).format(count);
    }
    default: {
      const flag = facts[key];
      if (flag === undefined) return undefined;
      return flag ? messages.ui.buttons.yes : messages.ui.buttons.no;
    }
  }
}
