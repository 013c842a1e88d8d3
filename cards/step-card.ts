import type { Step, StepId, TenantFacts, UpgradePath } from '../domain/index.js';
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
import { namesUntranslatedPlace } from './untranslated-labels.js';

export interface StepCardInput {
  step: Step;
  /** Position of the step in its walkthrough, counting from 0. */
  index: number;
  total: number;
  path: UpgradePath;
  /** Identifies the walkthrough run, so a click on an older card can be told apart. */
  walkthroughId: string;
  facts: Partial<TenantFacts>;
  /** The step after the order: offer to check back once the change had time to finish. */
  offerCheckBack?: boolean;
  /** The steps before this one: what they said (sources, the note on English labels) is not said again. */
  earlier?: readonly Step[];
}

/** Steps whose link the admin center greys out when something blocks the automatic change (MSD-2024). */
const CAN_BE_GREYED_OUT: ReadonlySet<StepId> = new Set(['view-upgrades', 'change-subscription-option']);

/** How a step card the admin has moved past reads: finished, or left by going back. */
export type StepOutcome = 'done' | 'went-back' | 'stopped';

function counterLine(lang: Language, input: StepCardInput, outcome: StepOutcome | undefined): CardElement {
  const { walkthrough } = messagesFor(lang).ui;
  const counter = walkthrough.stepOfTotal(input.index + 1, input.total);
  if (outcome === 'done') return textBlock(`✔ ${counter} · ${walkthrough.stepDone}`, { color: 'good', size: 'small' });
  if (outcome === 'went-back') return textBlock(`↩ ${counter} · ${walkthrough.stepWentBack}`, { isSubtle: true, size: 'small' });
  if (outcome === 'stopped') return textBlock(`⏸ ${counter} · ${walkthrough.stepStopped}`, { isSubtle: true, size: 'small' });
  return textBlock(counter, { isSubtle: true, size: 'small' });
}

/** The step's words: counter, progress, what to click, warnings, and on the last step how it ends. */
function stepBody(lang: Language, input: StepCardInput, outcome?: StepOutcome): CardElement[] {
  const messages = messagesFor(lang);
  const { walkthrough } = messages.ui;
  const { step, index, total, path } = input;
  const words = messages.steps[step.id];

  const instructions = words.instructions(stepTextInput(messages, step, input.facts));
  const body: CardElement[] = [
    counterLine(lang, input, outcome),
    progressBar(outcome === 'done' ? index + 1 : index, total),
    heading(words.title),
    ...instructions.map((line) => textBlock(line, { spacing: 'small' })),
  ];
  const earlier = input.earlier ?? [];
  // Said once, on the first step that shows an English label.
  const saidEnglishLabels = earlier.some((before) => messages.steps[before.id].instructions(stepTextInput(messages, before, input.facts)).some(namesUntranslatedPlace));
  if (lang !== 'en' && !saidEnglishLabels && instructions.some(namesUntranslatedPlace)) body.push(subtleText(walkthrough.labelsInEnglish));

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
  // A source is named on the first step that uses it, not on every step.
  const cited = new Set(earlier.flatMap((before) => before.sources));
  const newSources = step.sources.filter((source) => !cited.has(source));
  if (newSources.length > 0) body.push(subtleText(walkthrough.source(newSources.map((source) => messages.sources[source]).join('; '))));
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
  // The step invites "tell me if the link is greyed out": one click says it.
  if (CAN_BE_GREYED_OUT.has(input.step.id)) {
    actions.push(submitAction(ui.buttons.greyedOut, { action: 'step', command: 'greyed-out', walkthroughId, stepIndex }));
  }
  if (input.offerCheckBack) {
    actions.push(submitAction(messagesFor(lang).desk.checkBack.offerButton, { action: 'check-back', choice: 'schedule' }));
  }
  actions.push(
    submitAction(ui.buttons.help, { action: 'step', command: 'help', walkthroughId, stepIndex }),
    submitAction(ui.buttons.stopForNow, { action: 'step', command: 'stop', walkthroughId, stepIndex }),
  );
  const words = messagesFor(lang).steps[input.step.id];
  return adaptiveCard(stepBody(lang, input), actions, words.title);
}

/** The same step once the admin moved past it (done, or back a step), without buttons: updates the old card in place. */
export function buildStepCompletedCard(lang: Language, input: StepCardInput, outcome: StepOutcome = 'done'): AdaptiveCardJson {
  const words = messagesFor(lang).steps[input.step.id];
  return adaptiveCard(stepBody(lang, input, outcome), [], words.title);
}

/** Said when the admin stops or cancels with steps saved: this text, and a Resume button (the step card keeps no live buttons). */
export function buildStoppedCard(lang: Language, text: string): AdaptiveCardJson {
  const { ui } = messagesFor(lang);
  return adaptiveCard([textBlock(text)], [submitAction(ui.buttons.resume, { action: 'menu', choice: 'resume' }, { style: 'positive' })], text);
}

/** "Start over" while a walkthrough is saved: forget it, or keep it. */
export function buildConfirmStartOverCard(lang: Language, stepNumber: number, total: number): AdaptiveCardJson {
  const { ui } = messagesFor(lang);
  const text = ui.confirmStartOver(stepNumber, total);
  return adaptiveCard(
    [textBlock(text)],
    [submitAction(ui.buttons.keepSteps, { action: 'start-over', confirm: false }, { style: 'positive' }), submitAction(ui.buttons.startOverYes, { action: 'start-over', confirm: true }, { style: 'destructive' })],
    text,
  );
}
