import type { FactKey } from '../domain/index.js';
import { messagesFor, type Language } from '../i18n/index.js';
import { adaptiveCard, heading, submitAction, subtleText, type AdaptiveCardJson, type CardElement } from './adaptive-card.js';
import { choiceOptions } from './choice-options.js';
import { questionsLeftLine } from './questions-left.js';
import { SKIP_ANSWER } from './submit-data.js';

/**
 * The open choices (how it was bought, the admin's role, the billing account) on one card: one
 * answer each, "I don't know" among them, sent together.
 */
export function buildChoicesCard(lang: Language, facts: readonly FactKey[], questionsLeft?: number): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { ui, intake } = messages;
  const inputs = facts.flatMap((fact): CardElement[] => [
    {
      type: 'Input.ChoiceSet',
      id: fact,
      label: messages.facts[fact].question,
      style: 'expanded',
      choices: [...choiceOptions(messages, fact), { title: ui.buttons.dontKnow, value: SKIP_ANSWER }],
    },
    subtleText(messages.facts[fact].help),
  ]);
  return adaptiveCard(
    [heading(intake.choices.title), subtleText(intake.choices.intro), ...inputs, ...questionsLeftLine(messages, questionsLeft)],
    [submitAction(intake.choices.send, { action: 'facts', asked: [...facts], choice: 'send' }, { style: 'positive' })],
    intake.choices.title,
  );
}
