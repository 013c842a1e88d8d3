import { diagnoseTyped } from './diagnose.js';
import { FACTS, type FactKey, type TenantFacts, type YesNoFact } from './tenant-facts.js';
import { termWouldChangeAnswer } from './term-effects.js';
import { walkthroughNeeds } from './walkthrough.js';

/** What the intake is for: a diagnosis asks what could change the answer; a walkthrough what its steps need. */
export type IntakePurpose = 'diagnosis' | 'manual-walkthrough' | 'automatic-walkthrough';

export interface IntakeState {
  facts: Partial<TenantFacts>;
  purpose: IntakePurpose;
  /** Facts the admin said they don't know: never asked twice in one intake. */
  skipped?: readonly FactKey[];
}

/**
 * One turn of the intake. A plan or a count is asked alone (it has its own input); the open
 * choices go together on one card, and the open yes/no facts on one checklist: most tenants
 * answer "none of these", and one click beats a card each.
 */
export type IntakeQuestion =
  | { kind: 'fact'; fact: FactKey }
  | { kind: 'choices'; facts: FactKey[] }
  | { kind: 'checklist'; facts: YesNoFact[] };

/** Every fact still worth asking, most decisive first; empty when the known facts settle the matter. */
export function openFacts(state: IntakeState): FactKey[] {
  const { facts, purpose, skipped = [] } = state;
  const isOpen = (fact: FactKey) => facts[fact] === undefined && !skipped.includes(fact);
  if (!facts.currentPlan) return isOpen('currentPlan') ? ['currentPlan'] : [];
  const diagnosis = diagnoseTyped(facts as TenantFacts);
  // A partner or volume-licensing purchase ends a walkthrough too: the partner does the change.
  if (purpose !== 'diagnosis' && diagnosis.path !== 'contact-partner') {
    return walkthroughNeeds(purpose === 'manual-walkthrough' ? 'manual' : diagnosis.path, facts).filter(isOpen);
  }
  // Once the path is settled, the term is asked only where it changes what the answer says.
  if (diagnosis.decided) return termWouldChangeAnswer(facts as TenantFacts, diagnosis) && isOpen('commitmentTerm') ? ['commitmentTerm'] : [];
  return diagnosis.unknownFacts.filter(isOpen);
}

function isYesNo(fact: FactKey): fact is YesNoFact {
  return FACTS[fact].kind === 'boolean';
}

/**
 * The questions the open facts make, most decisive first (the diagnosis' order): the first open
 * fact decides what is asked next, with the other open facts of its kind when it is a choice or a
 * yes/no. A plan or a count has an input of its own and is asked alone.
 */
function questionsFor(open: readonly FactKey[]): IntakeQuestion[] {
  const questions: IntakeQuestion[] = [];
  const asked = new Set<FactKey>();
  for (const fact of open) {
    if (asked.has(fact)) continue;
    const kind = FACTS[fact].kind;
    const group = kind === 'choice' || kind === 'boolean' ? open.filter((other) => FACTS[other].kind === kind) : [fact];
    for (const member of group) asked.add(member);
    if (group.length === 1) questions.push({ kind: 'fact', fact });
    else if (kind === 'choice') questions.push({ kind: 'choices', facts: group });
    else questions.push({ kind: 'checklist', facts: group.filter(isYesNo) });
  }
  return questions;
}

export interface IntakeOutlook {
  /** The next question, or none when the known facts already settle the matter. */
  next: IntakeQuestion | undefined;
  /**
   * How many questions the intake would still ask if every answer left the rest open, the next one
   * included: an estimate for "about N questions left" (an answer can close others, or open one).
   * Undefined before the plan is known: what follows depends on it.
   */
  left: number | undefined;
}

/** The next question and how many may follow, from one reading of what is still open. */
export function intakeOutlook(state: IntakeState): IntakeOutlook {
  const questions = questionsFor(openFacts(state));
  return { next: questions[0], left: state.facts.currentPlan ? questions.length : undefined };
}

/** The facts a question asks. */
export function factsAsked(question: IntakeQuestion): FactKey[] {
  return question.kind === 'fact' ? [question.fact] : [...question.facts];
}
