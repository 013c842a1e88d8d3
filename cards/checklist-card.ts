import type { YesNoFact } from '../domain/index.js';
import { messagesFor, type Language } from '../i18n/index.js';
import { adaptiveCard, bulletList, heading, showCardAction, submitAction, subtleText, type AdaptiveCardJson, type ToggleInput } from './adaptive-card.js';
import { questionsLeftLine } from './questions-left.js';
import { BOOLEAN_VALUES } from './submit-data.js';

/**
 * The yes/no facts still open, as one checklist: a ticked statement is a yes, an unticked one a no.
 * "None of these" answers them all at once; "I am not sure" leaves them all unknown.
 */
export function buildChecklistCard(lang: Language, facts: readonly YesNoFact[], questionsLeft?: number): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const text = messages.intake.checklist;
  const asked = [...facts];
  const toggles = facts.map(
    (fact): ToggleInput => ({
      type: 'Input.Toggle',
      id: fact,
      title: text.statements[fact],
      valueOn: BOOLEAN_VALUES.yes,
      valueOff: BOOLEAN_VALUES.no,
      value: BOOLEAN_VALUES.no,
      wrap: true,
    }),
  );
  return adaptiveCard(
    [heading(text.title), subtleText(text.intro), ...toggles, ...questionsLeftLine(messages, questionsLeft)],
    [
      submitAction(text.send, { action: 'facts', asked, choice: 'send' }, { style: 'positive' }),
      submitAction(text.none, { action: 'facts', asked, choice: 'none' }, { associatedInputs: 'none' }),
      submitAction(text.notSure, { action: 'facts', asked, choice: 'skip' }, { associatedInputs: 'none' }),
      showCardAction(text.whereToLook, [bulletList(facts.map((fact) => `${text.statements[fact]}: ${messages.facts[fact].help}`))]),
    ],
    text.title,
  );
}
