import {
  byImportance,
  comparePlans,
  getPlan,
  hasKnownServices,
  isAutomaticPath,
  REASONS,
  TERM_EFFECTS,
  termEffects,
  SERVICES,
  UNDECIDED,
  verdictPlaces,
  walkthrough,
  type Diagnosis,
  type PlanId,
  type TenantFacts,
} from '../domain/index.js';
import { messagesFor, planName, type Language, type Messages } from '../i18n/index.js';
import {
  adaptiveCard,
  bulletList,
  container,
  factSet,
  heading,
  showCardAction,
  submitAction,
  subtleText,
  textBlock,
  type AdaptiveCardJson,
  type CardAction,
  type CardElement,
} from './adaptive-card.js';
import { Citations } from './citations.js';
import { PATH_STYLE } from './path-style.js';

/** Warnings shown at once; the others wait behind "More". */
const WARNINGS_SHOWN = 3;

/** "Office 365 Enterprise E4 was retired in 2015." and what replaced it, with the source that says so. */
function retirementLines(messages: Messages, id: PlanId, citations: Citations): CardElement[] {
  const plan = getPlan(id);
  if (plan.retired === undefined) return [];
  const { diagnosis } = messages.ui;
  const { year, evidence, replacedBy } = plan.retired;
  const lines = [diagnosis.planRetired(planName(messages, id), year, evidence)];
  if (replacedBy.length > 0) lines.push(diagnosis.replacedBy(replacedBy.map((target) => planName(messages, target))));
  return [
    subtleText(`${lines.join(' ')} ${citations.cite(plan.statusSources)}`),
    ...(plan.retired.notes ?? []).map((note) => subtleText(messages.notes[note])),
  ];
}

/** Beside the verdict, for a term commitment: what the change does to the term, the bill and the cancel window. */
function termLines(messages: Messages, diagnosis: Diagnosis, facts: TenantFacts, citations: Citations): CardElement[] {
  const effects = termEffects(facts, diagnosis);
  if (effects.length === 0) return [];
  const text = messages.ui.diagnosis;
  return [
    heading(text.termTitle, 'default'),
    ...(facts.commitmentTerm === undefined ? [] : [textBlock(text.yourTerm(messages.choices.commitmentTerm[facts.commitmentTerm]), { spacing: 'small' })]),
    ...effects.map((effect) => textBlock(`${text.termEffects[effect]} ${citations.cite(TERM_EFFECTS[effect].sources)}`, { spacing: 'small' })),
  ];
}

const SERVICE_NAMES = new Map(SERVICES.map((service) => [service.id, service.name]));
/** Services are named as Microsoft sells them, the same in both languages; an unknown id stays as it is. */
function serviceNames(ids: readonly string[]): string[] {
  return ids.map((id) => SERVICE_NAMES.get(id) ?? id);
}

/** The services the wanted plan loses and gains against the current one (LIC-REF), when both are known. */
function servicesThatChange(messages: Messages, diagnosis: Diagnosis, facts: TenantFacts, citations: Citations): CardElement[] {
  const { currentPlan, targetPlan } = facts;
  if (targetPlan === undefined || targetPlan === currentPlan || !hasKnownServices(currentPlan) || !hasKnownServices(targetPlan)) return [];
  const text = messages.ui.diagnosis;
  const { gained, lost } = comparePlans(currentPlan, targetPlan);
  const lines: string[] = [];
  // The fewer-services reason already names the losses above.
  const lossesNamed = diagnosis.reasons.some((reason) => reason.services !== undefined);
  if (lost.length > 0 && !lossesNamed) lines.push(text.servicesLost(lost.map((service) => service.name)));
  if (gained.length > 0) lines.push(text.servicesGained(gained.map((service) => service.name)));
  if (lines.length === 0 && lost.length === 0) lines.push(text.servicesSame);
  if (lines.length === 0) return [];
  return [
    heading(text.servicesTitle(planName(messages, currentPlan), planName(messages, targetPlan)), 'default'),
    textBlock(`${lines.join(' ')} ${citations.cite(['LIC-REF'])}`, { spacing: 'small' }),
  ];
}

export interface DiagnosisCardOptions {
  /** A what-if: the facts only supposed, as "label: value"; the card then offers no next move. */
  whatIf?: readonly string[];
}

/**
 * The answer to "can I change plans?": the path, every reason with its remedy and source, the
 * plans the admin center offers (when the wanted plan is refused, what it offers instead), what no
 * source settles, warnings. It never says "pick one of these" beside an empty list.
 */
