import { findPlanMentions } from './find-plan.js';
import { compilePhrases, findPhrases, type PhraseHit } from './phrase-match.js';
import { isAsked, isHedged, isNegated, labelledAnswer } from './reading-scope.js';
import type { YesNoFact } from './tenant-facts.js';
import { anyOf, VOCABULARIES, type StatedFactPhrases, type Vocabulary } from './vocabulary/index.js';

/**
 * The yes/no facts a sentence states in passing: "we have a custom domain", "not a trial",
 * "Trial: no", "the trial has ended", "two E3 subscriptions". A fact stated both ways is left out.
 */

type Stated = `${YesNoFact}:says` | `${YesNoFact}:denies`;

/** "<subject> <links> <state>": the thing a fact is about, then whether it is still pending or cleared. */
function statePhrases(vocabulary: Vocabulary, fact: YesNoFact): StatedFactPhrases {
  const { subjects, links, pending, cleared } = vocabulary.states;
  const subject = subjects[fact];
  if (!subject) return { says: [], denies: [] };
  const lead = `(?:${subject.join('|')}) (?:(?:${links.join('|')}) )*`;
  return { says: [`${lead}(?:${pending.join('|')})`], denies: [`${lead}(?:${cleared.join('|')})`] };
}

/** Every language's phrases for each fact, keyed "fact:says" / "fact:denies". */
function statedTable(): Record<Stated, readonly string[]> {
  const table = {} as Record<Stated, readonly string[]>;
  for (const vocabulary of Object.values(VOCABULARIES)) {
    for (const [fact, phrases] of Object.entries(vocabulary.facts.stated) as [YesNoFact, StatedFactPhrases][]) {
      const states = statePhrases(vocabulary, fact);
      table[`${fact}:says`] = [...(table[`${fact}:says`] ?? []), ...phrases.says, ...states.says];
      table[`${fact}:denies`] = [...(table[`${fact}:denies`] ?? []), ...phrases.denies, ...states.denies];
    }
  }
  return table;
}

const STATED_PHRASES = compilePhrases(statedTable());

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

function valueOf(normalized: string, hit: PhraseHit<Stated>): boolean | undefined {
  const says = hit.value.endsWith(':says');
  if (isHedged(normalized, hit)) return undefined;
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
  const hits = findPhrases(normalized, STATED_PHRASES);
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
