import type { Activity, TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';

/** Why an answer was not taken; each has its own explanation before the question is asked again. */
export type AnswerProblem =
  | 'not-a-plan'
  | 'not-yes-no'
  | 'not-a-number'
  | 'negative-number'
  | 'not-a-choice'
  | 'not-which'
  | 'nothing-picked'
  | 'not-understood'
  | 'stale-card'
  | 'invalid-submit';

/**
 * `aside`: the message was answered on the side (a question, a what-if) by the recognizer itself;
 * the question stays open and its card is not sent again.
 */
export type Recognition<T> = { ok: true; value: T } | { ok: false; problem: AnswerProblem } | { ok: false; aside: true };

/**
 * A question the bot asks with a card, answerable by clicking (activity.value) or typing (activity.text).
 * The spec is plain data kept in the dialog state, so the question is rendered afresh on every
 * (re)prompt: after a language switch or a restart it comes back in the right words.
 */
export interface Question<Spec, Value> {
  render(context: TurnContext, spec: Spec): Promise<Partial<Activity>> | Partial<Activity>;
  recognize(context: TurnContext, spec: Spec): Promise<Recognition<Value>> | Recognition<Value>;
  explain(context: TurnContext, problem: AnswerProblem, spec: Spec): string;
  /** Told the id of the question's activity once sent (e.g. to update that card later). */
  sent?(context: TurnContext, spec: Spec, activityId: string | undefined): Promise<void>;
}

interface QuestionState {
  problem?: AnswerProblem;
}

/**
 * botbuilder's own Prompt, taught to accept card submits that carry no text (botbuilder-js#515).
 * Begin it with `{ validations: spec }`.
 */
export class QuestionPrompt<Spec extends object, Value> extends Prompt<Value> {
  constructor(
    dialogId: string,
    private readonly question: Question<Spec, Value>,
  ) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, state: QuestionState, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as Spec;
    if (isRetry && state.problem) {
      await context.sendActivity(this.question.explain(context, state.problem, spec));
    }
    const response = await context.sendActivity(await this.question.render(context, spec));
    await this.question.sent?.(context, spec, response?.id);
  }

  /**
   * botbuilder's Prompt recognizes the message here as well, when the "activityReceived" event
   * bubbles up from it, only to stop the event when the message is an answer; continueDialog then
   * recognizes it again. No dialog of ours listens for that event, so the message is recognized
   * once, in continueDialog: half the reading, and an aside (an answer on the side) is sent once.
   */
  protected override async onPreBubbleEvent(): Promise<boolean> {
    return false;
  }

  protected async onRecognize(context: TurnContext, state: QuestionState, options: PromptOptions): Promise<PromptRecognizerResult<Value>> {
    const recognition = await this.question.recognize(context, options.validations as Spec);
    if (recognition.ok) {
      delete state.problem;
      return { succeeded: true, value: recognition.value };
    }
    // An aside has replied already: botbuilder's Prompt does not prompt again once the turn has responded.
    if ('aside' in recognition) delete state.problem;
    else state.problem = recognition.problem;
    return { succeeded: false };
  }
}
