import { FACTS, factsThatMatter, type CaseDetails, type FactKey, type PlanId, type TenantFacts } from '../domain/index.js';
import { messagesFor, type Language, type Messages } from '../i18n/index.js';
import {
  adaptiveCard,
  heading,
  submitAction,
  subtleText,
  textBlock,
  type AdaptiveCardJson,
  type CardElement,
} from './adaptive-card.js';
import { choiceOptions } from './choice-options.js';
import { planChoices } from './plan-choices.js';
import { BOOLEAN_VALUES } from './submit-data.js';

export interface TriageFormInput {
  /** What is known so far: picks the fields (see factsThatMatter) and fills them in. */
  facts?: Partial<TenantFacts>;
  details?: CaseDetails;
  /** A line above the fields: filled from a sentence, or fields picked again for a new plan. */
  note?: string;
  /** Adding facts to this case rather than creating one. */
  caseId?: string;
}

// Client-side checks (Input.Text regex, schema 1.3); the submit schema checks the same on arrival.
const TENANT_PATTERN = '^\\s*([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63})\\s*$';
const TICKET_PATTERN = '^\\s*#?[\\w][\\w./-]{0,38}\\s*$';

function detailInputs(messages: Messages, details: CaseDetails): CardElement[] {
  const words = messages.desk.details;
  return [
    { type: 'Input.Text', id: 'customer', label: words.customer, placeholder: words.customerPlaceholder, maxLength: 120, ...(details.customer ? { value: details.customer } : {}) },
    {
      type: 'Input.Text',
      id: 'tenant',
      label: words.tenant,
      placeholder: words.tenantPlaceholder,
      regex: TENANT_PATTERN,
      errorMessage: words.tenantError,
      ...(details.tenant ? { value: details.tenant } : {}),
    },
    {
      type: 'Input.Text',
      id: 'ticket',
      label: words.ticket,
      placeholder: words.ticketPlaceholder,
      regex: TICKET_PATTERN,
      errorMessage: words.ticketError,
      ...(details.ticket ? { value: details.ticket } : {}),
    },
  ];
}

/** One input for one fact, in the third person; its id is the fact key, so the value lands in data[fact]. */
function factInput(messages: Messages, lang: Language, fact: FactKey, facts: Partial<TenantFacts>): CardElement {
  const { ui } = messages;
  const words = messages.desk.facts[fact];
  const spec = FACTS[fact];
  const known = facts[fact];
  switch (spec.kind) {
    case 'plan': {
      const required = fact === 'currentPlan';
      return {
        type: 'Input.ChoiceSet',
        id: fact,
        label: words.label,
        style: 'compact',
        placeholder: ui.planPickerPlaceholder,
        choices: planChoices(lang, fact === 'targetPlan' ? 'targetPlan' : 'currentPlan', {}, { includeRetired: true }),
        ...(typeof known === 'string' ? { value: known } : {}),
        ...(required ? { isRequired: true, errorMessage: ui.triage.requiredHint } : {}),
      };
    }
    case 'count':
      return {
        type: 'Input.Number',
        id: fact,
        label: words.label,
        min: 0,
        placeholder: ui.numberPlaceholder,
        errorMessage: ui.reprompt.notANumber,
        ...(typeof known === 'number' ? { value: known } : {}),
      };
    case 'choice':
      return {
        type: 'Input.ChoiceSet',
        id: fact,
        label: words.label,
        style: 'compact',
        placeholder: ui.triage.notKnown,
        choices: choiceOptions(messages, fact),
        ...(typeof known === 'string' ? { value: known } : {}),
      };
    case 'boolean':
      // A Toggle left alone would send "no"; a choice left empty stays unknown.
      return {
        type: 'Input.ChoiceSet',
        id: fact,
        label: words.question,
        style: 'compact',
        placeholder: ui.triage.notKnown,
        choices: [
          { title: ui.buttons.yes, value: BOOLEAN_VALUES.yes },
          { title: ui.buttons.no, value: BOOLEAN_VALUES.no },
        ],
        ...(typeof known === 'boolean' ? { value: known ? BOOLEAN_VALUES.yes : BOOLEAN_VALUES.no } : {}),
      };
  }
}

/**
 * The agent's triage form: who the customer is, then only the facts that matter for the plan
 * chosen (before a plan is chosen, the plan alone). Its submit names the plan the fields were
 * picked for, so a different plan gets its own fields before the case is saved.
 */
export function buildTriageFormCard(lang: Language, input: TriageFormInput = {}): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { form } = messages.desk;
  const facts = input.facts ?? {};
  const plan: PlanId | undefined = facts.currentPlan;
  const fields: FactKey[] = plan === undefined ? ['currentPlan'] : factsThatMatter({ ...facts, currentPlan: plan });
  const title = input.caseId === undefined ? form.title : form.updateTitle(input.caseId);
  const body: CardElement[] = [heading(title)];
  if (input.caseId === undefined) body.push(subtleText(form.intro));
  if (input.note !== undefined) body.push(textBlock(input.note, { color: 'accent', weight: 'bolder' }));
  body.push(...detailInputs(messages, input.details ?? {}), ...fields.map((fact) => factInput(messages, lang, fact, facts)));
  const data = {
    action: 'triage-form' as const,
    ...(plan === undefined ? {} : { fieldsFor: plan }),
    ...(input.caseId === undefined ? {} : { caseId: input.caseId }),
  };
  const button = input.caseId === undefined ? form.saveButton : form.updateButton;
  return adaptiveCard(body, [submitAction(button, data, { style: 'positive' })], title);
}
