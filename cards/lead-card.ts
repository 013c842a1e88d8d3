import type { WeekOfBlockers } from '../domain/index.js';
import { formatInstant, messagesFor, type Language, type ReaderClock } from '../i18n/index.js';
import { adaptiveCard, factSet, heading, openUrlAction, subtleText, textBlock, type AdaptiveCardJson, type CardAction, type CardElement } from './adaptive-card.js';

export interface LeadCardInput {
  week: WeekOfBlockers;
  /** The chart of the week as a PNG data URI. */
  chart?: string;
  /** Where the CSV export downloads from, and for how many minutes the link works. */
  csv?: { url: string; minutes: number };
}

/** The support lead's week: which reasons block most cases, as a chart and as text, and the CSV export. */
export function buildLeadCard(lang: Language, input: LeadCardInput, clock: ReaderClock): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { lead } = messages.desk;
  const { week } = input;
  const counts = week.blockers.map((blocker) => ({ title: messages.reasons[blocker.reason].title, value: String(blocker.cases) }));
  const body: CardElement[] = [heading(lead.title), subtleText(lead.subtitle(week.cases, formatInstant(clock, week.since)))];
  if (week.blockers.length === 0) body.push(textBlock(lead.nothingThisWeek));
  else {
    if (input.chart !== undefined) {
      body.push({ type: 'Image', url: input.chart, altText: lead.chartAlt(counts.map((count) => `${count.title} ${count.value}`)), size: 'stretch' });
    }
    // The same numbers as text: for screen readers and clients that show no image.
    body.push(factSet(counts));
  }
  const actions: CardAction[] = [];
  if (input.csv) {
    body.push(subtleText(lead.exportNote(input.csv.minutes)));
    actions.push(openUrlAction(lead.exportButton, input.csv.url));
  }
  return adaptiveCard(body, actions, lead.title);
}
