import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import {
  diagnose,
  extractFacts,
  tableOfEveryLanguage,
  wholeMessageWord,
  withoutRecheckedFacts,
  type Diagnosis,
  type NextMove,
  type TenantFacts,
  type UpgradePath,
} from '../domain/index.js';
import { buildDiagnosisCard, parseSubmit } from '../cards/index.js';
import type { StateAccessors, WalkthroughKind } from './conversation-data.js';
import { IntakeDialog, nextFactToAsk, type IntakeOptions } from './intake-dialog.js';
import { explainProblem } from './answer-problems.js';
import { JourneyWaterfall } from './journey-waterfall.js';
import { QuestionPrompt, type Question, type Recognition } from './question-prompt.js';
import { turnLanguage, turnMessages } from './turn-language.js';
import { WalkthroughDialog, type WalkthroughOptions } from './walkthrough-dialog.js';

export type JourneyGoal = 'can-i-upgrade' | 'why-no-upgrade-tab' | 'walkthrough-auto' | 'walkthrough-manual';

export interface JourneyOptions {
  goal: JourneyGoal;
  facts: Partial<TenantFacts>;
}

/** A fact typed at the answer (a correction of one read from the tenant, say): it replaces what was known. */
type Correction = { correct: Partial<TenantFacts> };

/** What the waterfall keeps between its steps. */
interface JourneyValues {
  facts: TenantFacts;
  diagnosis: Diagnosis;
  kind?: WalkthroughKind;
}

const NEXT_MOVE_PROMPT = 'journey.nextMovePrompt';

export function walkthroughKindFor(path: UpgradePath): WalkthroughKind | undefined {
  if (path === 'upgrade-tab' || path === 'resolve-then-upgrade-tab') return 'upgrade-tab';
  if (path === 'manual') return 'manual';
  return undefined;
}

const NEXT_MOVE_WORDS = tableOfEveryLanguage((vocabulary) => vocabulary.nextMoves);

/** The diagnosis card is the question: its buttons (or typed words) pick what comes next. */
const nextMoveQuestion: Question<{ facts: TenantFacts }, NextMove | Correction> = {
  render(context, { facts }) {
    const card = buildDiagnosisCard(turnLanguage(context), diagnose(facts), facts);
    return MessageFactory.attachment(CardFactory.adaptiveCard(card));
  },
  recognize(context, { facts }): Recognition<NextMove | Correction> {
    const canWalk = walkthroughKindFor(diagnose(facts).path) !== undefined;
    const { value, text } = context.activity;
    let move: NextMove | undefined;
    if (value !== undefined && value !== null) {
      const submit = parseSubmit(value);
      if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
      if (submit.data.action !== 'diagnosis') return { ok: false, problem: 'stale-card' };
      move = submit.data.choice;
    } else {
      move = wholeMessageWord(text, NEXT_MOVE_WORDS);
      const stated = move ? {} : extractFacts(text ?? '');
      if (Object.keys(stated).length > 0) return { ok: true, value: { correct: stated } };
    }
    if (!move || (move === 'start-walkthrough' && !canWalk)) return { ok: false, problem: 'not-understood' };
    return { ok: true, value: move };
  },
  explain(context, problem) {
    const messages = turnMessages(context);
    return problem === 'not-understood' ? messages.ui.diagnosis.useButtons : explainProblem(messages, problem);
  },
};

/**
 * Can I upgrade / why not / walk me through: intake, then the diagnosis card, then the walkthrough
 * that fits the path (or a recheck after the admin fixed something).
 */
export class JourneyDialog extends JourneyWaterfall {
  static readonly id = 'journey';
  readonly companions = [new QuestionPrompt(NEXT_MOVE_PROMPT, nextMoveQuestion)];

  /** Begins IntakeDialog and WalkthroughDialog, which MainDialog keeps beside it. */
  constructor(private readonly state: StateAccessors) {
    super(JourneyDialog.id);
    for (const step of [this.intake, this.answer, this.follow, this.walk]) this.addStep(step.bind(this));
  }

  private async intake(step: WaterfallStepContext) {
    const { goal, facts } = step.options as JourneyOptions;
    const messages = turnMessages(step.context);
    if (Object.keys(facts).length === 0) await step.context.sendActivity(messages.ui.journeyIntro[goal]);
    const intake: IntakeOptions = { facts, purpose: goal === 'walkthrough-manual' ? 'manual-walkthrough' : 'diagnosis' };
    return step.beginDialog(IntakeDialog.id, intake);
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
    if (typeof move === 'object') {
      const corrected = { ...facts, ...move.correct };
      const data = await this.state.conversationData.get(step.context, {});
      data.facts = corrected;
      await step.context.sendActivity(turnMessages(step.context).tenant.corrected);
      return step.replaceDialog(JourneyDialog.id, { goal, facts: corrected } satisfies JourneyOptions);
    }
    if (move === 'recheck') {
      await step.context.sendActivity(turnMessages(step.context).ui.diagnosis.recheckIntro);
      return step.replaceDialog(JourneyDialog.id, { goal, facts: withoutRecheckedFacts(facts, diagnosis) } satisfies JourneyOptions);
    }
    if (move === 'start-over') return step.endDialog({ startOver: true });
    const kind = goal === 'walkthrough-manual' ? 'manual' : walkthroughKindFor(diagnosis.path);
    if (!kind) return step.endDialog();
    Object.assign(step.values, { kind });
    // The steps name the new plan and differ by billing account: ask what they need if the diagnosis did not.
    const stepsIntake: IntakeOptions = { facts, purpose: kind === 'manual' ? 'manual-walkthrough' : 'automatic-walkthrough' };
    if (nextFactToAsk(stepsIntake)) return step.beginDialog(IntakeDialog.id, stepsIntake);
    return step.next(facts);
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
