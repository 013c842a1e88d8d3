import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { FACTS, TenantFactsSchema, extractFacts, readAnswer, saysDontKnow, type FactKey, type TenantFacts } from '../domain/index.js';
import { buildFactQuestionCard, parseSubmit } from '../cards/index.js';
import type { AnswerProblem, Question, Recognition } from './question-prompt.js';
import { explainProblem } from './answer-problems.js';
import { turnLanguage, turnMessages } from './turn-language.js';

export interface FactQuestionSpec {
  fact: FactKey;
  /** Facts already known: typed extras never overwrite them, and the card can show context. */
  known: Partial<TenantFacts>;
}

/** What one answer taught us: new facts, or that the admin does not know this one. */
export type FactAnswer = { facts: Partial<TenantFacts>; skipped?: FactKey };

const PartialFactsSchema = TenantFactsSchema.partial();

function problemFor(fact: FactKey): AnswerProblem {
  switch (FACTS[fact].kind) {
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

/** A card's value is a string from our own card; anything that is not one of its options was tampered with. */
export function readSubmittedValue(fact: FactKey, raw: string): Partial<TenantFacts> | undefined {
  const spec = FACTS[fact];
  const value: unknown =
    spec.kind === 'boolean' ? (raw === 'true' ? true : raw === 'false' ? false : undefined)
    : spec.kind === 'count' ? (/^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : undefined)
    : raw;
  const parsed = PartialFactsSchema.safeParse({ [fact]: value });
  return parsed.success && parsed.data[fact] !== undefined ? parsed.data : undefined;
}

function recognizeSubmit(spec: FactQuestionSpec, value: unknown): Recognition<FactAnswer> {
  const submit = parseSubmit(value);
  if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
  if (submit.data.action !== 'answer' || submit.data.fact !== spec.fact) return { ok: false, problem: 'stale-card' };
  if (submit.data.value === 'skip') return { ok: true, value: { facts: {}, skipped: spec.fact } };
  const facts = readSubmittedValue(spec.fact, submit.data.value);
  return facts ? { ok: true, value: { facts } } : { ok: false, problem: 'invalid-submit' };
}

function recognizeText(spec: FactQuestionSpec, text: string): Recognition<FactAnswer> {
  if (saysDontKnow(text)) return { ok: true, value: { facts: {}, skipped: spec.fact } };
  const direct = readAnswer(spec.fact, text);
  const learned: Partial<TenantFacts> = {};
  // Extras from the same sentence ("no, and we have 40 users") fill facts not known yet; a plan named
  // while a plan is asked is that answer, never a new current plan.
  const asksPlan = FACTS[spec.fact].kind === 'plan';
  for (const [key, extra] of Object.entries(extractFacts(text)) as [FactKey, unknown][]) {
    if (spec.known[key] !== undefined || extra === undefined) continue;
    if (asksPlan && FACTS[key].kind === 'plan') continue;
    Object.assign(learned, { [key]: extra });
  }
  if (direct !== undefined) Object.assign(learned, { [spec.fact]: direct });
  if (Object.keys(learned).length === 0) return { ok: false, problem: problemFor(spec.fact) };
  return { ok: true, value: { facts: learned } };
}

export const factQuestion: Question<FactQuestionSpec, FactAnswer> = {
  render(context, spec) {
    const card = buildFactQuestionCard(turnLanguage(context), spec.fact, { facts: spec.known });
    // The card carries the question; a text beside it would show it twice in Teams.
    return MessageFactory.attachment(CardFactory.adaptiveCard(card));
  },
  recognize(context: TurnContext, spec) {
    const { value, text } = context.activity;
    if (value !== undefined && value !== null) return recognizeSubmit(spec, value);
    return recognizeText(spec, text ?? '');
  },
  explain(context, problem) {
    return explainProblem(turnMessages(context), problem);
  },
};
