import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  FACTS,
  TenantFactsSchema,
  extractFacts,
  factsAsked,
  readAnswer,
  saysDontKnow,
  saysNoneApplies,
  type FactKey,
  type IntakeQuestion,
  type TenantFacts,
} from '../domain/index.js';
import {
  BOOLEAN_VALUES,
  SKIP_ANSWER,
  buildChecklistCard,
  buildChoicesCard,
  buildFactQuestionCard,
  parseSubmit,
  type AdaptiveCardJson,
  type FactsFormSubmit,
} from '../cards/index.js';
import type { AnswerProblem, Question, Recognition } from './question-prompt.js';
import { explainProblem } from './answer-problems.js';
import { turnLanguage, turnMessages } from './turn-language.js';

export interface IntakeQuestionSpec {
  question: IntakeQuestion;
  /** Facts already known: the card can show context, and a typed fact that differs is a conflict. */
  known: Partial<TenantFacts>;
  questionsLeft?: number;
}

/** What one answer taught: facts (some may contradict earlier ones), and the facts the admin does not know. */
export interface IntakeAnswer {
  facts: Partial<TenantFacts>;
  skipped: FactKey[];
  /** Read from typed words, so said back ("Noted: …"); a click needs no echo. */
  typed: boolean;
  /** A checklist answered by naming what applies: the facts it did not name were taken as no. */
  othersTakenAsNo?: FactKey[];
}

/** A card's value is a string from our own card; anything that is not one of its options was tampered with. */
export function readSubmittedValue(fact: FactKey, raw: string): Partial<TenantFacts> | undefined {
  const spec = FACTS[fact];
  const value: unknown =
    spec.kind === 'boolean' ? (raw === BOOLEAN_VALUES.yes ? true : raw === BOOLEAN_VALUES.no ? false : undefined)
    : spec.kind === 'count' ? (/^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : undefined)
    : raw;
  // The fact's own field: parsing the whole record for one answer checks a score of absent fields.
  const parsed = TenantFactsSchema.shape[fact].safeParse(value);
  return parsed.success && parsed.data !== undefined ? ({ [fact]: parsed.data } as Partial<TenantFacts>) : undefined;
}

function problemFor(question: IntakeQuestion): AnswerProblem {
  if (question.kind === 'checklist') return 'not-which';
  if (question.kind === 'choices') return 'nothing-picked';
  switch (FACTS[question.fact].kind) {
    case 'plan':
      return 'not-a-plan';
    case 'boolean':
      return 'not-yes-no';
    case 'count':
      return 'not-a-number';
    case 'choice':
      return 'not-a-choice';
  }
}

const sameFacts = (a: readonly FactKey[], b: readonly FactKey[]) => a.length === b.length && a.every((fact) => b.includes(fact));

function readForm(asked: readonly FactKey[], form: FactsFormSubmit): Recognition<IntakeAnswer> {
  const answer: IntakeAnswer = { facts: {}, skipped: [], typed: false };
  for (const fact of asked) {
    const raw = form.choice === 'none' ? BOOLEAN_VALUES.no : form.choice === 'skip' ? SKIP_ANSWER : form[fact];
    // A choice left empty stays open: asked again only if it still matters.
    if (raw === undefined || raw === '') continue;
    if (raw === SKIP_ANSWER) {
      answer.skipped.push(fact);
      continue;
    }
    const facts = readSubmittedValue(fact, raw);
    if (!facts) return { ok: false, problem: 'invalid-submit' };
    Object.assign(answer.facts, facts);
  }
  if (Object.keys(answer.facts).length === 0 && answer.skipped.length === 0) {
    // The choices card says answers may be left empty: Send with none is "I don't know" to each, not an error.
    if (asked.every((fact) => FACTS[fact].kind === 'choice')) return { ok: true, value: { facts: {}, skipped: [...asked], typed: false } };
    return { ok: false, problem: 'nothing-picked' };
  }
  return { ok: true, value: answer };
}

