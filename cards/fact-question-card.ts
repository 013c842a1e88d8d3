import { FACTS, type FactKey, type TenantFacts } from '../domain/index.js';
import { messagesFor, type Language } from '../i18n/index.js';
import {
  actionSet,
  adaptiveCard,
  heading,
  submitAction,
  subtleText,
  type AdaptiveCardJson,
  type CardAction,
  type CardElement,
} from './adaptive-card.js';
import { choiceOptions } from './choice-options.js';
import { planChoices } from './plan-choices.js';
import { questionsLeftLine } from './questions-left.js';
import { BOOLEAN_VALUES, SKIP_ANSWER } from './submit-data.js';

export interface FactQuestionOptions {
  /** What is known so far: the wanted-plan list puts the current plan's automatic targets first. */
  facts: Partial<TenantFacts>;
  /** "About 3 questions left", when the intake can tell. */
  questionsLeft?: number;
}

// The answer's input is always called "value", so its content lands in data.value on submit.
const ANSWER_INPUT_ID = 'value';

/** One question about the tenant, with the input that fits the fact's kind. */
export function buildFactQuestionCard(lang: Language, fact: FactKey, { facts, questionsLeft }: FactQuestionOptions): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { ui } = messages;
  const text = messages.facts[fact];
  const spec = FACTS[fact];
  const body: CardElement[] = [heading(text.question), subtleText(text.help)];
  const actions: CardAction[] = [];

  switch (spec.kind) {
    case 'plan': {
      const planFact = fact === 'targetPlan' ? 'targetPlan' : 'currentPlan';
      body.push({
        type: 'Input.ChoiceSet',
        id: ANSWER_INPUT_ID,
        label: text.label,
        style: 'compact',
        placeholder: ui.planPickerPlaceholder,
        isRequired: true,
        errorMessage: ui.reprompt.notAPlan,
        choices: planChoices(lang, planFact, facts),
      });
      if (planFact === 'currentPlan') body.push(subtleText(ui.olderPlansHint));
      actions.push(submitAction(ui.buttons.submit, { action: 'answer', fact }, { style: 'positive' }));
      break;
    }
    case 'count':
      body.push({
        type: 'Input.Number',
        id: ANSWER_INPUT_ID,
        label: text.label,
        min: 0,
        placeholder: ui.numberPlaceholder,
        isRequired: true,
        errorMessage: ui.reprompt.notANumber,
      });
      actions.push(submitAction(ui.buttons.submit, { action: 'answer', fact }, { style: 'positive' }));
      break;
    case 'boolean':
      actions.push(
        submitAction(ui.buttons.yes, { action: 'answer', fact, value: BOOLEAN_VALUES.yes }),
        submitAction(ui.buttons.no, { action: 'answer', fact, value: BOOLEAN_VALUES.no }),
      );
      break;
    case 'choice': {
      // Stacked, one per row: option labels are too long to sit side by side.
      for (const option of choiceOptions(messages, fact)) {
        body.push(
          actionSet([submitAction(option.title, { action: 'answer', fact, value: option.value })], { spacing: 'small' }),
        );
      }
      break;
    }
  }
  body.push(...questionsLeftLine(messages, questionsLeft));
  // Admins often don't know one fact; saying so beats a guess that changes the answer.
  actions.push(submitAction(ui.buttons.dontKnow, { action: 'answer', fact, value: SKIP_ANSWER }, { associatedInputs: 'none' }));
  return adaptiveCard(body, actions, text.question);
}
