import { FACTS, type FactKey } from '../domain/index.js';
import type { ChoiceLabels, Messages } from '../i18n/index.js';
import type { Choice } from './adaptive-card.js';

function hasLabels(fact: FactKey): fact is keyof ChoiceLabels {
  return fact === 'adminRole' || fact === 'purchaseChannel' || fact === 'billingAccountType';
}

/** The options of a choice fact, in the domain's order, labelled in the catalog's language. */
export function choiceOptions(messages: Messages, fact: FactKey): Choice[] {
  const spec = FACTS[fact];
  if (spec.kind !== 'choice') return [];
  const labels: Record<string, string> = hasLabels(fact) ? messages.choices[fact] : {};
  // A new domain option without a label shows its id; the catalog tests catch that before release.
  return spec.options.map((option) => ({ title: labels[option] ?? option, value: option }));
}
