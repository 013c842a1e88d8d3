import type { Messages } from '../i18n/index.js';
import { subtleText, type TextBlock } from './adaptive-card.js';

/** "About 3 questions left" under a question, when the intake can tell. */
export function questionsLeftLine(messages: Messages, questionsLeft: number | undefined): TextBlock[] {
  return questionsLeft === undefined || questionsLeft < 1 ? [] : [subtleText(messages.intake.questionsLeft(questionsLeft))];
}
