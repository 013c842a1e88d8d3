import { CardFactory, Channels, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { TELEMETRY_EVENTS, trackTurnEvent } from './turn-telemetry.js';
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { changedFacts, extractFacts, offersCheckBack, saysLinkUnavailable, tableOfEveryLanguage, walkthrough, wholeMessageWord, type Step, type TenantFacts } from '../domain/index.js';
import { buildStepCard, buildStepCompletedCard, buildStoppedCard, parseSubmit, type StepOutcome } from '../cards/index.js';
import type { CheckBackDesk } from './check-back.js';
import type { StateAccessors, WalkthroughProgress } from './conversation-data.js';
import { explainProblem } from './answer-problems.js';
import { QuestionPrompt, type Question, type Recognition } from './question-prompt.js';
import { factLines } from './fact-lines.js';
import { turnLanguage, turnMessages } from './turn-language.js';
import { answerWhatIf } from './what-if.js';

export type StepCommand = 'done' | 'back' | 'help' | 'stop' | 'check-back' | 'greyed-out';
/** "Check again", maybe with facts that changed ("check again with 350 users"): leaves the steps for a new verdict. */
type Recheck = { recheck: Partial<TenantFacts> };

export interface WalkthroughOptions {
  progress: WalkthroughProgress;
}

const STEP_PROMPT = 'walkthrough.stepPrompt';

const TYPED_COMMANDS: Record<Exclude<StepCommand, 'help' | 'stop' | 'check-back' | 'greyed-out'>, readonly string[]> = tableOfEveryLanguage(
  (vocabulary) => vocabulary.stepWords,
);
const RECHECK_WORDS = { recheck: tableOfEveryLanguage((vocabulary) => vocabulary.nextMoves).recheck };

function stepsOf(progress: WalkthroughProgress): Step[] {
  return walkthrough(progress.kind, progress.facts);
}

function stepCardData(progress: WalkthroughProgress, steps: Step[], index: number, checkBacks?: CheckBackDesk) {
  const step = steps[index];
  if (!step) throw new Error(`walkthrough ${progress.id} has no step ${index}`);
  const offerCheckBack = checkBacks !== undefined && offersCheckBack(steps.map((each) => each.id), index);
  return { step, index, total: steps.length, path: progress.kind, walkthroughId: progress.id, facts: progress.facts, offerCheckBack, earlier: steps.slice(0, index) };
}

/** The step's help, said beside its card, with how the page looked before (history kept off today's step). */
async function helpAside(context: TurnContext, progress: WalkthroughProgress): Promise<Recognition<StepCommand | Recheck>> {
  const current = stepsOf(progress)[progress.stepIndex];
  const messages = turnMessages(context);
  if (current) {
    const before = current.notes.map((note) => messages.notes[note]);
    await context.sendActivity([messages.steps[current.id].help, ...(before.length > 0 ? [`${messages.ui.walkthrough.before}: ${before.join(' ')}`] : [])].join('\n\n'));
  }
  return { ok: false, aside: true };
}

/** Asks "what now?" under one step card; only that card's buttons (or typed words) count. */
function stepQuestion(state: StateAccessors, checkBacks: CheckBackDesk | undefined): Question<WalkthroughProgress, StepCommand | Recheck> {
  return {
    render(context, progress) {
      const data = stepCardData(progress, stepsOf(progress), progress.stepIndex, checkBacks);
      trackTurnEvent(context, TELEMETRY_EVENTS.walkthroughStep, { walkthrough: progress.kind, step: data.step.id, stepNumber: String(data.index + 1), stepCount: String(data.total) });
      const card = buildStepCard(turnLanguage(context), data);
      return MessageFactory.attachment(CardFactory.adaptiveCard(card));
    },
    async recognize(context, progress): Promise<Recognition<StepCommand | Recheck>> {
      const { value, text } = context.activity;
      if (value !== undefined && value !== null) {
        const submit = parseSubmit(value);
        if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
        if (submit.data.action === 'check-back' && submit.data.choice === 'schedule') {
          const offered = stepCardData(progress, stepsOf(progress), progress.stepIndex, checkBacks).offerCheckBack;
          return offered ? { ok: true, value: 'check-back' } : { ok: false, problem: 'stale-card' };
        }
        const current = submit.data.action === 'step' && submit.data.walkthroughId === progress.id && submit.data.stepIndex === progress.stepIndex;
        if (!current || submit.data.action !== 'step') return { ok: false, problem: 'stale-card' };
        // Help answers beside the card, which stays on screen: it is not posted again.
        if (submit.data.command === 'help') return helpAside(context, progress);
        return { ok: true, value: submit.data.command };
      }
      const command = wholeMessageWord(text, TYPED_COMMANDS);
      if (command) return { ok: true, value: command };
      // The step invites it: "if the link is greyed out, tell me".
      if (saysLinkUnavailable(text ?? '')) return { ok: true, value: 'greyed-out' };
      if (await answerWhatIf(context, progress.facts)) return { ok: false, aside: true };
      const changed = changedFacts(progress.facts, extractFacts(text ?? ''));
      if (Object.keys(changed).length > 0 || wholeMessageWord(text, RECHECK_WORDS)) return { ok: true, value: { recheck: changed } };
      // Said once, without the step card again: it is still on screen.
      await context.sendActivity(turnMessages(context).ui.walkthrough.useButtons);
      return { ok: false, aside: true };
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

/** "Stopped at step N of M" with a Resume button, so nobody has to find the menu to carry on. */
export function stoppedMessage(context: TurnContext, text: string): Partial<Activity> {
  const card = buildStoppedCard(turnLanguage(context), text);
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/**
 * One step a card, Done / Back / Help / Stop for now. Progress lives in the conversation data,
 * not only in the dialog stack, so the menu can offer to resume after "stop" or "cancel".
 * A loop of show, act, show (like IntakeDialog): a Dialog around its prompt, not a waterfall that
 * replaces itself on every click.
 */
export class WalkthroughDialog extends Dialog<WalkthroughOptions> {
  static readonly id = 'walkthrough';
  /** Its step prompt, kept beside it in MainDialog's set. */
  readonly companions: readonly Dialog[];

  constructor(
    private readonly state: StateAccessors,
    private readonly checkBacks?: CheckBackDesk,
  ) {
    super(WalkthroughDialog.id);
    this.companions = [new QuestionPrompt(STEP_PROMPT, stepQuestion(state, checkBacks))];
  }

  override async beginDialog(dc: DialogContext, options?: WalkthroughOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('WalkthroughDialog needs the progress to start from');
    return this.showStep(dc, options.progress);
  }

  /** The step card answered: act on the command, then show the step that follows (or end). */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, command?: StepCommand | Recheck): Promise<DialogTurnResult> {
    const { context } = dc;
    const messages = turnMessages(context);
    const data = await this.state.conversationData.get(context, {});
    const progress = data.walkthrough ?? (dc.activeDialog?.state as WalkthroughOptions).progress;
    const steps = stepsOf(progress);
    const current = steps[progress.stepIndex];

    if (typeof command === 'object') {
      // The steps stay saved for "resume"; the verdict is worked out again with what changed.
      if (Object.keys(command.recheck).length > 0) {
        data.facts = { ...data.facts, ...progress.facts, ...command.recheck };
        await context.sendActivity(messages.intake.updated(factLines(messages, command.recheck)));
      }
      return dc.endDialog({ recheck: true });
    }
    switch (command) {
      case undefined:
        return this.showStep(dc, progress);
      case 'help':
        if (current) await context.sendActivity(messages.steps[current.id].help);
        return this.showStep(dc, progress);
      case 'stop':
        // The step keeps no live buttons; the way back is one button.
        await this.retireCard(context, progress, steps, 'stopped');
        await context.sendActivity(stoppedMessage(context, messages.ui.walkthrough.stopped(progress.stepIndex + 1, steps.length)));
        return dc.endDialog();
      case 'greyed-out':
        // The steps stay saved; the admin center's message says what blocks the change.
        await this.retireCard(context, progress, steps, 'stopped');
        await context.sendActivity(messages.ui.walkthrough.linkUnavailable(progress.stepIndex + 1, steps.length));
        return dc.endDialog({ whyNot: true });
      case 'back':
        if (progress.stepIndex === 0) {
          await context.sendActivity(messages.ui.walkthrough.alreadyFirst);
          return this.showStep(dc, progress);
        }
        await this.retireCard(context, progress, steps, 'went-back');
        return this.showStep(dc, { ...progress, stepIndex: progress.stepIndex - 1 });
      case 'check-back':
        // The order is placed: the check-back takes over checking its status, and the walkthrough ends.
        await this.retireCard(context, progress, steps, 'done');
        delete data.walkthrough;
        await context.sendActivity(messages.ui.walkthrough.finished(progress.kind));
        await this.checkBacks?.schedule(context, progress.facts);
        return dc.endDialog({ finished: true });
      case 'done':
        await this.retireCard(context, progress, steps, 'done');
        if (progress.stepIndex + 1 < steps.length) return this.showStep(dc, { ...progress, stepIndex: progress.stepIndex + 1 });
        delete data.walkthrough;
        await context.sendActivity(messages.ui.walkthrough.finished(progress.kind));
        return dc.endDialog({ finished: true });
    }
  }

  private async showStep(dc: DialogContext, progress: WalkthroughProgress): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    if (instance) instance.state = { progress } satisfies WalkthroughOptions;
    return dc.prompt(STEP_PROMPT, { validations: progress });
  }

  /** In Teams, the card just answered loses its buttons, so it can't be clicked again. */
  private async retireCard(context: TurnContext, progress: WalkthroughProgress, steps: Step[], outcome: StepOutcome): Promise<void> {
    if (context.activity.channelId !== Channels.Msteams || !progress.cardActivityId) return;
    const card = buildStepCompletedCard(turnLanguage(context), { ...stepCardData(progress, steps, progress.stepIndex), offerCheckBack: false }, outcome);
    try {
      await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: progress.cardActivityId });
    } catch {
      // An old card that can't be updated stays clickable; its click is then answered as stale.
    }
  }
}
