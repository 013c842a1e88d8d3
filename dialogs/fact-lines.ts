import { FACT_KEYS, type TenantFacts } from '../domain/index.js';
import { formatFactValue, type Messages } from '../i18n/index.js';

/** "Users on the subscription: 350" for each fact given, in the facts' order: what the bot read, said back. */
export function factLines(messages: Messages, facts: Partial<TenantFacts>): string[] {
  return FACT_KEYS.flatMap((fact) => {
    const value = formatFactValue(messages, facts, fact);
    return value === undefined ? [] : [`${messages.facts[fact].label}: ${value}`];
  });
}
