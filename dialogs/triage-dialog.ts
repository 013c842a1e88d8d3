import { CardFactory, MessageFactory } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import {
  FACT_KEYS,
  extractCaseDetails,
  extractFacts,
  openCase,
  type CaseDetails,
  type PlanId,
  type TenantFacts,
} from '../domain/index.js';
import { buildTriageFormCard, parseSubmit } from '../cards/index.js';
import { planName } from '../i18n/index.js';
import { explainProblem } from './answer-problems.js';
import { actorOf, type CaseDesk } from './case-desk.js';
import { JourneyWaterfall } from './journey-waterfall.js';
import { readSubmittedValue } from './intake-question.js';
import { QuestionPrompt, type Question, type Recognition } from './question-prompt.js';
import { turnLanguage, turnMessages } from './turn-language.js';

export interface TriageOptions {
  /** Facts known before the form (typed with the request, or the case's own when adding facts). */
  facts?: Partial<TenantFacts>;
  details?: CaseDetails;
  /** Adding facts to this case rather than opening one. */
  caseId?: string;
  /** Shown above the fields. */
  note?: string;
}

/** What the form (or a pasted sentence) gave. */
interface TriageAnswer {
  facts: Partial<TenantFacts>;
  details: CaseDetails;
  /** The plan the submitted form's fields were picked for; absent for a sentence. */
  fieldsFor?: PlanId;
  fromSentence: boolean;
}

const FORM_PROMPT = 'triage.formPrompt';

/** The one-card form, or the same facts in a sentence pasted into the chat. */
const triageFormQuestion: Question<TriageOptions, TriageAnswer> = {
  render(context, options) {
    // The card carries its own title and introduction: a text beside it would show them twice.
    return MessageFactory.attachment(CardFactory.adaptiveCard(buildTriageFormCard(turnLanguage(context), options)));
  },
  recognize(context, options): Recognition<TriageAnswer> {
    const { value, text } = context.activity;
    if (value !== undefined && value !== null) {
      const submit = parseSubmit(value);
      if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
      if (submit.data.action !== 'triage-form' || submit.data.caseId !== options.caseId) return { ok: false, problem: 'stale-card' };
      const { data } = submit;
      const facts: Partial<TenantFacts> = {};
      for (const fact of FACT_KEYS) {
        const raw = data[fact];
        if (raw === undefined) continue;
        const read = readSubmittedValue(fact, raw);
        if (!read) return { ok: false, problem: 'invalid-submit' };
        Object.assign(facts, read);
      }
      const details: CaseDetails = {
        ...(data.customer === undefined ? {} : { customer: data.customer }),
        ...(data.tenant === undefined ? {} : { tenant: data.tenant }),
        ...(data.ticket === undefined ? {} : { ticket: data.ticket }),
      };
      return { ok: true, value: { facts, details, ...(data.fieldsFor ? { fieldsFor: data.fieldsFor } : {}), fromSentence: false } };
    }
    const typed = text ?? '';
    const facts = extractFacts(typed);
    const details = extractCaseDetails(typed);
    if (Object.keys(facts).length + Object.keys(details).length === 0) return { ok: false, problem: 'not-understood' };
    return { ok: true, value: { facts, details, fromSentence: true } };
  },
  explain(context, problem) {
    return explainProblem(turnMessages(context), problem);
  },
};

/**
 * Support agents: a form in the third person with the customer, tenant and ticket and only the
 * facts that matter for the plan chosen. A sentence pasted into the chat fills the form at once;
 * a different plan picked on the form gets its own fields before anything is saved. Ends by
 * saving a new case, or by adding the facts to the case it was started for.
 */
export class TriageDialog extends JourneyWaterfall<TriageOptions> {
  static readonly id = 'triage';
  readonly companions = [new QuestionPrompt(FORM_PROMPT, triageFormQuestion)];

  constructor(private readonly desk: CaseDesk) {
    super(TriageDialog.id);
    for (const step of [this.askForm, this.act]) this.addStep(step.bind(this));
  }

  private async askForm(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as TriageOptions;
    const typed = Object.keys(options.facts ?? {}).length + Object.keys(options.details ?? {}).length;
    // Facts typed with the request ("new case: E3, 350 users") fill the form like a pasted sentence.
    const note = options.note ?? (options.caseId === undefined && typed > 0 ? turnMessages(step.context).desk.form.filledFromSentence(typed) : undefined);
    return step.prompt(FORM_PROMPT, { validations: { ...options, ...(note ? { note } : {}) } satisfies TriageOptions });
  }

  private async act(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as TriageOptions;
    const answer = step.result as TriageAnswer;
    const messages = turnMessages(step.context);
    // A sentence adds to what the form already held; a submitted form is the whole answer.
    const facts: Partial<TenantFacts> = answer.fromSentence ? { ...options.facts, ...answer.facts } : answer.facts;
    const details: CaseDetails = answer.fromSentence ? { ...options.details, ...answer.details } : answer.details;
    const plan = facts.currentPlan;
    const again = (note: string | undefined) =>
      step.replaceDialog(TriageDialog.id, { facts, details, ...(options.caseId ? { caseId: options.caseId } : {}), ...(note ? { note } : {}) } satisfies TriageOptions);
    if (answer.fromSentence) return again(messages.desk.form.filledFromSentence(Object.keys(answer.facts).length + Object.keys(answer.details).length));
    if (!plan) return again(messages.ui.triage.requiredHint);
    if (answer.fieldsFor !== plan) return again(messages.desk.form.fieldsForPlan(planName(messages, plan)));

    const known = { ...facts, currentPlan: plan };
    if (options.caseId !== undefined) {
      await this.desk.addFacts(step.context, options.caseId, known, details);
      return step.endDialog();
    }
    const by = actorOf(step.context.activity);
    await this.desk.record(step.context, openCase({ id: await this.desk.freeCaseId(), by, at: new Date().toISOString(), facts: known, details }));
    return step.endDialog();
  }
}
