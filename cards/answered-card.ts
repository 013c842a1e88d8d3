import { adaptiveCard, factSet, heading, type AdaptiveCardJson } from './adaptive-card.js';

/**
 * A question card once answered, in Teams (which can update a sent card): the question and the
 * answers as given, without inputs or buttons, so the chat reads like a conversation and an old
 * card cannot be clicked again.
 */
export function buildAnsweredCard(question: string, answers: readonly { title: string; value: string }[]): AdaptiveCardJson {
  return adaptiveCard([heading(question, 'default'), factSet([...answers])], [], question);
}
