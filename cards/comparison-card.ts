import { hasKnownServices, PLANS, type ComparisonAsked, type PlanId, type Service } from '../domain/index.js';
import { messagesFor, planName, type Language } from '../i18n/index.js';
import { adaptiveCard, bulletList, heading, subtleText, textBlock, type AdaptiveCardJson, type CardElement } from './adaptive-card.js';
import { Citations } from './citations.js';

export interface PlanComparison {
  from: PlanId;
  to: PlanId;
  gained: readonly Service[];
  lost: readonly Service[];
}

export interface ComparisonCardOptions {
  /** Where the admin was when they asked: one line says so, instead of that card again. */
  backTo?: string;
}

const names = (services: readonly Service[]) => services.map((service) => service.name);

/**
 * "What do we lose going from E3 to E1?": the services users gain and lose, from the licensing
 * reference's service plans (LIC-REF), and what losing any means for the change (MSD-2024: fewer
 * services is a manual change). A question about plans, never a fact about the tenant: the card says so.
 */
export function buildComparisonCard(lang: Language, comparison: PlanComparison, options: ComparisonCardOptions = {}): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const words = messages.answers.comparison;
  const citations = new Citations();
  const title = words.heading(planName(messages, comparison.from), planName(messages, comparison.to));
  const body: CardElement[] = [heading(title)];
  body.push(textBlock(`**${words.gained}** ${citations.cite(['LIC-REF'])}`));
  body.push(comparison.gained.length > 0 ? bulletList(names(comparison.gained)) : textBlock(words.nothingGained));
  body.push(textBlock(`**${words.lost}**`));
  body.push(comparison.lost.length > 0 ? bulletList(names(comparison.lost)) : textBlock(words.nothingLost));
  body.push(textBlock(`${comparison.lost.length > 0 ? words.fewerServices : words.sameOrMore} ${citations.cite(['MSD-2024'])}`));
  body.push(subtleText(words.notAFact));
  if (options.backTo !== undefined) body.push(textBlock(messages.answers.backTo(options.backTo), { isSubtle: true, separator: true }));
  body.push(subtleText(`${messages.ui.diagnosis.sourcesTitle}\n${citations.lines(messages).join('\n')}`));
  return adaptiveCard(body, [], title);
}

/** The plans it can compare: every plan whose services the licensing reference lists. */
export function comparablePlanNames(lang: Language): string {
  const messages = messagesFor(lang);
  return PLANS.filter((plan) => hasKnownServices(plan.id))
    .map((plan) => planName(messages, plan.id))
    .join(', ');
}

/** A comparison it cannot make: the same plan twice, or a plan it has no services for; and what it can compare. */
export function comparisonRefusal(lang: Language, asked: Exclude<ComparisonAsked, { kind: 'compare' }>): string {
  const messages = messagesFor(lang);
  const words = messages.answers.comparison;
  if (asked.kind === 'same-plan') return words.samePlan(planName(messages, asked.plan));
  const unknown = [...asked.named.map((plan) => planName(messages, plan)), ...asked.unrecognised];
  const why = unknown.length > 0 ? words.unknownPlan(unknown.join(', ')) : words.onePlan;
  return `${why} ${words.canCompare(comparablePlanNames(lang))}`;
}
