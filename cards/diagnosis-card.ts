import { REASONS, walkthrough, type Diagnosis, type TenantFacts } from '../domain/index.js';
import { messagesFor, planName, type Language } from '../i18n/index.js';
import {
  adaptiveCard,
  bulletList,
  container,
  factSet,
  heading,
  submitAction,
  subtleText,
  textBlock,
  type AdaptiveCardJson,
  type CardAction,
  type CardElement,
} from './adaptive-card.js';
import { PATH_STYLE } from './path-style.js';

/** The answer to "can I upgrade?": the path, every reason with its remedy and source, targets, warnings. */
export function buildDiagnosisCard(lang: Language, diagnosis: Diagnosis, facts: TenantFacts): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { ui } = messages;
  const text = ui.diagnosis;

  const planFacts = [{ title: messages.facts.currentPlan.label, value: planName(messages, facts.currentPlan) }];
  if (facts.targetPlan !== undefined) {
    planFacts.push({ title: messages.facts.targetPlan.label, value: planName(messages, facts.targetPlan) });
  }

  const body: CardElement[] = [
    heading(text.title),
    factSet(planFacts),
    container([textBlock(messages.paths[diagnosis.path], { weight: 'bolder' })], {
      style: PATH_STYLE[diagnosis.path],
    }),
  ];

  if (diagnosis.reasons.length === 0) {
    body.push(textBlock(text.allClear, { color: 'good' }));
  } else {
    body.push(heading(text.reasonsTitle, 'default'));
    for (const reason of diagnosis.reasons) {
      const words = messages.reasons[reason.id];
      body.push(
        container(
          [
            textBlock(words.title, { weight: 'bolder' }),
            textBlock(`**${text.whatItMeans}:** ${words.meaning}`, { spacing: 'small' }),
            textBlock(`**${text.whatToDo}:** ${words.remedy}`, { spacing: 'small' }),
            ...REASONS[reason.id].notes.map((note) => subtleText(messages.notes[note])),
            subtleText(text.source(reason.sources.map((source) => messages.sources[source]).join('; '))),
          ],
          { style: 'emphasis', separator: true },
        ),
      );
    }
  }

  body.push(heading(text.targetsTitle, 'default'));
  body.push(
    diagnosis.targets.length === 0
      ? textBlock(text.noAutomaticTargets)
      : bulletList(diagnosis.targets.map((id) => planName(messages, id))),
  );

  if (!diagnosis.decided && diagnosis.unknownFacts.length > 0) {
    body.push(textBlock(text.stillUnknown(diagnosis.unknownFacts.map((fact) => messages.facts[fact].label)), { isSubtle: true }));
  }

  if (diagnosis.warnings.length > 0) {
    body.push(heading(text.warningsTitle, 'default'));
    body.push(bulletList(diagnosis.warnings.map((warning) => messages.warnings[warning])));
  }

  const actions: CardAction[] = [];
  if (walkthrough(diagnosis.path, facts).length > 0) {
    actions.push(
      submitAction(ui.buttons.startWalkthrough, { action: 'diagnosis', choice: 'start-walkthrough' }, { style: 'positive' }),
    );
  }
  actions.push(
    submitAction(ui.buttons.checkAgain, { action: 'diagnosis', choice: 'recheck' }),
    submitAction(ui.buttons.startOver, { action: 'diagnosis', choice: 'start-over' }),
  );
  return adaptiveCard(body, actions, messages.paths[diagnosis.path]);
}
