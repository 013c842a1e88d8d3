import { FACT_KEYS, type TriageCase } from '../domain/index.js';
import { formatDateTime, formatFactValue, messagesFor, planName, type Language } from '../i18n/index.js';

// Tickets are plain text: drop the markdown bold the catalog uses for admin-center names.
const plain = (text: string): string => text.replace(/\*\*/g, '');

/** A case as plain text for an agent to paste into a ticket, in the agent's language. */
export function caseSummaryText(lang: Language, triageCase: TriageCase): string {
  const messages = messagesFor(lang);
  const { summary } = messages.ui;
  const { diagnosis, facts } = triageCase;
  const list = (items: string[]): string[] => (items.length === 0 ? [`  ${summary.none}`] : items.map((item) => `  - ${item}`));

  const agent = triageCase.agentName === undefined ? triageCase.agentId : `${triageCase.agentName} (${triageCase.agentId})`;
  const lines = [
    summary.heading,
    `${summary.caseId}: ${triageCase.id}`,
    `${summary.agent}: ${agent}`,
    `${summary.created}: ${formatDateTime(lang, triageCase.createdAt)}`,
    `${summary.path}: ${messages.paths[diagnosis.path]}`,
    `${summary.reasons}:`,
    ...list(
      diagnosis.reasons.map((reason) => {
        const words = messages.reasons[reason.id];
        return `${words.title}. ${words.remedy} [${messages.sources[reason.source]}]`;
      }),
    ),
    `${summary.targets}:`,
    ...list(diagnosis.targets.map((id) => planName(messages, id))),
    `${summary.warnings}:`,
    ...list(diagnosis.warnings.map((id) => messages.warnings[id])),
    `${summary.facts}:`,
    ...FACT_KEYS.flatMap((fact) => {
      const value = formatFactValue(messages, facts, fact);
      return value === undefined ? [] : [`  - ${messages.facts[fact].label}: ${value}`];
    }),
    `${summary.unknownFacts}: ${
      diagnosis.unknownFacts.length === 0 ? summary.none : diagnosis.unknownFacts.map((fact) => messages.facts[fact].label).join(', ')
    }`,
  ];
  return lines.map(plain).join('\n');
}
