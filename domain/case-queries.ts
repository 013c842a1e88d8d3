import type { ReasonId } from './reasons.js';
import { normalizeText } from './text-normalize.js';
import { CASE_STATUSES, type CaseSummary } from './triage-case.js';

/**
 * Finding, ordering and counting cases from their summaries: the same rules whatever store keeps
 * them.
 */

/** Letters and digits only, lower case: "#48-213", "48213" and "UA-7K3F9Q" compare by what they say. */
function compact(text: string): string {
  return normalizeText(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Cases whose id, ticket, tenant or customer match what the agent typed: an exact id, ticket or
 * tenant first, then any of them containing the words typed. Most recently changed first.
 */
export function findCases(summaries: readonly CaseSummary[], query: string): CaseSummary[] {
  const wanted = compact(query);
  if (wanted.length < 2) return [];
  const words = normalizeText(query).trim().split(' ').filter((word) => word.length > 0);
  const exact = (summary: CaseSummary) =>
    [summary.id, summary.ticket, summary.tenant].some((key) => key !== undefined && compact(key) === wanted);
  const partial = (summary: CaseSummary) => {
    const haystack = [summary.id, summary.ticket, summary.tenant, summary.customer]
      .filter((key): key is string => key !== undefined)
      .map((key) => normalizeText(key))
      .join(' ');
    const squeezed = compact(haystack);
    return words.every((word) => haystack.includes(word) || squeezed.includes(word)) || squeezed.includes(wanted);
  };
  const exactMatches = summaries.filter(exact);
  if (exactMatches.length > 0) return recentFirst(exactMatches);
  return recentFirst(summaries.filter(partial));
}

export function recentFirst<T extends { id: string; updatedAt: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An agent's desk: open cases first, then those waiting for the customer, then resolved; each most recently changed first. */
export function deskOrder(summaries: readonly CaseSummary[]): CaseSummary[] {
  return CASE_STATUSES.flatMap((status) => recentFirst(summaries.filter((summary) => summary.status === status)));
}

/** The lead's week: the last seven days up to `now`. */
export const DESK_WEEK_DAYS = 7;

export function weekStart(now: Date): Date {
  return new Date(now.getTime() - DESK_WEEK_DAYS * 24 * 60 * 60 * 1000);
}

export interface BlockerCount {
  reason: ReasonId;
  /** Cases blocked by it (each case counted once). */
  cases: number;
}

export interface WeekOfBlockers {
  since: string;
  /** Cases opened or changed since then. */
  cases: number;
  /** How many of those cases each reason blocks, most first (ties by reason id, so the order is stable). */
  blockers: BlockerCount[];
}

/** Which reasons block most of the cases opened or changed in the last seven days. */
export function blockersOfTheWeek(summaries: readonly CaseSummary[], now: Date): WeekOfBlockers {
  const since = weekStart(now);
  const recent = summaries.filter((summary) => Date.parse(summary.updatedAt) >= since.getTime());
  const counts = new Map<ReasonId, number>();
  for (const summary of recent) for (const reason of new Set(summary.outcome.reasons)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const blockers = [...counts.entries()]
    .map(([reason, cases]) => ({ reason, cases }))
    .sort((a, b) => b.cases - a.cases || (a.reason < b.reason ? -1 : 1));
  return { since: since.toISOString(), cases: recent.length, blockers };
}
