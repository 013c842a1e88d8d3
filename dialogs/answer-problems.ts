import type { Messages } from '../i18n/index.js';
import type { AnswerProblem } from './question-prompt.js';

/** The sentence that says why an answer was not taken, before the question comes again. */
export function explainProblem(messages: Messages, problem: AnswerProblem): string {
  const { reprompt } = messages.ui;
  switch (problem) {
    case 'not-a-plan':
      return reprompt.notAPlan;
    case 'not-yes-no':
      return reprompt.notYesNo;
    case 'not-a-number':
      return reprompt.notANumber;
    case 'negative-number':
      return reprompt.negativeNumber;
    case 'not-a-choice':
      return reprompt.notAChoice;
    case 'nothing-picked':
      return messages.intake.choices.pickOne;
    case 'not-which':
      return messages.intake.checklist.whichOnes;
    case 'not-understood':
      return reprompt.notUnderstood;
    case 'stale-card':
      return messages.ui.staleCard;
    case 'invalid-submit':
      return messages.ui.invalidSubmit;
  }
}
