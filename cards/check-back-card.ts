import type { CheckBack } from '../domain/index.js';
import { formatTime, messagesFor, planName, type Language, type ReaderClock } from '../i18n/index.js';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCardJson } from './adaptive-card.js';

/** Said when the check-back is booked: when it will come, and a button to cancel it. */
export function buildCheckBackScheduledCard(lang: Language, checkBack: CheckBack, clock: ReaderClock): AdaptiveCardJson {
  const { checkBack: words } = messagesFor(lang).desk;
  const text = words.scheduled(formatTime(clock, checkBack.dueAt));
  return adaptiveCard([textBlock(text)], [submitAction(words.cancelButton, { action: 'check-back', choice: 'cancel' })], text);
}

/** The message an hour after the order: has the change finished? */
export function buildCheckBackQuestionCard(lang: Language, checkBack: CheckBack): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const words = messages.desk.checkBack;
  const { currentPlan, targetPlan } = checkBack;
  const change =
    currentPlan !== undefined && targetPlan !== undefined ? `${planName(messages, currentPlan)} → ${planName(messages, targetPlan)}` : undefined;
  const question = words.question(change);
  return adaptiveCard(
    [textBlock(question, { weight: 'bolder' })],
    [
      submitAction(words.finishedButton, { action: 'check-back', choice: 'finished' }, { style: 'positive' }),
      submitAction(words.notFinishedButton, { action: 'check-back', choice: 'not-finished' }),
    ],
    question,
  );
}

/** Not finished after the hour: the seeds' advice and the way to support. */
export function buildCheckBackAdviceCard(lang: Language): AdaptiveCardJson {
  const { checkBack: words } = messagesFor(lang).desk;
  return adaptiveCard([textBlock(words.advice), textBlock(words.supportRoute, { spacing: 'medium' })], [], words.advice);
}
