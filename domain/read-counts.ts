import { isAsked } from './reading-scope.js';
import type { TenantFacts } from './tenant-facts.js';
import { CLAUSE_BREAK } from './text-normalize.js';
import { anyOf } from './vocabulary/index.js';

/**
 * The counts a sentence states, from text where every count is digits (see `normalizeCounts`):
 * "350 users", "Users: 75", "400 licenses purchased and 410 assigned", "licenze acquistate 200".
 */

export type CountFact = 'licensedUsers' | 'licensesPurchased' | 'licensesAssigned';

const NUMBER = '(\\d{1,7})';
const USERS = anyOf((v) => v.counts.users);
const LICENSES = anyOf((v) => v.counts.licenses);
const SUBSCRIPTIONS = anyOf((v) => v.subscriptions.nouns);
const MODIFIER = `(?:${anyOf((v) => v.counts.modifiers)} )?`;
const HOLDING = anyOf((v) => v.counts.holding);
const PURCHASED = anyOf((v) => v.counts.purchased);
const ASSIGNED = anyOf((v) => v.counts.assigned);
const LINKING = `(?:${anyOf((v) => v.counts.linking)} ){0,2}`;
const MODIFIERS = anyOf((v) => v.counts.modifiers);
const COUNT_ARTICLES = anyOf((v) => v.counts.articles);
const BREAK = `(?:\\${CLAUSE_BREAK} )?`;
/** Owning verbs before a number of licenses: "we have 400 licenses" are the ones bought. */
const OWNING = `(?:${PURCHASED}|${anyOf((v) => v.plans.currentCues)})`;
const NOT_ASSIGNED = `(?!${LINKING}${ASSIGNED} )`;
/** "assigned 512" labels the number after it, not the one before ("purchased 500 / assigned 512"). */
const NOT_LABELLING = '(?!\\d)';
const NOT_OTHER_NOUN = `(?!(?:${USERS}|${SUBSCRIPTIONS}) )`;

const SOURCES: Readonly<Record<CountFact, readonly string[]>> = {
  licensedUsers: [
    ` ${NUMBER} ${MODIFIER}${USERS} `,
    ` ${MODIFIER}${USERS} (?:${MODIFIERS} )?${LINKING}${BREAK}${NUMBER} `,
    // "sono ventuno gli utenti": the number before the article and its noun.
    ` ${NUMBER} ${COUNT_ARTICLES} ${MODIFIER}${USERS} `,
  ],
  licensesPurchased: [
    ` ${NUMBER} ${MODIFIER}${LICENSES} ${LINKING}${PURCHASED} `,
    ` ${OWNING} ${NUMBER} ${LICENSES} ${NOT_ASSIGNED}`,
    ` ${LICENSES} ${BREAK}${NUMBER} ${PURCHASED} `,
    ` ${NUMBER} ${PURCHASED} `,
    ` ${PURCHASED} ${BREAK}${NUMBER} ${NOT_OTHER_NOUN}`,
    ` ${NUMBER} ${MODIFIER}${LICENSES} ${NOT_ASSIGNED}`,
    // "sono centoventi le licenze": the number before the article and its noun.
    ` ${NUMBER} ${COUNT_ARTICLES} ${MODIFIER}${LICENSES} ${NOT_ASSIGNED}`,
    // "Seats: 25", "Licenses: 40": a label with its number are the ones bought.
    ` (?<!${HOLDING}|${MODIFIERS} )${LICENSES} \\${CLAUSE_BREAK} ${NUMBER} ${NOT_ASSIGNED}`,
  ],
  licensesAssigned: [
    ` ${NUMBER} ${LINKING}(?:${LICENSES} )?${LINKING}${ASSIGNED} ${NOT_LABELLING}`,
    ` ${ASSIGNED} ${BREAK}${NUMBER} `,
    ` ${NUMBER} ${USERS} ${HOLDING}${LICENSES} ${ASSIGNED} `,
  ],
};

const ALL_ASSIGNED = new RegExp(`(?<= )${anyOf((v) => v.counts.allAssigned)}(?= )`, 'g');

function compiled(sources: readonly string[]): RegExp[] {
  return sources.map((source) => new RegExp(`(?<= )${source.slice(1)}`, 'g'));
}

/** Tried in order; the first that matches outside a question gives the count. */
const PATTERNS: Readonly<Record<CountFact, readonly RegExp[]>> = {
  licensedUsers: compiled(SOURCES.licensedUsers),
  licensesPurchased: compiled(SOURCES.licensesPurchased),
  licensesAssigned: compiled(SOURCES.licensesAssigned),
};

function firstCount(normalized: string, patterns: readonly RegExp[]): number | undefined {
  for (const pattern of patterns) {
    for (const match of normalized.matchAll(pattern)) {
      const digits = match[1];
      if (digits !== undefined && !isAsked(normalized, { start: match.index, end: match.index + match[0].length })) return Number(digits);
    }
  }
  return undefined;
}

/** The counts the text states (text from `normalizeCounts`). */
export function countsIn(countText: string): Partial<Pick<TenantFacts, CountFact>> {
  const counts: Partial<Pick<TenantFacts, CountFact>> = {};
  // Every count is digits by now: most messages have none, and then no pattern needs to run.
  if (!/\d/.test(countText)) return counts;
  for (const fact of Object.keys(PATTERNS) as CountFact[]) {
    const count = firstCount(countText, PATTERNS[fact]);
    if (count !== undefined) counts[fact] = count;
  }
  // "40 seats, all of them assigned", "all 200 licenses are in use": as many assigned as bought.
  const known = counts.licensesPurchased ?? counts.licensesAssigned;
  if (known !== undefined && (counts.licensesPurchased === undefined || counts.licensesAssigned === undefined)) {
    const all = [...countText.matchAll(ALL_ASSIGNED)].find((match) => !isAsked(countText, { start: match.index, end: match.index + match[0].length }));
    if (all !== undefined) Object.assign(counts, { licensesPurchased: known, licensesAssigned: known });
  }
  return counts;
}
