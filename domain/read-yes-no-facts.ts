import { findPlanMentions } from './find-plan.js';
import { compilePhraseList, compilePhrases, findEveryPhrase, longestOf, matchesOf, type CompiledPhrases, type PhraseHit } from './phrase-match.js';
import { clauseAt, holdsNegation, isAsked, isHedged, isNegated, labelledAnswer } from './reading-scope.js';
import type { YesNoFact } from './tenant-facts.js';
import { CLAUSE_BREAK } from './text-normalize.js';
import { anyOf, VOCABULARIES, type StatedFactPhrases, type StatePhrases } from './vocabulary/index.js';

/**
 * The yes/no facts a sentence states in passing: "we have a custom domain", "not a trial",
 * "Trial: no", "the trial has ended", "two E3 subscriptions". A fact stated both ways is left out.
 */

type Stated = `${YesNoFact}:says` | `${YesNoFact}:denies` | `${YesNoFact}:state-says` | `${YesNoFact}:state-denies`;

/** How many words may stand between a subject and its state: "the previous plan change is not finished yet". */
const STATE_AFTER_REACH = 6;
/** And between a state and the subject after it: "still waiting on Microsoft's credit check". */
const STATE_BEFORE_REACH = 4;
/** And between a label and its state: "credit check: still pending". */
const STATE_LABEL_REACH = 2;

/** A word between a subject and its state, but not one that starts another clause's thought ("and", "but", "ma"). */
const GAP_WORD = `(?!${anyOf((v) => v.scope.scopeEnds)} )[a-z0-9]+ `;
/** Between a state and its subject after it, nor a word that says how ("paid by invoice"). */
const GAP_WORD_BEFORE = `(?!${anyOf((v) => v.facts.stateGapStops)} )${GAP_WORD}`;

function statePatterns(subjects: readonly string[], states: readonly string[]): string[] {
  if (subjects.length === 0 || states.length === 0) return [];
  const subject = `(?:${subjects.join('|')})`;
  const state = `(?:${states.join('|')})`;
  return [
    `${subject} (?:${GAP_WORD}){0,${STATE_AFTER_REACH}}${state}`,
    `${state} (?:${GAP_WORD_BEFORE}){0,${STATE_BEFORE_REACH}}${subject}`,
    // A ticket's label: "credit check: still pending", "integrita dei servizi: nessun avviso".
    `${subject} \\${CLAUSE_BREAK} (?:${GAP_WORD}){0,${STATE_LABEL_REACH}}${state}`,
  ];
}

/** Every language's phrases for each fact, keyed "fact:says" / "fact:denies". */
function statedTable(): Record<Stated, readonly string[]> {
  const table = {} as Record<Stated, readonly string[]>;
  const add = (key: Stated, phrases: readonly string[]) => {
    table[key] = [...(table[key] ?? []), ...phrases];
  };
  for (const vocabulary of Object.values(VOCABULARIES)) {
    for (const [fact, phrases] of Object.entries(vocabulary.facts.stated) as [YesNoFact, StatedFactPhrases][]) {
      add(`${fact}:says`, phrases.says);
      add(`${fact}:denies`, phrases.denies);
    }
  }
  return table;
}

/**
 * Each language's states of each fact, run only where one of their subjects is in the text (most
 * messages name none, and a state pattern is costly). A subject in one language and a state word
 * in another are not read together.
 */
const STATES: readonly { subject: RegExp; phrases: CompiledPhrases<Stated> }[] = Object.values(VOCABULARIES).flatMap((vocabulary) =>
  (Object.entries(vocabulary.facts.states) as [YesNoFact, StatePhrases][])
    .filter(([, state]) => state.subjects.length > 0)
    .map(([fact, state]) => ({
      subject: new RegExp(`(?<= )(?:${state.subjects.join('|')})(?= )`),
      phrases: compilePhraseList<Stated>([
        [`${fact}:state-says`, statePatterns(state.subjects, state.says)],
        [`${fact}:state-denies`, statePatterns(state.subjects, state.denies)],
      ]),
    })),
);

const STATED_PHRASES = compilePhrases(statedTable());

/** "once the trial is over": a state or fact after these in its clause is a time. */
const STATE_TIMES = new RegExp(`(?<= )${anyOf((v) => v.facts.stateTimes)}(?= )`);
const NONE_OF = anyOf((v) => v.scope.determiners);
const OTHER_ONES = anyOf((v) => v.facts.stateOthers);

/** Each state's subject with a "no" before it: "no other plan change", "nessun cambio". */
const NO_SUBJECT: Partial<Record<YesNoFact, RegExp>> = (() => {
  const subjects: Partial<Record<YesNoFact, string[]>> = {};
  for (const vocabulary of Object.values(VOCABULARIES)) {
    for (const [fact, state] of Object.entries(vocabulary.facts.states) as [YesNoFact, StatePhrases][]) {
      subjects[fact] = [...(subjects[fact] ?? []), ...state.subjects];
    }
  }
  return Object.fromEntries(
    (Object.entries(subjects) as [YesNoFact, string[]][])
      .filter(([, list]) => list.length > 0)
      .map(([fact, list]) => [fact, new RegExp(`(?<= )${NONE_OF} (?:${OTHER_ONES} )?(?:${list.join('|')})(?= )`, 'g')]),
  );
})();

