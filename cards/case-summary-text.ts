import type { TriageCase } from '../domain/index.js';
import { formatInstant, messagesFor, planName, type Language, type ReaderClock } from '../i18n/index.js';
import { actorName, caseDetails, caseFacts, historyLine } from './case-words.js';
import { TICKET_TEXT_WIDTH, wrapLine } from './wrap-text.js';

// Tickets are plain text: drop the markdown bold the catalog uses for admin-center names.
const plain = (text: string): string => text.replace(/\*\*/g, '');

/**
 * A case as plain text for an agent to paste into a ticket, in the agent's language and clock, in
 * the third person, wrapped so no line is wider than TICKET_TEXT_WIDTH.
 */
export function caseSummaryText(lang: Language, triageCase: TriageCase, clock: ReaderClock): string {
  const messages = messagesFor(lang);
  const { summary } = messages.ui;
  const { desk } = messages;
  const { diagnosis } = triageCase;
  const width = TICKET_TEXT_WIDTH;
  const field = (label: string, value: string) => wrapLine(plain(value), width, `${label}: `, '    ');
  const list = (label: string, items: string[]) => [
    `${label}:`,
    ...(items.length === 0 ? [`  ${summary.none}`] : items.flatMap((item) => wrapLine(plain(item), width, '  - ', '    '))),
  ];
  const agent = actorName({ id: triageCase.agentId, ...(triageCase.agentName === undefined ? {} : { name: triageCase.agentName }) });

  const lines = [
    summary.heading,
    ...field(summary.caseId, triageCase.id),
    ...caseDetails(messages, triageCase).flatMap(({ title, value }) => field(title, value)),
    ...field(desk.summary.status, desk.statuses[triageCase.status]),
    ...field(summary.agent, agent),
    ...field(summary.created, formatInstant(clock, triageCase.createdAt)),
    ...field(desk.summary.updated, formatInstant(clock, triageCase.updatedAt)),
    ...field(summary.path, desk.paths[diagnosis.path]),
    ...list(
      summary.reasons,
      diagnosis.reasons.map((reason) => `${messages.reasons[reason.id].title}. ${desk.remedies[reason.id]} [${messages.sources[reason.source]}]`),
    ),
    ...list(summary.targets, diagnosis.targets.map((id) => planName(messages, id))),
    ...list(summary.warnings, diagnosis.warnings.map((id) => messages.warnings[id])),
    ...list(summary.facts, caseFacts(messages, triageCase).map(({ title, value }) => `${title}: ${value}`)),
    ...field(summary.unknownFacts, diagnosis.unknownFacts.length === 0 ? summary.none : diagnosis.unknownFacts.map((fact) => desk.facts[fact].label).join(', ')),
    ...list(desk.summary.history, triageCase.history.map((event) => `${formatInstant(clock, event.at)}: ${historyLine(messages, event)}`)),
  ];
  return lines.join('\n');
}
