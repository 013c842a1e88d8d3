import type { TriageCase } from '../domain/index.js';
import { messagesFor, planName, type Language } from '../i18n/index.js';
import {
  actionSet,
  adaptiveCard,
  column,
  columnSet,
  heading,
  submitAction,
  textBlock,
  type AdaptiveCardJson,
} from './adaptive-card.js';
import { cardDateTime } from './card-date.js';

/** An agent's cases, one row each with an Open button; the caller decides order and how many. */
export function buildCaseListCard(lang: Language, cases: readonly TriageCase[]): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { triage, buttons } = messages.ui;
  if (cases.length === 0) {
    return adaptiveCard([heading(triage.myCasesTitle), textBlock(triage.myCasesEmpty)], [], triage.myCasesEmpty);
  }
  const rows = cases.map((triageCase) =>
    columnSet(
      [
        column(
          [
            textBlock(
              triage.caseListLine(
                triageCase.id,
                planName(messages, triageCase.facts.currentPlan),
                cardDateTime(triageCase.createdAt),
              ),
            ),
            textBlock(messages.paths[triageCase.diagnosis.path], { isSubtle: true, size: 'small', spacing: 'none' }),
          ],
          { width: 'stretch', verticalContentAlignment: 'center' },
        ),
        column([actionSet([submitAction(buttons.open, { action: 'open-case', caseId: triageCase.id })])], {
          width: 'auto',
          verticalContentAlignment: 'center',
        }),
      ],
      { separator: true },
    ),
  );
  return adaptiveCard([heading(triage.myCasesTitle), ...rows], [], triage.myCasesTitle);
}