const SEVERAL = anyOf((v) => v.subscriptions.several);
const NOUNS = anyOf((v) => v.subscriptions.nouns);
const JOINERS = anyOf((v) => v.subscriptions.joiners);
/** "two E3 subscriptions": the product between the number and the noun. */
const SEVERAL_BEFORE_PRODUCT = new RegExp(` ${SEVERAL} $`);
const NOUN_AFTER_PRODUCT = new RegExp(`^ ${NOUNS} `);
/** "two subscriptions of E3", "due abbonamenti E3": the product right after the noun. */
const SEVERAL_NOUNS_BEFORE_PRODUCT = new RegExp(` ${SEVERAL} ${NOUNS} (?:${JOINERS} )?$`);

export interface StatedYesNo {
  facts: Partial<Record<YesNoFact, boolean>>;
  /** Where the phrases were, so other readers leave those words alone ("an unpaid invoice" is no channel). */
  hits: readonly PhraseHit<unknown>[];
}

function stateValue(normalized: string, hit: PhraseHit<Stated>): boolean | undefined {
  const fact = hit.value.slice(0, hit.value.indexOf(':')) as YesNoFact;
  const clause = clauseAt(normalized, hit.start);
  if (isAsked(normalized, hit)) return undefined;
  // "no plan change was made", "non e stato fatto nessun cambio": there is none, whatever its state.
  const none = NO_SUBJECT[fact];
  const absent = none !== undefined && matchesOf(normalized.slice(0, clause.end), none).some((match) => match.end > hit.start && match.start < hit.end);
  if (absent) return false;
  // A negated state is the other one: "not finished yet" is still open, "nothing outstanding" is paid.
  const negated = isNegated(normalized, hit) || holdsNegation(normalized, hit);
  return hit.value.endsWith(':state-says') !== negated;
}

/** "once the trial is over", "quando la verifica sara finita": a time, not a fact. */
function isATime(normalized: string, hit: PhraseHit<Stated>): boolean {
  return STATE_TIMES.test(normalized.slice(clauseAt(normalized, hit.start).start, hit.start + 1));
}

function valueOf(normalized: string, hit: PhraseHit<Stated>): boolean | undefined {
  if (isHedged(normalized, hit) || isATime(normalized, hit)) return undefined;
  if (hit.value.includes(':state-')) return stateValue(normalized, hit);
  const says = hit.value.endsWith(':says');
  const label = labelledAnswer(normalized, hit);
  if (label !== undefined) return says ? label : !label;
  if (isAsked(normalized, hit)) return undefined;
  const negated = isNegated(normalized, hit);
  if (says) return !negated;
  // "the trial has ended" denies it; "the trial hasn't ended" does not say it is one.
  return negated ? undefined : false;
}

/** Several subscriptions of one named product: the only case "two subscriptions" is the same product. */
const ANY_SEVERAL = new RegExp(`(?<= )${SEVERAL}(?= )`);

function sameProductSubscriptions(normalized: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (!ANY_SEVERAL.test(normalized)) return found;
  for (const mention of findPlanMentions(normalized)) {
    const before = normalized.slice(0, mention.start);
    const productFirst = SEVERAL_BEFORE_PRODUCT.exec(before);
    const nounFirst = SEVERAL_NOUNS_BEFORE_PRODUCT.exec(before);
    if (productFirst && NOUN_AFTER_PRODUCT.test(normalized.slice(mention.end))) found.push({ start: productFirst.index + 1, end: mention.end });
    else if (nounFirst) found.push({ start: nounFirst.index + 1, end: mention.end });
  }
  return found;
}

export function readYesNoFacts(normalized: string): StatedYesNo {
  const stateHits = STATES.filter(({ subject }) => subject.test(normalized)).flatMap(({ phrases }) => findEveryPhrase(normalized, phrases));
  const hits = longestOf([...findEveryPhrase(normalized, STATED_PHRASES), ...stateHits]);
  const facts: Partial<Record<YesNoFact, boolean>> = {};
  const conflicting = new Set<YesNoFact>();
  const record = (fact: YesNoFact, value: boolean | undefined) => {
    if (value === undefined) return;
    if (facts[fact] !== undefined && facts[fact] !== value) conflicting.add(fact);
    facts[fact] = value;
  };
  for (const hit of hits) record(hit.value.slice(0, hit.value.indexOf(':')) as YesNoFact, valueOf(normalized, hit));
  for (const span of sameProductSubscriptions(normalized)) {
    if (isHedged(normalized, span) || isAsked(normalized, span)) continue;
    record('multipleSubscriptionsSameProduct', !isNegated(normalized, span));
  }
  for (const fact of conflicting) delete facts[fact];
  return { facts, hits };
}
