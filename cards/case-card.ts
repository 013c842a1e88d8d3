import { FACT_KEYS, type TriageCase } from '../domain/index.js';
import { formatFactValue, messagesFor, planName, type Language } from '../i18n/index.js';
import {
  adaptiveCard,
  bulletList,
  container,
  factSet,
  heading,
  textBlock,
  type AdaptiveCardJson,
  type CardElement,
} from './adaptive-card.js';
import { cardDateTime } from './card-date.js';
import { PATH_STYLE } from './path-style.js';

/** A saved triage case: who, when, the answers, and what the bot concluded. */
export function buildCaseCard(lang: Language, triageCase: TriageCase): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { ui } = messages;
  const { diagnosis, facts } = triageCase;
  const labels = ui.summary;

  const answers = FACT_KEYS.flatMap((fact) => {
    const value = formatFactValue(messages, facts, fact);
    return value === undefined ? [] : [{ title: messages.facts[fact].label, value }];
  });

  const body: CardElement[] = [
    heading(ui.triage.caseTitle(triageCase.id)),
    factSet([
      { title: labels.created, value: cardDateTime(triageCase.createdAt) },
      { title: labels.agent, value: triageCase.agentName ?? triageCase.agentId },
    ]),
    container([textBlock(messages.paths[diagnosis.path], { weight: 'bolder' })], { style: PATH_STYLE[diagnosis.path] }),
    heading(labels.reasons, 'default'),
    diagnosis.reasons.length === 0
      ? textBlock(ui.diagnosis.allClear)
      : bulletList(diagnosis.reasons.map((reason) => `**${messages.reasons[reason.id].title}**: ${messages.reasons[reason.id].remedy}`)),
    heading(labels.targets, 'default'),
    diagnosis.targets.length === 0
      ? textBlock(ui.diagnosis.noAutomaticTargets)
      : bulletList(diagnosis.targets.map((id) => planName(messages, id))),
  ];
  if (diagnosis.warnings.length > 0) {
    body.push(heading(labels.warnings, 'default'), bulletList(diagnosis.warnings.map((id) => messages.warnings[id])));
  }
  body.push(heading(labels.facts, 'default'), factSet(answers));
  if (diagnosis.unknownFacts.length > 0) {
    body.push(
      textBlock(`**${labels.unknownFacts}:** ${diagnosis.unknownFacts.map((fact) => messages.facts[fact].label).join(', ')}`, {
        isSubtle: true,
      }),
    );
  }
  return adaptiveCard(body, [], `${ui.triage.caseTitle(triageCase.id)}: ${messages.paths[diagnosis.path]}`);
}
