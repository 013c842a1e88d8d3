import { CardFactory, MessageFactory } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { FACT_KEYS, diagnose, extractFacts, newCaseId, type TenantFacts } from '../domain/index.js';
import { buildTriageFormCard, parseSubmit } from '../cards/index.js';
import { explainProblem } from './answer-problems.js';
import { agentIdOf, type CaseDesk } from './case-desk.js';
import { JourneyWaterfall } from './journey-waterfall.js';
import { factQuestion, readSubmittedValue, type FactAnswer, type FactQuestionSpec } from './fact-question.js';
import { QuestionPrompt, type Question, type Recognition } from './question-prompt.js';
import { turnLanguage, turnMessages } from './turn-language.js';

export interface TriageOptions {
  /** Facts the agent already typed with the request ("triage: E3, 400 users, partner"). */
  facts?: Partial<TenantFacts>;
}

const FORM_PROMPT = 'triage.formPrompt';
const PLAN_PROMPT = 'triage.planPrompt';

/** The one-card form, or the same facts typed in a sentence. */
const triageFormQuestion: Question<object, Partial<TenantFacts>> = {
  render(context) {
    const card = buildTriageFormCard(turnLanguage(context));
    return MessageFactory.attachment(CardFactory.adaptiveCard(card), turnMessages(context).ui.triage.formIntro);
  },
  recognize(context): Recognition<Partial<TenantFacts>> {
    const { value, text } = context.activity;
    if (value !== undefined && value !== null) {
      const submit = parseSubmit(value);
      if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
      if (submit.data.action !== 'triage-form') return { ok: false, problem: 'stale-card' };
      const facts: Partial<TenantFacts> = {};
      for (const fact of FACT_KEYS) {
        const raw = submit.data[fact];
        if (raw === undefined || raw === '') continue;
        const read = readSubmittedValue(fact, raw);
        if (!read) return { ok: false, problem: 'invalid-submit' };
        Object.assign(facts, read);
      }
      return { ok: true, value: facts };
    }
    const facts = extractFacts(text ?? '');
    return Object.keys(facts).length > 0 ? { ok: true, value: facts } : { ok: false, problem: 'not-understood' };
  },
  explain(context, problem) {
    return explainProblem(turnMessages(context), problem);
  },
};

/** Support agents: every fact in one go, then a case with an id, a summary card and ticket text. */
export class TriageDialog extends JourneyWaterfall {
  static readonly id = 'triage';
  readonly companions = [new QuestionPrompt(FORM_PROMPT, triageFormQuestion), new QuestionPrompt(PLAN_PROMPT, factQuestion)];

  constructor(private readonly desk: CaseDesk) {
    super(TriageDialog.id);
    for (const step of [this.askFacts, this.askPlan, this.record]) this.addStep(step.bind(this));
  }

  private async askFacts(step: WaterfallStepContext) {
    const { facts } = (step.options ?? {}) as TriageOptions;
    if (facts?.currentPlan) return step.next(facts);
    return step.prompt(FORM_PROMPT, { validations: {} });
  }

  private async askPlan(step: WaterfallStepContext) {
    const facts = { ...((step.options ?? {}) as TriageOptions).facts, ...(step.result as Partial<TenantFacts>) };
    Object.assign(step.values, { facts });
    if (facts.currentPlan) return step.next({ facts: {} } satisfies FactAnswer);
    return step.prompt(PLAN_PROMPT, { validations: { fact: 'currentPlan', known: facts } satisfies FactQuestionSpec });
  }

  private async record(step: WaterfallStepContext) {
    const answer = step.result as FactAnswer;
    const facts = { ...(step.values as { facts: Partial<TenantFacts> }).facts, ...answer.facts };
    if (!facts.currentPlan) {
      await step.context.sendActivity(turnMessages(step.context).ui.diagnosis.needPlan);
      return step.endDialog();
    }
    const known = facts as TenantFacts;
    const { from } = step.context.activity;
    await this.desk.record(step.context, {
      id: newCaseId(),
      agentId: agentIdOf(step.context.activity),
      ...(from.name ? { agentName: from.name } : {}),
      createdAt: new Date().toISOString(),
      facts: known,
      diagnosis: diagnose(known),
    });
    return step.endDialog();
  }
}