function recognizeSubmit(question: IntakeQuestion, value: unknown): Recognition<IntakeAnswer> {
  const submit = parseSubmit(value);
  if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
  const { data } = submit;
  if (question.kind === 'fact') {
    if (data.action !== 'answer' || data.fact !== question.fact) return { ok: false, problem: 'stale-card' };
    if (data.value === SKIP_ANSWER) return { ok: true, value: { facts: {}, skipped: [question.fact], typed: false } };
    const facts = readSubmittedValue(question.fact, data.value);
    return facts ? { ok: true, value: { facts, skipped: [], typed: false } } : { ok: false, problem: 'invalid-submit' };
  }
  if (data.action !== 'facts' || !sameFacts(data.asked, question.facts)) return { ok: false, problem: 'stale-card' };
  // "None of these" belongs to the checklist only.
  if (data.choice === 'none' && question.kind !== 'checklist') return { ok: false, problem: 'invalid-submit' };
  return readForm(question.facts, data);
}

const NEGATIVE_NUMBER = /(?:^|[\s(:])[-−–]\s?\d/u;

/** Everything the message states, the asked facts read the way an answer to them may be worded. */
function readTyped(question: IntakeQuestion, text: string): Partial<TenantFacts> {
  const stated: Partial<TenantFacts> = extractFacts(text);
  const asked = factsAsked(question);
  // A plan named while a plan is asked is that answer, never a new current plan too.
  if (question.kind === 'fact' && FACTS[question.fact].kind === 'plan') {
    delete stated.currentPlan;
    delete stated.targetPlan;
  }
  for (const fact of asked) {
    if (question.kind === 'checklist') continue;
    const direct = readAnswer(fact, text);
    if (direct !== undefined) Object.assign(stated, { [fact]: direct });
  }
  return stated;
}

function recognizeText(question: IntakeQuestion, text: string): Recognition<IntakeAnswer> {
  const asked = factsAsked(question);
  if (saysDontKnow(text)) return { ok: true, value: { facts: {}, skipped: asked, typed: false } };
  if (question.kind === 'checklist' && saysNoneApplies(text)) {
    return { ok: true, value: { facts: Object.fromEntries(asked.map((fact) => [fact, false])), skipped: [], typed: false } };
  }
  const facts = readTyped(question, text);
  // "-5 users": a number with a minus sign is no count, and saying so beats "pick an answer".
  if (NEGATIVE_NUMBER.test(text)) return { ok: false, problem: 'negative-number' };
  if (Object.keys(facts).length === 0) return { ok: false, problem: problemFor(question) };
  const answer: IntakeAnswer = { facts, skipped: [], typed: true };
  // A checklist answered by naming what applies: the rest of it does not.
  if (question.kind === 'checklist' && question.facts.some((fact) => facts[fact] === true)) {
    const others = question.facts.filter((fact) => facts[fact] === undefined);
    for (const fact of others) Object.assign(facts, { [fact]: false });
    answer.othersTakenAsNo = others;
  }
  return { ok: true, value: answer };
}

function cardFor(context: TurnContext, { question, known, questionsLeft }: IntakeQuestionSpec): AdaptiveCardJson {
  const lang = turnLanguage(context);
  switch (question.kind) {
    case 'fact':
      return buildFactQuestionCard(lang, question.fact, { facts: known, ...(questionsLeft === undefined ? {} : { questionsLeft }) });
    case 'choices':
      return buildChoicesCard(lang, question.facts, questionsLeft);
    case 'checklist':
      return buildChecklistCard(lang, question.facts, questionsLeft);
  }
}

/** One turn of the intake: a fact alone, the open choices together, or the yes/no checklist. */
export const intakeQuestion: Question<IntakeQuestionSpec, IntakeAnswer> = {
  render(context, spec) {
    // The card carries the question; a text beside it would show it twice in Teams.
    return MessageFactory.attachment(CardFactory.adaptiveCard(cardFor(context, spec)));
  },
  async recognize(context, { question }) {
    const { value, text } = context.activity;
    if (value !== undefined && value !== null) return recognizeSubmit(question, value);
    const read = recognizeText(question, text ?? '');
    if (read.ok || !('problem' in read)) return read;
    // Words it cannot read get one line: the card is still right above, not sent again.
    await context.sendActivity(explainProblem(turnMessages(context), read.problem));
    return { ok: false, aside: true };
  },
  explain(context, problem) {
    return explainProblem(turnMessages(context), problem);
  },
};
