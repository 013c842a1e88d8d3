import { randomUUID } from 'node:crypto';
import { TELEMETRY_EVENTS, trackTurnEvent } from './turn-telemetry.js';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import {
  ADMIN_CENTER_MESSAGES,
  changedFacts,
  diagnose,
  extractFacts,
  factsToRecheck,
  readAdminCenterMessage,
  saysDontKnow,
  tableOfEveryLanguage,
  wholeMessageWord,
  withoutRecheckedFacts,
  type AdminCenterMessageId,
  type Diagnosis,
  type NextMove,
  type TenantFacts,
  type UpgradePath,
} from '../domain/index.js';
import { buildDiagnosisCard, buildPageSaysCard, parseSubmit } from '../cards/index.js';
import { recognizeJourney } from './commands.js';
import { factLines } from './fact-lines.js';
import { answerWhatIf } from './what-if.js';
import type { StateAccessors, WalkthroughKind } from './conversation-data.js';
import { IntakeDialog, type IntakeState } from './intake-dialog.js';
import { explainProblem } from './answer-problems.js';
import { explainPastedMessage } from './pasted-message.js';
import { JourneyWaterfall } from './journey-waterfall.js';
import { QuestionPrompt, type Question, type Recognition } from './question-prompt.js';
import { turnLanguage, turnMessages } from './turn-language.js';
import { WalkthroughDialog, type WalkthroughOptions } from './walkthrough-dialog.js';

export type JourneyGoal = 'can-i-upgrade' | 'why-no-upgrade-tab' | 'walkthrough-auto' | 'walkthrough-manual';

export interface JourneyOptions {
  goal: JourneyGoal;
  facts: Partial<TenantFacts>;
  /** Ask what the admin center says even when more than the plans is known. */
  askPage?: boolean;
}

/** Facts typed at the answer ("check again with 350 users", a correction of one read from the tenant): they replace what was known. */
type Correction = { correct: Partial<TenantFacts> };

/** What the admin center says, picked or pasted: the facts it states. */
interface PageSays {
  facts: Partial<TenantFacts>;
  /** Set when the message was typed or pasted, to say which one it was taken for. */
  recognised?: AdminCenterMessageId;
}

/** What the waterfall keeps between its steps. */
interface JourneyValues {
  facts: TenantFacts;
  diagnosis: Diagnosis;
  kind?: WalkthroughKind;
}

const NEXT_MOVE_PROMPT = 'journey.nextMovePrompt';
const PAGE_SAYS_PROMPT = 'journey.pageSaysPrompt';

export function walkthroughKindFor(path: UpgradePath): WalkthroughKind | undefined {
  if (path === 'upgrade-tab' || path === 'resolve-then-upgrade-tab') return 'upgrade-tab';
  if (path === 'manual') return 'manual';
  return undefined;
}

const NEXT_MOVE_WORDS = tableOfEveryLanguage((vocabulary) => vocabulary.nextMoves);

/** A typed next move: its words, or a request for the steps ("walk me through it"). */
function typedMove(text: string | undefined): NextMove | undefined {
  const move = wholeMessageWord(text, NEXT_MOVE_WORDS);
  if (move) return move;
  const journey = recognizeJourney(text);
  return journey === 'walkthrough-auto' || journey === 'walkthrough-manual' ? 'start-walkthrough' : undefined;
}