export function buildDiagnosisCard(lang: Language, diagnosis: Diagnosis, facts: TenantFacts, options: DiagnosisCardOptions = {}): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { ui } = messages;
  const text = ui.diagnosis;
  const citations = new Citations();
  const { whatIf } = options;

  const planFacts = [{ title: messages.facts.currentPlan.label, value: planName(messages, facts.currentPlan) }];
  if (facts.targetPlan !== undefined) {
    planFacts.push({ title: messages.facts.targetPlan.label, value: planName(messages, facts.targetPlan) });
  }

  const body: CardElement[] = [
    heading(whatIf ? messages.intake.whatIf.supposing(whatIf) : text.title),
    factSet(planFacts),
    ...retirementLines(messages, facts.currentPlan, citations),
    container([textBlock(messages.paths[diagnosis.path], { weight: 'bolder' })], {
      style: PATH_STYLE[diagnosis.path],
    }),
  ];

  // Where the verdict is acted on, with the source that shows it: an all-clear answer says it too.
  const places = verdictPlaces(diagnosis.path, facts.billingAccountType);
  if (places.length > 0) {
    body.push(heading(text.placeTitle, 'default'));
    for (const place of places) {
      const trail = place.trail.map((id) => `**${messages.adminCenter[id]}**`).join(' > ');
      body.push(textBlock(`${text.placeFor(place.kind, trail)} ${citations.cite(place.sources)}`, { spacing: 'small' }));
    }
  }

  if (diagnosis.reasons.length === 0) {
    // Default colour: the pale "good" green on white was hard to read. Unknown answers could still block it.
    const openAnswers = !diagnosis.decided && diagnosis.unknownFacts.length > 0;
    body.push(textBlock(openAnswers ? text.nothingKnownBlocks : text.allClear, { weight: 'bolder' }));
  } else {
    body.push(heading(text.reasonsTitle, 'default'));
    for (const reason of diagnosis.reasons) {
      const words = messages.reasons[reason.id];
      body.push(
        container(
          [
            textBlock(words.title, { weight: 'bolder' }),
            textBlock(`**${text.whatItMeans}:** ${words.meaning}`, { spacing: 'small' }),
            ...(reason.services === undefined ? [] : [textBlock(text.wouldLose(serviceNames(reason.services)), { spacing: 'small' })]),
            textBlock(`**${text.whatToDo}:** ${words.remedy} ${citations.cite(reason.sources)}`, { spacing: 'small' }),
            ...(reason.id === 'target-retired' && facts.targetPlan !== undefined ? retirementLines(messages, facts.targetPlan, citations) : []),
            ...REASONS[reason.id].notes.map((note) => subtleText(messages.notes[note])),
          ],
          { style: 'emphasis', separator: true },
        ),
      );
    }
  }

  body.push(...servicesThatChange(messages, diagnosis, facts, citations), ...termLines(messages, diagnosis, facts, citations));

  const wantedRefused = diagnosis.path === 'manual' && facts.targetPlan !== undefined && !diagnosis.targets.includes(facts.targetPlan);
  if (diagnosis.targets.length > 0) {
    body.push(heading(wantedRefused ? text.wantedRefusedTargetsTitle : text.targetsTitle, 'default'));
    body.push(bulletList(diagnosis.targets.map((id) => planName(messages, id))));
  } else if (isAutomaticPath(diagnosis.path)) {
    body.push(textBlock(text.noAutomaticTargets));
  }

  if (diagnosis.undecided.length > 0) {
    body.push(heading(text.undecidedTitle, 'default'));
    for (const id of diagnosis.undecided) body.push(textBlock(`${messages.undecided[id]} ${citations.cite(UNDECIDED[id].sources)}`, { spacing: 'small' }));
  }

  if (!diagnosis.decided && diagnosis.unknownFacts.length > 0) {
    body.push(textBlock(text.stillUnknown(diagnosis.unknownFacts.map((fact) => messages.facts[fact].label)), { isSubtle: true }));
  }

  // The warnings that matter most for this tenant; the rest behind "More".
  const warnings = byImportance(diagnosis.warnings);
  const shown = warnings.slice(0, WARNINGS_SHOWN);
  const more = warnings.slice(WARNINGS_SHOWN);
  if (shown.length > 0) {
    body.push(heading(text.warningsTitle, 'default'));
    body.push(bulletList(shown.map((warning) => messages.warnings[warning])));
  }
  const sourceLines = citations.lines(messages);
  if (sourceLines.length > 0) body.push(subtleText(`${text.sourcesTitle}\n${sourceLines.join('\n')}`));

  const actions: CardAction[] = [];
  if (whatIf) {
    // A what-if answers and moves nothing: its buttons would act on the real answers.
    body.push(subtleText(messages.intake.whatIf.notKept));
  } else if (walkthrough(diagnosis.path, facts).length > 0) {
    actions.push(
      submitAction(ui.buttons.startWalkthrough, { action: 'diagnosis', choice: 'start-walkthrough' }, { style: 'positive' }),
    );
  }
  if (!whatIf) {
    actions.push(
      submitAction(ui.buttons.checkAgain, { action: 'diagnosis', choice: 'recheck' }),
      submitAction(ui.buttons.startOver, { action: 'diagnosis', choice: 'start-over' }),
    );
  }
  if (more.length > 0) actions.push(showCardAction(text.moreWarnings(more.length), [bulletList(more.map((warning) => messages.warnings[warning]))]));
  return adaptiveCard(body, actions, messages.paths[diagnosis.path]);
}
