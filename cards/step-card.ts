import type { Step, TenantFacts, UpgradePath } from '../domain/index.js';
import { messagesFor, stepTextInput, type Language } from '../i18n/index.js';
import {
  adaptiveCard,
  bulletList,
  container,
  heading,
  submitAction,
  subtleText,
  textBlock,
  type AdaptiveCardJson,
  type CardAction,
  type CardElement,
} from './adaptive-card.js';
import { progressBar } from './progress-bar.js';

export interface StepCardInput {
  step: Step;
  /** Position of the step in its walkthrough, counting from 0. */
  index: number;
  total: number;
  path: UpgradePath;
  /** Identifies the walkthrough run, so a click on an older card can be told apart. */
  walkthroughId: string;
  facts: Partial<TenantFacts>;
}

/** The step's words: counter, progress, what to click, warnings, and on the last step how it ends. */
function stepBody(lang: Language, input: StepCardInput, done: boolean): CardElement[] {
  const messages = messagesFor(lang);
  const { walkthrough } = messages.ui;
  const { step, index, total, path } = input;
  const words = messages.steps[step.id];
  const counter = walkthrough.stepOfTotal(index + 1, total);

  const body: CardElement[] = [
    textBlock(done ? `✔ ${counter} · ${walkthrough.stepDone}` : counter, {
      isSubtle: !done,
      color: done ? 'good' : 'default',
      size: 'small',
    }),
    progressBar(done ? index + 1 : index, total),
    heading(words.title),
    ...words.instructions(stepTextInput(messages, step, input.facts)).map((line) => textBlock(line, { spacing: 'small' })),
  ];

  if (step.warnings.length > 0) {
    body.push(
      container(
        [
          textBlock(walkthrough.warningsTitle, { weight: 'bolder' }),
          bulletList(step.warnings.map((warning) => messages.warnings[warning]), { spacing: 'small' }),
        ],
        { style: 'warning' },
      ),
    );
  }
  if (index === total - 1) {
    body.push(container([textBlock(walkthrough.lastStepNote[path])], { style: 'accent' }));
  }
  body.push(subtleText(walkthrough.source(step.sources.map((source) => messages.sources[source]).join('; '))));
  return body;
}

/** One step of a walkthrough, with Done / Back / Help / Stop for now. */
export function buildStepCard(lang: Language, input: StepCardInput): AdaptiveCardJson {
  const { ui } = messagesFor(lang);
  const { walkthroughId, index: stepIndex } = input;
  const actions: CardAction[] = [
    submitAction(ui.buttons.done, { action: 'step', command: 'done', walkthroughId, stepIndex }, { style: 'positive' }),
  ];
  if (stepIndex > 0) {
    actions.push(submitAction(ui.buttons.back, { action: 'step', command: 'back', walkthroughId, stepIndex }));
  }
  actions.push(
    submitAction(ui.buttons.help, { action: 'step', command: 'help', walkthroughId, stepIndex }),
    submitAction(ui.buttons.stopForNow, { action: 'step', command: 'stop', walkthroughId, stepIndex }),
  );
  const words = messagesFor(lang).steps[input.step.id];
  return adaptiveCard(stepBody(lang, input, false), actions, words.title);
}

/** The same step once passed: marked done and without buttons, to update the old card in place. */
export function buildStepCompletedCard(lang: Language, input: StepCardInput): AdaptiveCardJson {
  const words = messagesFor(lang).steps[input.step.id];
  return adaptiveCard(stepBody(lang, input, true), [], words.title);
}
