import { messagesFor, type Language } from '../i18n/index.js';
import { adaptiveCard, bulletList, heading, submitAction, type AdaptiveCardJson } from './adaptive-card.js';

/** A typed fact that contradicts an earlier answer: the two side by side, and which one holds. */
export function buildConflictCard(lang: Language, lines: readonly string[]): AdaptiveCardJson {
  const { intake } = messagesFor(lang);
  return adaptiveCard(
    [heading(intake.conflict.title), bulletList([...lines])],
    [
      submitAction(intake.conflict.useNew, { action: 'conflict', choice: 'new' }, { style: 'positive' }),
      submitAction(intake.conflict.keepBefore, { action: 'conflict', choice: 'before' }),
    ],
    intake.conflict.title,
  );
}