/** The diagnosis card is the question: its buttons (or typed words) pick what comes next. */
const nextMoveQuestion: Question<{ facts: TenantFacts }, NextMove | Correction> = {
  render(context, { facts }) {
    const diagnosis = diagnose(facts);
    trackTurnEvent(context, TELEMETRY_EVENTS.verdict, {
      path: diagnosis.path,
      reasons: diagnosis.reasons.map((reason) => reason.id).join(','),
      ...(facts.currentPlan ? { currentPlan: facts.currentPlan } : {}),
      ...(facts.targetPlan ? { targetPlan: facts.targetPlan } : {}),
    });
    const card = buildDiagnosisCard(turnLanguage(context), diagnosis, facts);
    return MessageFactory.attachment(CardFactory.adaptiveCard(card));
  },
  async recognize(context, { facts }): Promise<Recognition<NextMove | Correction>> {
    const diagnosis = diagnose(facts);
    const canWalk = walkthroughKindFor(diagnosis.path) !== undefined;
    const { value, text } = context.activity;
    let move: NextMove | undefined;
    if (value !== undefined && value !== null) {
      const submit = parseSubmit(value);
      if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
      if (submit.data.action !== 'diagnosis') return { ok: false, problem: 'stale-card' };
      move = submit.data.choice;
    } else {
      if (await answerWhatIf(context, facts)) return { ok: false, aside: true };
      move = typedMove(text);
      const stated = move ? {} : changedFacts(facts, extractFacts(text ?? ''));
      if (Object.keys(stated).length > 0) return { ok: true, value: { correct: stated } };
    }
    if (move === 'recheck' && factsToRecheck(diagnosis).every((fact) => facts[fact] === undefined)) {
      await context.sendActivity(turnMessages(context).intake.nothingToRecheck);
      return { ok: false, aside: true };
    }
    if (!move || (move === 'start-walkthrough' && !canWalk)) return { ok: false, problem: 'not-understood' };
    return { ok: true, value: move };
  },
  explain(context, problem) {
    const messages = turnMessages(context);
    return problem === 'not-understood' ? messages.ui.diagnosis.useButtons : explainProblem(messages, problem);
  },
};

/** "What does the page say?": a message picked or pasted, the facts it states; "don't know" states none. */
const pageSaysQuestion: Question<Record<string, never>, PageSays> = {
  render(context) {
    return MessageFactory.attachment(CardFactory.adaptiveCard(buildPageSaysCard(turnLanguage(context))));
  },
  recognize(context): Recognition<PageSays> {
    const { value, text } = context.activity;
    if (value !== undefined && value !== null) {
      const submit = parseSubmit(value);
      if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
      if (submit.data.action !== 'page-says') return { ok: false, problem: 'stale-card' };
      return { ok: true, value: { facts: ADMIN_CENTER_MESSAGES[submit.data.message].implies } };
    }
    const pasted = readAdminCenterMessage(text ?? '', 'pasted');
    if (pasted) return { ok: true, value: { facts: pasted.facts, recognised: pasted.id } };
    if (saysDontKnow(text ?? '')) return { ok: true, value: { facts: {} } };
    const stated = extractFacts(text ?? '');
    if (Object.keys(stated).length > 0) return { ok: true, value: { facts: stated } };
    return { ok: false, problem: 'not-a-choice' };
  },
  explain(context, problem) {
    return explainProblem(turnMessages(context), problem);
  },
};

/** Facts about the plans alone say nothing of what the page shows: "why not" asks what it says then. */
function saysOnlyPlans(facts: Partial<TenantFacts>): boolean {
  return Object.keys(facts).every((fact) => fact === 'currentPlan' || fact === 'targetPlan');
}

/**
 * Can I upgrade / why not / walk me through: intake, then the diagnosis card, then the walkthrough
 * that fits the path (or a recheck after the admin fixed something).
 */
export class JourneyDialog extends JourneyWaterfall {
  static readonly id = 'journey';
  readonly companions = [new QuestionPrompt(NEXT_MOVE_PROMPT, nextMoveQuestion), new QuestionPrompt(PAGE_SAYS_PROMPT, pageSaysQuestion)];

  /** Begins IntakeDialog and WalkthroughDialog, which MainDialog keeps beside it. */
  constructor(private readonly state: StateAccessors) {
    super(JourneyDialog.id);
    for (const step of [this.askPage, this.intake, this.answer, this.follow, this.walk]) this.addStep(step.bind(this));
  }

  /** "Why can't I?" starts from what the admin center says, unless the admin already told more than the plans. */
  private async askPage(step: WaterfallStepContext) {
    const { goal, facts, askPage } = step.options as JourneyOptions;
    const messages = turnMessages(step.context);
    if (Object.keys(facts).length === 0) await step.context.sendActivity(messages.ui.journeyIntro[goal]);
    if (goal !== 'why-no-upgrade-tab' || (!saysOnlyPlans(facts) && !askPage)) return step.next();
    return step.prompt(PAGE_SAYS_PROMPT, { validations: {} });
  }

