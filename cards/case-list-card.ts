import { CASE_STATUSES, type CaseSummary } from '../domain/index.js';
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
  type CardElement,
} from './adaptive-card.js';

export interface CaseListInput {
  /** In the order to show (the desk puts open cases first). */
  cases: readonly CaseSummary[];
  /** The card's heading: "Your cases" or what a search found. */
  title: string;
  /** Cases left out of the card. */
  notShown?: number;
  /** Support leads get a button to the week of blockers. */
  leadButton?: boolean;
}

/** Cases grouped by status (open, waiting, resolved), one row each with an Open button. */
export function buildCaseListCard(lang: Language, input: CaseListInput): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { desk, ui } = messages;
  const body: CardElement[] = [heading(input.title)];
  for (const status of CASE_STATUSES) {
    const group = input.cases.filter((summary) => summary.status === status);
    if (group.length === 0) continue;
    body.push(textBlock(`${desk.list.groups[status]} (${group.length})`, { weight: 'bolder', color: status === 'open' ? 'accent' : 'default', spacing: 'medium' }));
    for (const summary of group) {
      const who = [summary.customer, summary.ticket ? `#${summary.ticket}` : undefined, summary.tenant].filter(Boolean).join(' · ');
      body.push(
        columnSet(
          [
            column(
              [
                textBlock(desk.list.line(summary.id, who, planName(messages, summary.currentPlan))),
                textBlock(desk.pathShort[summary.outcome.path], { isSubtle: true, size: 'small', spacing: 'none' }),
              ],
              { width: 'stretch', verticalContentAlignment: 'center' },
            ),
            column([actionSet([submitAction(ui.buttons.open, { action: 'open-case', caseId: summary.id })])], {
              width: 'auto',
              verticalContentAlignment: 'center',
            }),
          ],
          { separator: true },
        ),
      );
    }
  }
  if (input.cases.length === 0) body.push(textBlock(desk.list.empty));
  if (input.notShown !== undefined && input.notShown > 0) body.push(textBlock(desk.list.moreNotShown(input.notShown), { isSubtle: true }));
  const actions = input.leadButton ? [submitAction(desk.lead.viewButton, { action: 'lead', view: 'blockers' })] : [];
  return adaptiveCard(body, actions, input.title);
}
