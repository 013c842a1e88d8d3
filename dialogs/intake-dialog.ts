import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { diagnose, walkthroughNeeds, type FactKey, type TenantFacts } from '../domain/index.js';
import type { StateAccessors } from './conversation-data.js';
import { factQuestion, type FactAnswer } from './fact-question.js';
import { QuestionPrompt } from './question-prompt.js';

export interface IntakeOptions {
  facts: Partial<TenantFacts>;
  /** A diagnosis asks what could change the answer; a walkthrough asks what its steps need. */
  purpose: 'diagnosis' | 'manual-walkthrough' | 'automatic-walkthrough';
  /** Facts the admin said they don't know: never asked twice in one intake. */
  skipped?: FactKey[];
}

const FACT_PROMPT = 'intake.factPrompt';

/** The next question, or none when the known facts already settle the matter. */
export function nextFactToAsk(options: IntakeOptions): FactKey | undefined {
  const { facts, purpose, skipped = [] } = options;
  if (!facts.currentPlan) return skipped.includes('currentPlan') ? undefined : 'currentPlan';
  const isOpen = (fact: FactKey) => facts[fact] === undefined && !skipped.includes(fact);
  const diagnosis = diagnose(facts as TenantFacts);
  // A partner or volume-licensing purchase ends a walkthrough too: the partner does the change.
  if (purpose !== 'diagnosis' && diagnosis.path !== 'contact-partner') {
    return walkthroughNeeds(purpose === 'manual-walkthrough' ? 'manual' : diagnosis.path, facts).find(isOpen);
  }
  if (diagnosis.decided) return undefined;
  return diagnosis.unknownFacts.find(isOpen);
}

/**
 * Asks about the tenant one fact at a time, only what could still change the answer.
 * Ends with the facts it has (currentPlan may be missing only if the admin could not name it).
 * A loop of ask, remember, ask: written as a Dialog of its own rather than a waterfall that
 * replaces itself, which built two step contexts and a new dialog instance for every answer.
 */
export class IntakeDialog extends Dialog<IntakeOptions> {
  static readonly id = 'intake';
  /** Its question prompt, kept beside it in MainDialog's set. */
  readonly companions = [new QuestionPrompt(FACT_PROMPT, factQuestion)];

  constructor(private readonly state: StateAccessors) {
    super(IntakeDialog.id);
  }

  override async beginDialog(dc: DialogContext, options?: IntakeOptions): Promise<DialogTurnResult> {
    const intake = options ?? { facts: {}, purpose: 'diagnosis' };
    this.keep(dc, intake);
    return this.askNext(dc, intake);
  }

  /** The prompt answered: remember what it taught, then ask the next question (or end). */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, answer?: FactAnswer): Promise<DialogTurnResult> {
    const options = this.kept(dc);
    if (!answer) return this.askNext(dc, options);
    const facts = { ...options.facts, ...answer.facts };
    const skipped = answer.skipped ? [...(options.skipped ?? []), answer.skipped] : options.skipped;
    const next: IntakeOptions = { ...options, facts, ...(skipped ? { skipped } : {}) };
    this.keep(dc, next);
    // Kept in the conversation too, so "where was I", a recheck or the next journey start from here.
    const data = await this.state.conversationData.get(dc.context, {});
    data.facts = facts;
    return this.askNext(dc, next);
  }

  private async askNext(dc: DialogContext, options: IntakeOptions): Promise<DialogTurnResult> {
    const fact = nextFactToAsk(options);
    if (!fact) return dc.endDialog(options.facts);
    return dc.prompt(FACT_PROMPT, { validations: { fact, known: options.facts } });
  }

  private keep(dc: DialogContext, options: IntakeOptions): void {
    const instance = dc.activeDialog;
    if (instance) instance.state = options;
  }

  private kept(dc: DialogContext): IntakeOptions {
    return dc.activeDialog?.state as IntakeOptions;
  }
}
