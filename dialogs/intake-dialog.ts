import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { diagnose, getPlan, type FactKey, type TenantFacts } from '../domain/index.js';
import type { StateAccessors } from './conversation-data.js';
import { factQuestion, type FactAnswer } from './fact-question.js';
import { JourneyWaterfall } from './journey-waterfall.js';
import { QuestionPrompt } from './question-prompt.js';

export interface IntakeOptions {
  facts: Partial<TenantFacts>;
  /** A diagnosis asks what could change the answer; the manual walkthrough asks what its steps need. */
  purpose: 'diagnosis' | 'manual-walkthrough';
  /** Facts the admin said they don't know: never asked twice in one intake. */
  skipped?: FactKey[];
}

const FACT_PROMPT = 'intake.factPrompt';

/** The manual steps need the channel, the target, the head count and, across families, the custom domain. */
export function manualWalkthroughFacts(facts: Partial<TenantFacts>): FactKey[] {
  const wanted: FactKey[] = ['purchaseChannel', 'targetPlan', 'licensedUsers'];
  const crossesFamilies = facts.currentPlan && facts.targetPlan && getPlan(facts.currentPlan).family !== getPlan(facts.targetPlan).family;
  if (crossesFamilies) wanted.push('customDomain');
  return wanted;
}

/** The next question, or none when the known facts already settle the matter. */
export function nextFactToAsk(options: IntakeOptions): FactKey | undefined {
  const { facts, purpose, skipped = [] } = options;
  if (!facts.currentPlan) return skipped.includes('currentPlan') ? undefined : 'currentPlan';
  const isOpen = (fact: FactKey) => facts[fact] === undefined && !skipped.includes(fact);
  const diagnosis = diagnose(facts as TenantFacts);
  // A partner or volume-licensing purchase ends the manual path too: the partner does the switch.
  if (purpose === 'manual-walkthrough' && diagnosis.path !== 'contact-partner') {
    return manualWalkthroughFacts(facts).find(isOpen);
  }
  if (diagnosis.decided) return undefined;
  return diagnosis.unknownFacts.find(isOpen);
}

/**
 * Asks about the tenant one fact at a time, only what could still change the answer.
 * Ends with the facts it has (currentPlan may be missing only if the admin could not name it).
 */
export class IntakeDialog extends JourneyWaterfall {
  static readonly id = 'intake';
  readonly companions = [new QuestionPrompt(FACT_PROMPT, factQuestion)];

  constructor(private readonly state: StateAccessors) {
    super(IntakeDialog.id);
    for (const step of [this.askNext, this.remember]) this.addStep(step.bind(this));
  }

  private async askNext(step: WaterfallStepContext) {
    const options = step.options as IntakeOptions;
    const fact = nextFactToAsk(options);
    if (!fact) return step.endDialog(options.facts);
    return step.prompt(FACT_PROMPT, { validations: { fact, known: options.facts } });
  }

  private async remember(step: WaterfallStepContext) {
    const options = step.options as IntakeOptions;
    const answer = step.result as FactAnswer;
    const facts = { ...options.facts, ...answer.facts };
    const skipped = answer.skipped ? [...(options.skipped ?? []), answer.skipped] : options.skipped;
    // Kept in the conversation too, so "where was I", a recheck or the next journey start from here.
    const data = await this.state.conversationData.get(step.context, {});
    data.facts = facts;
    return step.replaceDialog(IntakeDialog.id, { ...options, facts, skipped } satisfies IntakeOptions);
  }
}
