import { FACT_KEYS, FACTS, type FactKey } from '../domain/index.js';
import { messagesFor, type Language, type Messages } from '../i18n/index.js';
import {
  adaptiveCard,
  heading,
  submitAction,
  subtleText,
  type AdaptiveCardJson,
  type CardElement,
} from './adaptive-card.js';
import { choiceOptions } from './choice-options.js';
import { planChoices } from './plan-choices.js';
import { BOOLEAN_VALUES } from './submit-data.js';

/** One input for one fact; its id is the fact key, so the value lands in data[fact] on submit. */
function factInput(messages: Messages, lang: Language, fact: FactKey): CardElement {
  const { ui } = messages;
  const words = messages.facts[fact];
  const spec = FACTS[fact];
  switch (spec.kind) {
    case 'plan': {
      const required = fact === 'currentPlan';
      return {
        type: 'Input.ChoiceSet',
        id: fact,
        label: words.label,
        style: 'compact',
        placeholder: ui.planPickerPlaceholder,
        choices: planChoices(lang, fact === 'targetPlan' ? 'targetPlan' : 'currentPlan', {}, { includeRetired: true }),
        ...(required ? { isRequired: true, errorMessage: ui.triage.requiredHint } : {}),
      };
    }
    case 'count':
      return {
        type: 'Input.Number',
        id: fact,
        label: words.label,
        min: 0,
        placeholder: ui.numberPlaceholder,
        errorMessage: ui.reprompt.notANumber,
      };
    case 'choice':
      return {
        type: 'Input.ChoiceSet',
        id: fact,
        label: words.label,
        style: 'compact',
        placeholder: ui.triage.notKnown,
        choices: choiceOptions(messages, fact),
      };
    case 'boolean':
      // A Toggle left alone would send "no"; a choice left empty stays unknown.
      return {
        type: 'Input.ChoiceSet',
        id: fact,
        label: words.question,
        style: 'compact',
        placeholder: ui.triage.notKnown,
        choices: [
          { title: ui.buttons.yes, value: BOOLEAN_VALUES.yes },
          { title: ui.buttons.no, value: BOOLEAN_VALUES.no },
        ],
      };
  }
}

/** One form with every fact, for a support agent triaging a customer's case. */
export function buildTriageFormCard(lang: Language): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { triage, buttons } = messages.ui;
  return adaptiveCard(
    [heading(triage.formTitle), subtleText(triage.formIntro), ...FACT_KEYS.map((fact) => factInput(messages, lang, fact))],
    [submitAction(buttons.submit, { action: 'triage-form' }, { style: 'positive' })],
    triage.formTitle,
  );
}
