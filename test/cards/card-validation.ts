import * as AC from 'adaptivecards';
import type { AdaptiveCardJson } from '../../cards/index.js';

export interface CardProblem {
  phase: 'parse' | 'validate';
  event: string;
  message: string;
}

/**
 * Parses a card with the official adaptivecards library and returns every parse event and every
 * validateProperties() failure: an empty list means the card is valid as far as the library can tell.
 */
export function cardProblems(json: AdaptiveCardJson): CardProblem[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: CardProblem[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push({ phase: 'parse', event: AC.ValidationEvent[event.event] ?? String(event.event), message: event.message });
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push({ phase: 'validate', event: AC.ValidationEvent[event.event] ?? String(event.event), message: event.message });
  }
  return problems;
}

/** The parsed card, to ask the library what it understood (actions, inputs). */
export function parseCard(json: AdaptiveCardJson): AC.AdaptiveCard {
  const card = new AC.AdaptiveCard();
  card.parse(json, new AC.SerializationContext());
  return card;
}
