import { type TriageCase } from '../domain/index.js';
import { formatInstant, messagesFor, planName, type Language, type ReaderClock } from '../i18n/index.js';
import {
  actionSet,
  adaptiveCard,
  bulletList,
  container,
  factSet,
  heading,
  submitAction,
  textBlock,
  type AdaptiveCardJson,
  type CardAction,
  type CardElement,
} from './adaptive-card.js';
import { caseDetails, caseFacts, historyLine } from './case-words.js';
import { PATH_STYLE } from './path-style.js';

/** History lines a card shows; the ticket text has them all. */
const RECENT_HISTORY = 6;

/**
 * A saved case as the agent reads it, in the third person: who the customer is, where the case
 * stands, what the bot concluded, what happened to it, and buttons to add facts or set its status.
 */
export function buildCaseCard(lang: Language, triageCase: TriageCase, clock: ReaderClock): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { ui, desk } = messages;
  const { diagnosis, id } = triageCase;
  const labels = ui.summary;

  const body: CardElement[] = [
    heading(desk.case.title(id)),
    factSet([
      ...caseDetails(messages, triageCase),
      { title: desk.case.status, value: desk.statuses[triageCase.status] },
      { title: labels.created, value: formatInstant(clock, triageCase.createdAt) },
      { title: desk.case.updated, value: formatInstant(clock, triageCase.updatedAt) },
      { title: labels.agent, value: triageCase.agentName ?? triageCase.agentId.slice(triageCase.agentId.indexOf(':') + 1) },
    ]),
    container([textBlock(desk.paths[diagnosis.path], { weight: 'bolder' })], { style: PATH_STYLE[diagnosis.path] }),
    heading(labels.reasons, 'default'),
    diagnosis.reasons.length === 0
      ? textBlock(ui.diagnosis.allClear)
      : bulletList(diagnosis.reasons.map((reason) => `**${messages.reasons[reason.id].title}**: ${desk.remedies[reason.id]}`)),
    heading(labels.targets, 'default'),
    diagnosis.targets.length === 0
      ? textBlock(ui.diagnosis.noAutomaticTargets)
      : bulletList(diagnosis.targets.map((target) => planName(messages, target))),
  ];
  if (diagnosis.warnings.length > 0) {
    body.push(heading(labels.warnings, 'default'), bulletList(diagnosis.warnings.map((warning) => messages.warnings[warning])));
  }
  body.push(heading(labels.facts, 'default'), factSet(caseFacts(messages, triageCase)));
  if (diagnosis.unknownFacts.length > 0) {
    const unknown = diagnosis.unknownFacts.map((fact) => desk.facts[fact].label).join(', ');
    body.push(textBlock(`**${labels.unknownFacts}:** ${unknown}`, { isSubtle: true }));
  }
  const history = triageCase.history.slice(-RECENT_HISTORY);
  body.push(
    heading(desk.case.historyTitle, 'default'),
    factSet(history.map((event) => ({ title: formatInstant(clock, event.at), value: historyLine(messages, event) }))),
  );

  const statusButton = (status: TriageCase['status'], title: string): CardAction =>
    submitAction(title, { action: 'case', command: 'status', caseId: id, status });
  const actions: CardAction[] = [submitAction(desk.case.addFactsButton, { action: 'case', command: 'add-facts', caseId: id }, { style: 'positive' })];
  if (triageCase.status === 'resolved') actions.push(statusButton('open', desk.case.reopenButton));
  else {
    if (triageCase.status !== 'waiting-for-customer') actions.push(statusButton('waiting-for-customer', desk.case.waitingButton));
    else actions.push(statusButton('open', desk.case.reopenButton));
    actions.push(statusButton('resolved', desk.case.resolveButton));
  }
  body.push(actionSet(actions));
  return adaptiveCard(body, [], `${desk.case.title(id)}: ${desk.paths[diagnosis.path]}`);
}
