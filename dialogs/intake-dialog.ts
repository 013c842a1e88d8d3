import { CardFactory, Channels, MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import {
  factsAsked,
  intakeOutlook,
  readAdminCenterMessage,
  readYesNo,
  type FactKey,
  type IntakeQuestion,
  type IntakeState,
  type TenantFacts,
} from '../domain/index.js';
import { buildAnsweredCard, buildConflictCard, parseSubmit } from '../cards/index.js';
import { formatFactValue } from '../i18n/index.js';
import { factLines } from './fact-lines.js';
import type { StateAccessors } from './conversation-data.js';
import { explainProblem } from './answer-problems.js';
import { explainPastedMessage } from './pasted-message.js';
import { intakeQuestion, type IntakeAnswer, type IntakeQuestionSpec } from './intake-question.js';
import { QuestionPrompt, type Question } from './question-prompt.js';
import { turnLanguage, turnMessages } from './turn-language.js';

export type { IntakeState } from '../domain/index.js';

const QUESTION_PROMPT = 'intake.questionPrompt';
const CONFLICT_PROMPT = 'intake.conflictPrompt';

/** What the intake keeps between turns: the facts so far, and typed facts that contradict them, until asked. */
interface IntakeProgress extends IntakeState {
  /** The question on screen, to show it answered. */
  asking?: IntakeQuestion;
  /** New values that contradict earlier answers, waiting for the admin to say which holds. */
  contested?: Partial<TenantFacts>;
}

/** The facts of `incoming` that contradict what `known` already holds. */
function contradictions(known: Partial<TenantFacts>, incoming: Partial<TenantFacts>): Partial<TenantFacts> {
  const contested: Partial<TenantFacts> = {};
  for (const fact of Object.keys(incoming) as FactKey[]) {
    if (known[fact] !== undefined && incoming[fact] !== known[fact]) Object.assign(contested, { [fact]: incoming[fact] });
  }
  return contested;
}

function without(facts: Partial<TenantFacts>, keys: readonly string[]): Partial<TenantFacts> {
  return Object.fromEntries(Object.entries(facts).filter(([key]) => !keys.includes(key))) as Partial<TenantFacts>;
}

/** The conflict card is the question: use the new answers, or keep what was said before. */
const conflictQuestion: Question<{ known: Partial<TenantFacts>; contested: Partial<TenantFacts> }, boolean> = {
  render(context, { known, contested }) {
    const messages = turnMessages(context);
    const lines = (Object.keys(contested) as FactKey[]).map((fact) =>
      messages.intake.conflict.line(messages.facts[fact].label, formatFactValue(messages, known, fact) ?? '', formatFactValue(messages, contested, fact) ?? ''),
    );
    return MessageFactory.attachment(CardFactory.adaptiveCard(buildConflictCard(turnLanguage(context), lines)));
  },
  recognize(context) {
    const { value, text } = context.activity;
    if (value !== undefined && value !== null) {
      const submit = parseSubmit(value);
      if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
      if (submit.data.action !== 'conflict') return { ok: false, problem: 'stale-card' };
      return { ok: true, value: submit.data.choice === 'new' };
    }
    // Typed: "yes" takes the new answer, "no" keeps the old one.
    const useNew = readYesNo(text ?? '');
    return useNew === undefined ? { ok: false, problem: 'not-yes-no' } : { ok: true, value: useNew };
  },
  explain(context, problem) {
    return explainProblem(turnMessages(context), problem);
  },
};

/**
 * Asks about the tenant, only what could still change the answer, a few facts a turn: a plan or a
 * count alone, the open choices on one card, the open yes/no facts on one checklist. Every typed
 * answer is read for every fact it states; what was read is said back, and a fact that contradicts
 * an earlier answer is asked about, never overwritten silently. Ends with the facts it has
 * (currentPlan may be missing only if the admin could not name it).
 */
export class IntakeDialog extends Dialog<IntakeState> {
  static readonly id = 'intake';
  /** Its prompts, kept beside it in MainDialog's set. */
  readonly companions;

  constructor(private readonly state: StateAccessors) {
    super(IntakeDialog.id);
    const remembered: Question<IntakeQuestionSpec, IntakeAnswer> = {
      ...intakeQuestion,
      // In Teams the card is shown answered afterwards: its id, kept where a restart finds it (only there).
      sent: async (context, _spec, activityId) => {
        const data = await state.conversationData.get(context, {});
        if (activityId && context.activity.channelId === Channels.Msteams) data.questionCardId = activityId;
        else delete data.questionCardId;
      },
    };
    this.companions = [new QuestionPrompt(QUESTION_PROMPT, remembered), new QuestionPrompt(CONFLICT_PROMPT, conflictQuestion)];
  }

  override async beginDialog(dc: DialogContext, options?: IntakeState): Promise<DialogTurnResult> {
    const progress: IntakeProgress = options ?? { facts: {}, purpose: 'diagnosis' };
    this.keep(dc, progress);
    return this.askNext(dc, progress);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: IntakeAnswer | boolean): Promise<DialogTurnResult> {
    const progress = this.kept(dc);
    if (typeof result === 'boolean') return this.settleConflict(dc, progress, result);
    if (!result) return this.askNext(dc, progress);
    const messages = turnMessages(dc.context);
    if (progress.asking) await this.showAnswered(dc.context, progress.asking, result);
    const contested = contradictions(progress.facts, result.facts);
    const taken = without(result.facts, Object.keys(contested));
    // Said back when the words went beyond the question: facts given out of turn, or a checklist
    // answered by naming what applies. A plain answer to the question needs no echo.
    const asked = progress.asking ? factsAsked(progress.asking) : [];
    const outOfTurn = Object.keys(taken).some((fact) => !asked.includes(fact as FactKey));
    // A message pasted from the admin center is explained (what it means, what to do), not just filed.
    const pasted = result.typed ? readAdminCenterMessage(dc.context.activity.text ?? '', 'pasted') : undefined;
    if (pasted) await explainPastedMessage(dc.context, pasted.id);
    else if (result.typed && (outOfTurn || result.othersTakenAsNo)) {
      const lines = factLines(messages, without(taken, result.othersTakenAsNo ?? []));
      const said = [...(lines.length > 0 ? [messages.intake.noted(lines)] : []), ...(result.othersTakenAsNo?.length ? [messages.intake.othersDoNotApply] : [])];
      if (said.length > 0) await dc.context.sendActivity(said.join(' '));
    }
    const next: IntakeProgress = {
      facts: { ...progress.facts, ...taken },
      purpose: progress.purpose,
      skipped: [...(progress.skipped ?? []), ...result.skipped],
    };
    await this.remember(dc.context, next.facts);
    if (Object.keys(contested).length > 0) {
      this.keep(dc, { ...next, contested });
      return dc.prompt(CONFLICT_PROMPT, { validations: { known: next.facts, contested } });
    }
    return this.askNext(dc, next);
  }

  private async settleConflict(dc: DialogContext, progress: IntakeProgress, useNew: boolean): Promise<DialogTurnResult> {
    const { contested = {}, ...rest } = progress;
    const next: IntakeProgress = useNew ? { ...rest, facts: { ...rest.facts, ...contested } } : rest;
    if (!useNew) await dc.context.sendActivity(turnMessages(dc.context).intake.conflict.keptBefore);
    await this.remember(dc.context, next.facts);
    return this.askNext(dc, next);
  }

  private async askNext(dc: DialogContext, progress: IntakeProgress): Promise<DialogTurnResult> {
    const { asking: _asked, contested: _contested, ...state } = progress;
    const { next: question, left: questionsLeft } = intakeOutlook(state);
    if (!question) return dc.endDialog(state.facts);
    this.keep(dc, { ...state, asking: question });
    const spec: IntakeQuestionSpec = { question, known: state.facts, ...(questionsLeft === undefined ? {} : { questionsLeft }) };
    return dc.prompt(QUESTION_PROMPT, { validations: spec });
  }

  /** Kept in the conversation too, so "where was I", a recheck or the next journey start from here. */
  private async remember(context: TurnContext, facts: Partial<TenantFacts>): Promise<void> {
    const data = await this.state.conversationData.get(context, {});
    data.facts = facts;
  }

  /** In Teams, the question card becomes the question and its answer, with nothing left to click. */
  private async showAnswered(context: TurnContext, question: IntakeQuestion, answer: IntakeAnswer): Promise<void> {
    const data = await this.state.conversationData.get(context, {});
    const id = data.questionCardId;
    delete data.questionCardId;
    if (context.activity.channelId !== Channels.Msteams || !id) return;
    const messages = turnMessages(context);
    const title =
      question.kind === 'fact' ? messages.facts[question.fact].question
      : question.kind === 'choices' ? messages.intake.choices.title
      : messages.intake.checklist.title;
    const valueOf = (fact: FactKey) => formatFactValue(messages, answer.facts, fact) ?? messages.ui.buttons.dontKnow;
    const answers =
      question.kind === 'checklist'
        ? question.facts.map((fact) => ({ title: messages.intake.checklist.statements[fact], value: valueOf(fact) }))
        : factsAsked(question).map((fact) => ({ title: messages.facts[fact].label, value: valueOf(fact) }));
    try {
      await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(buildAnsweredCard(title, answers))), id });
    } catch {
      // A card that can't be updated stays as it was; a click on it is answered as stale.
    }
  }

  private keep(dc: DialogContext, progress: IntakeProgress): void {
    const instance = dc.activeDialog;
    if (instance) instance.state = progress;
  }

  private kept(dc: DialogContext): IntakeProgress {
    return dc.activeDialog?.state as IntakeProgress;
  }
}
