import { matchesOf, type PhraseHit } from './phrase-match.js';
import { CLAUSE_BREAK, QUESTION_MARK } from './text-normalize.js';
import { anyOf, wordsOfEveryLanguage } from './vocabulary/index.js';

/**
 * Whether a phrase found in normalized text is asserted, and whose it is: "not a trial" denies,
 * "maybe an add-on" doubts, "do we need a custom domain?" asks, "my colleague is the global admin"
 * speaks of someone else. Rules over whole clauses, with every language's words.
 */

type Span = Pick<PhraseHit<unknown>, 'start' | 'end'>;

/** Any of the phrases as whole words; `g` to find the last one. */
function wholeWords(pick: Parameters<typeof anyOf>[0]): RegExp {
  return new RegExp(`(?<= )${anyOf(pick)}(?= )`, 'g');
}

const NEGATORS = new Set(wordsOfEveryLanguage((v) => v.scope.negators));
const DETERMINERS = new Set(wordsOfEveryLanguage((v) => v.scope.determiners));
const AGREEING_NEGATIONS = new Set(wordsOfEveryLanguage((v) => v.scope.agreeingNegations));
const SCOPE_ENDS = wholeWords((v) => v.scope.scopeEnds);
const HEDGES = wholeWords((v) => v.scope.hedges);
/** A clause this short that holds a doubt is only that doubt ("..., not sure", "..., i m not sure"). */
const DOUBT_ONLY_WORDS = 4;
const YES = new Set(wordsOfEveryLanguage((v) => v.answers.yes));
const NO = new Set(wordsOfEveryLanguage((v) => v.answers.no));
const REQUESTS = wholeWords((v) => v.scope.requests);
const OTHER_PEOPLE = wholeWords((v) => v.scope.otherPeople);
const FIRST_PERSON = wholeWords((v) => v.scope.firstPerson);
const CASE_SUBJECTS = wholeWords((v) => v.scope.caseSubjects);
const SELF_AFTER = new RegExp(`^ ${anyOf((v) => v.scope.selfAfter)} `);

/** How far a negation reaches: a verb's "not" across its clause, a "no" only its noun phrase. */
const NEGATOR_REACH = 8;
const DETERMINER_REACH = 3;

const OTHER_ORGANISATIONS = wholeWords((v) => v.scope.otherOrganisations);
const OWN_SUBJECTS = wholeWords((v) => v.scope.ownSubjects);

const ARTICLES = new Set(wordsOfEveryLanguage((v) => v.scope.articles));
const DETERMINING = new Set(wordsOfEveryLanguage((v) => [...v.scope.articles, ...v.scope.possessives]));
const THIRD_PERSON_VERBS = new Set(wordsOfEveryLanguage((v) => v.scope.thirdPersonVerbs));

interface Clause {
  start: number;
  end: number;
  asked: boolean;
}

/** The clause around a position: between the `CLAUSE_BREAK` words before and after it. */
export function clauseAt(normalized: string, position: number): Clause {
  const before = normalized.lastIndexOf(` ${CLAUSE_BREAK} `, position);
  const start = before < 0 ? 0 : before + 2;
  const after = normalized.indexOf(` ${CLAUSE_BREAK} `, position);
  const end = after < 0 ? normalized.length - 1 : after;
  return { start, end, asked: normalized.slice(start, end + 1).endsWith(` ${QUESTION_MARK} `) };
}

function lastMatchEnd(pattern: RegExp, text: string): number {
  return matchesOf(text, pattern).at(-1)?.end ?? -1;
}