  private async intake(step: WaterfallStepContext) {
    const { goal, facts } = step.options as JourneyOptions;
    const page = step.result as PageSays | undefined;
    if (page?.recognised) await explainPastedMessage(step.context, page.recognised);
    const known = { ...facts, ...page?.facts };
    if (page) await this.remember(step.context, known);
    const intake: IntakeState = { facts: known, purpose: goal === 'walkthrough-manual' ? 'manual-walkthrough' : 'diagnosis' };
    return step.beginDialog(IntakeDialog.id, intake);
  }

  private async remember(context: TurnContext, facts: Partial<TenantFacts>): Promise<void> {
    const data = await this.state.conversationData.get(context, {});
    data.facts = facts;
  }

  private async answer(step: WaterfallStepContext) {
    const { goal } = step.options as JourneyOptions;
    const facts = step.result as Partial<TenantFacts>;
    const messages = turnMessages(step.context);
    if (!facts.currentPlan) {
      await step.context.sendActivity(messages.ui.diagnosis.needPlan);
      return step.endDialog();
    }
    const known = facts as TenantFacts;
    const diagnosis = diagnose(known);
    Object.assign(step.values, { facts: known, diagnosis } satisfies JourneyValues);
    const direct = this.directWalkthrough(goal, diagnosis);
    if (direct) return step.next('start-walkthrough');

    return step.prompt(NEXT_MOVE_PROMPT, { validations: { facts: known } });
  }

  private async follow(step: WaterfallStepContext) {
    const { goal } = step.options as JourneyOptions;
    const { facts, diagnosis } = step.values as JourneyValues;
    const move = step.result as NextMove | Correction;
    const messages = turnMessages(step.context);
    if (typeof move === 'object') {
      const corrected = { ...facts, ...move.correct };
      await this.remember(step.context, corrected);
      await step.context.sendActivity(messages.intake.updated(factLines(messages, move.correct)));
      return step.replaceDialog(JourneyDialog.id, { goal: 'can-i-upgrade', facts: corrected } satisfies JourneyOptions);
    }
    if (move === 'recheck') {
      const asked = factsToRecheck(diagnosis).filter((fact) => facts[fact] !== undefined);
      await step.context.sendActivity(messages.intake.recheckAsks(asked.map((fact) => messages.facts[fact].label)));
      return step.replaceDialog(JourneyDialog.id, { goal: 'can-i-upgrade', facts: withoutRecheckedFacts(facts, diagnosis) } satisfies JourneyOptions);
    }
    if (move === 'start-over') return step.endDialog({ startOver: true });
    const kind = goal === 'walkthrough-manual' ? 'manual' : walkthroughKindFor(diagnosis.path);
    if (!kind) return step.endDialog();
    Object.assign(step.values, { kind });
    // The steps name the new plan and differ by billing account: the intake asks what they need if the
    // diagnosis did not, and ends at once with the facts when nothing is missing.
    const stepsIntake: IntakeState = { facts, purpose: kind === 'manual' ? 'manual-walkthrough' : 'automatic-walkthrough' };
    return step.beginDialog(IntakeDialog.id, stepsIntake);
  }

  private async walk(step: WaterfallStepContext) {
    const { kind } = step.values as JourneyValues;
    const facts = step.result as TenantFacts;
    if (!kind) return step.endDialog();
    const data = await this.state.conversationData.get(step.context, {});
    data.facts = facts;
    const progress = { id: randomUUID(), kind, facts, stepIndex: 0, updatedAt: new Date().toISOString() };
    return step.replaceDialog(WalkthroughDialog.id, { progress } satisfies WalkthroughOptions);
  }

  /** When the admin asked for steps and the path gives them, skip the question in between. */
  private directWalkthrough(goal: JourneyGoal, diagnosis: Diagnosis): boolean {
    if (goal === 'walkthrough-auto') return diagnosis.path === 'upgrade-tab';
    if (goal === 'walkthrough-manual') return diagnosis.path !== 'contact-partner';
    return false;
  }
}
