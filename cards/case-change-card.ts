import { outcomeShift, type CaseOutcome } from '../domain/index.js';
import { messagesFor, type Language } from '../i18n/index.js';
import { adaptiveCard, bulletList, heading, textBlock, type AdaptiveCardJson, type CardElement } from './adaptive-card.js';

/** After new facts: how the outcome moved (path, blockers that came and went). */
export function buildCaseChangeCard(lang: Language, caseId: string, before: CaseOutcome, after: CaseOutcome): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { desk } = messages;
  const shift = outcomeShift(before, after);
  const title = desk.case.changedTitle(caseId);
  const body: CardElement[] = [
    heading(title),
    textBlock(
      shift.path ? desk.case.pathChanged(desk.pathShort[shift.path.from], desk.pathShort[shift.path.to]) : desk.case.pathSame(desk.pathShort[after.path]),
      { weight: 'bolder', color: shift.path ? 'accent' : 'default' },
    ),
  ];
  const reasons = (ids: readonly (typeof after.reasons)[number][]) => bulletList(ids.map((id) => messages.reasons[id].title));
  if (shift.reasonsAdded.length > 0) body.push(textBlock(desk.case.reasonsAdded, { weight: 'bolder', color: 'attention' }), reasons(shift.reasonsAdded));
  if (shift.reasonsRemoved.length > 0) body.push(textBlock(desk.case.reasonsRemoved, { weight: 'bolder', color: 'good' }), reasons(shift.reasonsRemoved));
  return adaptiveCard(body, [], title);
}