/** "not a trial", "no add-ons", "non abbiamo mai avuto un dominio": negated within its clause, until a "but". */
export function isNegated(normalized: string, span: Span): boolean {
  // A phrase that opens with a negative word that agrees ("nessun ruolo") takes a "non" before it as
  // agreement, as Italian does ("non ho nessun ruolo"), not as a second negation.
  if (opensWithAgreeingNegation(normalized, span)) return false;
  const clause = clauseAt(normalized, span.start);
  let before = normalized.slice(clause.start, span.start);
  const scopeEnd = lastMatchEnd(SCOPE_ENDS, before);
  if (scopeEnd >= 0) before = before.slice(scopeEnd);
  const words = before.trim().split(' ').filter(Boolean).slice(-NEGATOR_REACH);
  return words.some((word, index) => NEGATORS.has(word) || (DETERMINERS.has(word) && words.length - index <= DETERMINER_REACH));
}

function opensWithAgreeingNegation(normalized: string, span: Span): boolean {
  return AGREEING_NEGATIONS.has(normalized.slice(span.start, span.end).trim().split(' ')[0] ?? '');
}

/** Whether a negation stands among the words of a span itself ("setup is not finished yet", "non c e nessun problema"). */
export function holdsNegation(normalized: string, span: Span): boolean {
  return normalized
    .slice(span.start, span.end)
    .trim()
    .split(' ')
    .some((word) => NEGATORS.has(word) || DETERMINERS.has(word));
}

/** "maybe", "non so se" before it in its clause, or a next clause that is only a doubt ("..., not sure"). */
export function isHedged(normalized: string, span: Span): boolean {
  const clause = clauseAt(normalized, span.start);
  if (lastMatchEnd(HEDGES, normalized.slice(clause.start, span.start)) >= 0) return true;
  const next = normalized.slice(clause.end + 2);
  const nextEnd = next.indexOf(` ${CLAUSE_BREAK} `);
  const nextClause = ` ${(nextEnd < 0 ? next : next.slice(0, nextEnd)).trim()} `;
  return lastMatchEnd(HEDGES, nextClause) >= 0 && nextClause.trim().split(' ').length <= DOUBT_ONLY_WORDS;
}

/** Every word of `text` between `start` and `end` replaced by as many underscores: no reader reads it, and positions stay. */
function maskWords(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[a-z0-9]/g, '_') + text.slice(end);
}

function clauses(normalized: string): Clause[] {
  const found: Clause[] = [];
  for (let position = 0; position < normalized.length - 1; ) {
    const clause = clauseAt(normalized, position);
    found.push(clause);
    position = clause.end + 2;
  }
  return found;
}

/**
 * Normalized text with only what the writer states as their own: a doubt masks the rest of its
 * clause ("maybe we're on E3", "if we had E5", "my colleague thinks it's a trial"), a clause that is
 * only a doubt masks the one before ("..., I'll have to check"), and another organisation masks its
 * clause and the clauses after it until the writer speaks of themselves again ("our parent company
 * is on an EA, we pay by card"). Masked words keep their length, so positions found in the result
 * hold in the text, and every reader (plans, counts, channels, roles, yes/no facts) obeys one rule.
 */
export function ownStatements(normalized: string): string {
  let text = normalized;
  let othersSpeaking = false;
  const all = clauses(normalized);
  all.forEach((clause, index) => {
    const body = normalized.slice(clause.start, clause.end + 1);
    const owns = matchesOf(body, OWN_SUBJECTS).map((match) => match.start);
    const other = matchesOf(body, OTHER_ORGANISATIONS).at(-1)?.start ?? -1;
    // "our holding company is on E5 and we are on E3": the writer speaking again ends the other's reach.
    const ownAfter = owns.find((start) => start > other) ?? -1;
    if (other >= 0) othersSpeaking = ownAfter < 0;
    else if (owns.length > 0) othersSpeaking = false;
    if (other >= 0 || othersSpeaking) text = maskWords(text, clause.start + Math.max(0, other), ownAfter >= 0 ? clause.start + ownAfter : clause.end);
    const hedge = matchesOf(body, HEDGES).at(0)?.start ?? -1;
    if (hedge >= 0) {
      const words = body.trim().split(' ').length;
      const onlyDoubt = words <= DOUBT_ONLY_WORDS;
      const previous = all[index - 1];
      // "..., not sure": the doubt is about the clause before it.
      if (onlyDoubt && previous !== undefined) text = maskWords(text, previous.start, previous.end);
      text = maskWords(text, clause.start + hedge, clause.end);
    }
  });
  return text;
}

