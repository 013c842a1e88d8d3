import { FACT_KEYS, type CaseEvent, type FactKey, type TriageCase } from '../domain/index.js';
import { formatFactValue, type DeskHistoryLine, type Messages } from '../i18n/index.js';

/**
 * What a case says, in the agent's words: shared by the case card and the ticket text so the two
 * never tell it differently.
 */

/** "Sam Support" or the user id alone, never the channel prefix the desk may add to ids. */
export function actorName(actor: { id: string; name?: string }): string {
  return actor.name ?? actor.id.slice(actor.id.indexOf(':') + 1);
}

/** Each known fact as label and value (third person); facts read from the tenant say so. */
export function caseFacts(messages: Messages, triageCase: TriageCase): { title: string; value: string }[] {
  const fromTenant = new Set<FactKey>(triageCase.factsFromTenant ?? []);
  return FACT_KEYS.flatMap((fact) => {
    const value = formatFactValue(messages, triageCase.facts, fact);
    if (value === undefined) return [];
    return [{ title: messages.desk.facts[fact].label, value: fromTenant.has(fact) ? `${value} (${messages.desk.case.fromTenant})` : value }];
  });
}

/** The customer, tenant and ticket the case has, labelled. */
export function caseDetails(messages: Messages, triageCase: TriageCase): { title: string; value: string }[] {
  const labels = messages.desk.summary;
  return (['customer', 'tenant', 'ticket'] as const).flatMap((key) => {
    const value = triageCase[key];
    return value === undefined ? [] : [{ title: labels[key], value }];
  });
}

/** One history event as a sentence (without its time). */
export function historyLine(messages: Messages, event: CaseEvent): string {
  const { change } = event;
  const who = actorName(event.by);
  const label = (fact: FactKey) => `${messages.desk.facts[fact].label.toLowerCase()} = ${formatFactValue(messages, change.kind === 'facts' ? change.facts : {}, fact) ?? ''}`;
  let line: DeskHistoryLine;
  switch (change.kind) {
    case 'created':
      line = { kind: 'created' };
      break;
    case 'facts': {
      const facts = FACT_KEYS.filter((fact) => change.facts[fact] !== undefined).map(label);
      const path = change.before.path === change.after.path ? undefined : { from: messages.desk.pathShort[change.before.path], to: messages.desk.pathShort[change.after.path] };
      line = { kind: 'facts', facts, ...(path ? { path } : {}) };
      break;
    }
    case 'status':
      line = { kind: 'status', to: change.to };
      break;
    case 'details': {
      const labels = messages.desk.summary;
      const details = (['customer', 'tenant', 'ticket'] as const).flatMap((key) =>
        change.details[key] === undefined ? [] : [`${labels[key].toLowerCase()} = ${change.details[key]}`],
      );
      line = { kind: 'details', details };
      break;
    }
  }
  return messages.desk.case.history(line, who);
}
