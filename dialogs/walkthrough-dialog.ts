import { CardFactory, Channels, MessageFactory, type TurnContext } from 'botbuilder';
import type { Dialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { walkthrough, type Step } from '../domain/index.js';
import { buildStepCard, buildStepCompletedCard, parseSubmit, type StepOutcome } from '../cards/index.js';
import type { StateAccessors, WalkthroughProgress } from './conversation-data.js';
import { normalizeText } from './commands.js';
import { explainProblem } from './answer-problems.js';
import { JourneyWaterfall } from './journey-waterfall.js';
import { QuestionPrompt, type Question, type Recognition } from './question-prompt.js';
import { turnLanguage, turnMessages } from './turn-language.js';

export type StepCommand = 'done' | 'back' | 'help' | 'stop';

export interface WalkthroughOptions {
  progress: WalkthroughProgress;
}

const STEP_PROMPT = 'walkthrough.stepPrompt';

const TYPED_COMMANDS: Record<Exclude<StepCommand, 'help' | 'stop'>, readonly string[]> = {
  done: ['done', 'next', 'ok', 'okay', 'finished', 'did it', 'fatto', 'avanti', 'successivo', 'prossimo', 'finito', 'ok fatto'],
  back: ['back', 'previous', 'go back', 'indietro', 'torna indietro', 'precedente'],
};

function stepsOf(progress: WalkthroughProgress): Step[] {
  return walkthrough(progress.kind, progress.facts);
}

function stepCardData(progress: WalkthroughProgress, steps: Step[], index: number) {
  const step = steps[index];
  if (!step) throw new Error(`walkthrough ${progress.id} has no step ${index}`);
  return { step, index, total: steps.length, path: progress.kind, walkthroughId: progress.id, facts: progress.facts };
}

/** Asks "what now?" under one step card; only that card's buttons (or typed words) count. */
function stepQuestion(state: StateAccessors): Question<WalkthroughProgress, StepCommand> {
  return {
    render(context, progress) {
      const card = buildStepCard(turnLanguage(context), stepCardData(progress, stepsOf(progress), progress.stepIndex));
      return MessageFactory.attachment(CardFactory.adaptiveCard(card));
    },
    recognize(context, progress): Recognition<StepCommand> {
      const { value, text } = context.activity;
      if (value !== undefined && value !== null) {
        const submit = parseSubmit(value);
        if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
        const current = submit.data.action === 'step' && submit.data.walkthroughId === progress.id && submit.data.stepIndex === progress.stepIndex;
        return current && submit.data.action === 'step' ? { ok: true, value: submit.data.command } : { ok: false, problem: 'stale-card' };
      }
      const typed = normalizeText(text ?? '');
      const command = (Object.keys(TYPED_COMMANDS) as (keyof typeof TYPED_COMMANDS)[]).find((key) => TYPED_COMMANDS[key].includes(typed));
      return command ? { ok: true, value: command } : { ok: false, problem: 'not-understood' };
    },
    explain(context, problem) {
      const messages = turnMessages(context);
      return problem === 'not-understood' ? messages.ui.walkthrough.useButtons : explainProblem(messages, problem);
    },
    async sent(context, progress, activityId) {
      // Saved at every step shown: a restart or "resume" lands exactly here.
      const data = await state.conversationData.get(context, {});
      data.walkthrough = { ...progress, cardActivityId: activityId ?? progress.cardActivityId, updatedAt: new Date().toISOString() };
    },
  };
}

/**
 * One step a card, Done / Back / Help / Stop for now. Progress lives in the conversation data,
 * not only in the dialog stack, so the menu can offer to resume after "stop" or "cancel".
 */
export class WalkthroughDialog extends JourneyWaterfall {
  static readonly id = 'walkthrough';
  readonly companions: readonly Dialog[];

  constructor(private readonly state: StateAccessors) {
    super(WalkthroughDialog.id);
    this.companions = [new QuestionPrompt(STEP_PROMPT, stepQuestion(state))];
    for (const step of [this.showStep, this.act]) this.addStep(step.bind(this));
  }

  private async showStep(step: WaterfallStepContext) {
    const { progress } = step.options as WalkthroughOptions;
    return step.prompt(STEP_PROMPT, { validations: progress });
  }

  private async act(step: WaterfallStepContext) {
    const { context } = step;
    const messages = turnMessages(context);
    const data = await this.state.conversationData.get(context, {});
    const progress = data.walkthrough ?? (step.options as WalkthroughOptions).progress;
    const steps = stepsOf(progress);
    const current = steps[progress.stepIndex];
    const command = step.result as StepCommand;

    switch (command) {
      case 'help':
        if (current) await context.sendActivity(messages.steps[current.id].help);
        return step.replaceDialog(WalkthroughDialog.id, { progress });
      case 'stop':
        await context.sendActivity(messages.ui.walkthrough.stopped(progress.stepIndex + 1, steps.length));
        return step.endDialog();
      case 'back':
        if (progress.stepIndex === 0) {
          await context.sendActivity(messages.ui.walkthrough.alreadyFirst);
          return step.replaceDialog(WalkthroughDialog.id, { progress });
        }
        await this.retireCard(context, progress, steps, 'went-back');
        return step.replaceDialog(WalkthroughDialog.id, { progress: { ...progress, stepIndex: progress.stepIndex - 1 } });
      case 'done':
        await this.retireCard(context, progress, steps, 'done');
        if (progress.stepIndex + 1 < steps.length) {
          return step.replaceDialog(WalkthroughDialog.id, { progress: { ...progress, stepIndex: progress.stepIndex + 1 } });
        }
        delete data.walkthrough;
        await context.sendActivity(messages.ui.walkthrough.finished(progress.kind));
        return step.endDialog({ finished: true });
    }
  }

  /** In Teams, the card just answered loses its buttons, so it can't be clicked again. */
  private async retireCard(context: TurnContext, progress: WalkthroughProgress, steps: Step[], outcome: StepOutcome): Promise<void> {
    if (context.activity.channelId !== Channels.Msteams || !progress.cardActivityId) return;
    const card = buildStepCompletedCard(turnLanguage(context), stepCardData(progress, steps, progress.stepIndex), outcome);
    try {
      await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: progress.cardActivityId });
    } catch {
      // An old card that can't be updated stays clickable; its click is then answered as stale.
    }
  }
}