/** A phrase in a clause that asks ("do we need a custom domain?") states nothing. */
export function isAsked(normalized: string, span: Span): boolean {
  return clauseAt(normalized, span.start).asked;
}

/** A phrase labelled with an answer, ticket style: "Trial: no", "custom domain? yes". */
export function labelledAnswer(normalized: string, span: Span): boolean | undefined {
  const after = normalized.slice(span.end).trim().split(' ').filter((word) => word !== '');
  let index = 0;
  while (after[index] === CLAUSE_BREAK || after[index] === QUESTION_MARK) index++;
  const answer = after[index];
  const next = after[index + 1];
  if (answer === undefined || (next !== undefined && next !== CLAUSE_BREAK)) return undefined;
  if (YES.has(answer)) return true;
  if (NO.has(answer)) return false;
  return undefined;
}

/**
 * Whether a role names the person typing (or, in a support ticket, the customer's admin): the
 * nearest subject before it in its clause decides ("my boss is GA and I'm a helpdesk admin"); asking
 * or needing someone makes it theirs ("ask the global admin"). A role that opens its clause is the
 * typer's ("MOSA, global admin"), unless a verb makes it a sentence about that role ("the global
 * admin is on leave"); with no subject at all, it is nobody's in particular.
 */
export function isSomeoneElses(normalized: string, span: Span): boolean {
  const clause = clauseAt(normalized, span.start);
  const before = normalized.slice(clause.start, span.start);
  if (lastMatchEnd(REQUESTS, before) >= 0) return true;
  const other = lastMatchEnd(OTHER_PEOPLE, before);
  const own = Math.max(lastMatchEnd(FIRST_PERSON, before), lastMatchEnd(CASE_SUBJECTS, before));
  if (other >= 0 || own >= 0) return other > own;
  if (SELF_AFTER.test(normalized.slice(span.end))) return false;
  const opensClause = before.trim().split(' ').filter(Boolean).every((word) => ARTICLES.has(word));
  return !opensClause || isActor(normalized, span);
}

/** The subject of its clause, doing something: "the global admin is on leave", "the partner holds global admin". */
export function isActor(normalized: string, span: Span): boolean {
  const clause = clauseAt(normalized, span.start);
  const opensClause = normalized.slice(clause.start, span.start).trim().split(' ').filter(Boolean).every((word) => DETERMINING.has(word));
  if (!opensClause) return false;
  const following = normalized.slice(span.end, clause.end).trim().split(' ').slice(0, 3);
  return following.some((word) => THIRD_PERSON_VERBS.has(word));
}

/** A role the writer claims in so many words: "I'm", "io sono", "as" before it in its clause, nobody else after that. */
export function namesItsOwner(normalized: string, span: Span): boolean {
  const clause = clauseAt(normalized, span.start);
  const before = normalized.slice(clause.start, span.start);
  const own = lastMatchEnd(FIRST_PERSON, before);
  return own >= 0 && own > lastMatchEnd(OTHER_PEOPLE, before);
}

const QUOTING = new RegExp(`^ (?:\\w+ )?${anyOf((v) => v.scope.quotingVerbs)} `);
const DOCUMENTS = wholeWords((v) => v.scope.documents);

/** A channel's word naming a document that is read ("the invoice still says", "in fattura c'e scritto"), not how the plan was bought. */
export function isQuotedDocument(normalized: string, span: Span): boolean {
  if (QUOTING.test(normalized.slice(span.end))) return true;
  return matchesOf(normalized, DOCUMENTS).some((document) => document.start <= span.start && span.end <= document.end);
}
