/**
 * What a card click sends back (activity.value): the object `data` of the Action.Submit merged with
 * the card's input values. Defined once here; the cards write it, the dialogs read it with parseSubmit.
 */
import { z } from 'zod';
import {
  ADMIN_CENTER_MESSAGE_IDS,
  CASE_ID_PATTERN,
  CASE_STATUSES,
  CustomerNameSchema,
  FACT_KEYS,
  FACTS,
  PLAN_IDS,
  TenantReferenceSchema,
  TicketSchema,
  type FactKey,
  type FactSpec,
} from '../domain/index.js';
import { CHECK_TENANT_CHOICE, DIAGNOSIS_CHOICES, MENU_CHOICES, STEP_COMMANDS } from '../i18n/index.js';

/** Input values arrive as strings; some clients send Input.Number as a number. */
const inputText = z.union([z.string(), z.number().finite()]).transform((value) => String(value).trim());

/** Booleans travel as the Yes/No buttons' and choices' value. */
export const BOOLEAN_VALUES = { yes: 'true', no: 'false' } as const;

/** The "I don't know" button's value: the fact stays unknown and is not asked again. */
export const SKIP_ANSWER = 'skip';

const COUNT_TEXT = /^\d{1,9}$/;

/** Whether a submitted answer has the shape its fact expects (the dialogs then convert it). */
function fitsFact(spec: FactSpec, value: string): boolean {
  switch (spec.kind) {
    case 'plan':
      return (PLAN_IDS as readonly string[]).includes(value);
    case 'boolean':
      return value === BOOLEAN_VALUES.yes || value === BOOLEAN_VALUES.no;
    case 'count':
      return COUNT_TEXT.test(value);
    case 'choice':
      return spec.options.includes(value);
  }
}

export const MenuSubmitSchema = z.object({
  action: z.literal('menu'),
  choice: z.enum([...MENU_CHOICES, CHECK_TENANT_CHOICE]),
});

export const AnswerSubmitSchema = z
  .object({
    action: z.literal('answer'),
    fact: z.enum(FACT_KEYS),
    value: inputText,
  })
  .refine((answer) => answer.value === SKIP_ANSWER || fitsFact(FACTS[answer.fact], answer.value), {
    message: 'The value does not fit the fact',
    path: ['value'],
  });

/** The buttons of a card that asks several facts at once (the account choices, the yes/no checklist). */
export const FACTS_FORM_CHOICES = ['send', 'none', 'skip'] as const;
export type FactsFormChoice = (typeof FACTS_FORM_CHOICES)[number];

/** Each fact's input, named after the fact: a value that fits it, "I don't know", or empty (not answered). */
function factsFormField(fact: FactKey) {
  // Only a count's input may arrive as a number; a toggle's or a choice's value is always a string.
  const input = FACTS[fact].kind === 'count' ? inputText : z.string().trim();
  return input.refine((value) => value === '' || value === SKIP_ANSWER || fitsFact(FACTS[fact], value), { message: 'Not a valid answer' }).optional();
}
const factsFormFields = Object.fromEntries(FACT_KEYS.map((fact) => [fact, factsFormField(fact)])) as Record<FactKey, ReturnType<typeof factsFormField>>;

export const FactsFormSubmitSchema = z.object({
  action: z.literal('facts'),
  /** The facts the card asked: an input of another fact is not taken. */
  asked: z.array(z.enum(FACT_KEYS)).min(1).max(FACT_KEYS.length),
  choice: z.enum(FACTS_FORM_CHOICES),
  ...factsFormFields,
});

/** A typed fact contradicting an earlier one: keep the new one, or the one said before. */
export const ConflictSubmitSchema = z.object({
  action: z.literal('conflict'),
  choice: z.enum(['new', 'before']),
});

/** The admin center's message the admin picked. */
export const PageSaysSubmitSchema = z.object({
  action: z.literal('page-says'),
  message: z.enum(ADMIN_CENTER_MESSAGE_IDS),
});

export const DiagnosisSubmitSchema = z.object({
  action: z.literal('diagnosis'),
  choice: z.enum(DIAGNOSIS_CHOICES),
});

export const StepSubmitSchema = z.object({
  action: z.literal('step'),
  command: z.enum(STEP_COMMANDS),
  walkthroughId: z.string().min(1).max(100),
  stepIndex: z.number().int().min(0).max(99),
});

/** An empty form field means "not known": it becomes undefined. */
function optionalField(accepts: (value: string) => boolean) {
  return inputText
    .refine((value) => value === '' || accepts(value), { message: 'Not a valid answer' })
    .transform((value) => (value === '' ? undefined : value))
    .optional();
}

/** One optional field per fact, checked the way its kind says: adding a fact adds its field. */
const triageFields = Object.fromEntries(
  FACT_KEYS.map((fact) => [fact, optionalField((value) => fitsFact(FACTS[fact], value))]),
) as Record<FactKey, ReturnType<typeof optionalField>>;

const CaseIdSchema = z.string().trim().toUpperCase().regex(CASE_ID_PATTERN);

/** A detail field: empty means not given; anything else must fit its rule. */
function detailField(schema: z.ZodType<string, string>) {
  return inputText.pipe(z.union([z.literal('').transform(() => undefined), schema])).optional();
}

export const TriageFormSubmitSchema = z.object({
  action: z.literal('triage-form'),
  /** The plan the form's fields were picked for: a different plan submitted gets its own fields first. */
  fieldsFor: z.enum(PLAN_IDS).optional(),
  /** Set on the form that adds facts to an existing case. */
  caseId: CaseIdSchema.optional(),
  customer: detailField(CustomerNameSchema),
  tenant: detailField(TenantReferenceSchema),
  ticket: detailField(TicketSchema),
  ...triageFields,
});

export const OpenCaseSubmitSchema = z.object({
  action: z.literal('open-case'),
  caseId: CaseIdSchema,
});

/** The buttons of a case card: add facts, or set its status. */
export const CaseSubmitSchema = z.discriminatedUnion('command', [
  z.object({ action: z.literal('case'), command: z.literal('add-facts'), caseId: CaseIdSchema }),
  z.object({ action: z.literal('case'), command: z.literal('status'), caseId: CaseIdSchema, status: z.enum(CASE_STATUSES) }),
]);

export const LeadSubmitSchema = z.object({ action: z.literal('lead'), view: z.literal('blockers') });

/** The check-back's buttons: offered on a step card, cancelled, and answered an hour later. */
export const CheckBackSubmitSchema = z.object({
  action: z.literal('check-back'),
  choice: z.enum(['schedule', 'cancel', 'finished', 'not-finished']),
});

/** The tenant's product the admin picked, by SKU part number (checked against the offered ones by the dialog). */
export const TenantProductSubmitSchema = z.object({
  action: z.literal('tenant-product'),
  sku: z.string().min(1).max(120),
});

/** "Start over" while a walkthrough is saved asks first: forget it, or keep it. */
export const StartOverSubmitSchema = z.object({
  action: z.literal('start-over'),
  confirm: z.boolean(),
});

export const SubmitDataSchema = z.discriminatedUnion('action', [
  StartOverSubmitSchema,
  MenuSubmitSchema,
  AnswerSubmitSchema,
  FactsFormSubmitSchema,
  ConflictSubmitSchema,
  PageSaysSubmitSchema,
  DiagnosisSubmitSchema,
  StepSubmitSchema,
  TriageFormSubmitSchema,
  OpenCaseSubmitSchema,
  CaseSubmitSchema,
  LeadSubmitSchema,
  CheckBackSubmitSchema,
  TenantProductSubmitSchema,
]);

export type SubmitData = z.output<typeof SubmitDataSchema>;
export type MenuSubmit = z.output<typeof MenuSubmitSchema>;
export type AnswerSubmit = z.output<typeof AnswerSubmitSchema>;
export type FactsFormSubmit = z.output<typeof FactsFormSubmitSchema>;
export type ConflictSubmit = z.output<typeof ConflictSubmitSchema>;
export type PageSaysSubmit = z.output<typeof PageSaysSubmitSchema>;
export type DiagnosisSubmit = z.output<typeof DiagnosisSubmitSchema>;
export type StepSubmit = z.output<typeof StepSubmitSchema>;
export type TriageFormSubmit = z.output<typeof TriageFormSubmitSchema>;
export type OpenCaseSubmit = z.output<typeof OpenCaseSubmitSchema>;
export type CaseSubmit = z.output<typeof CaseSubmitSchema>;
export type LeadSubmit = z.output<typeof LeadSubmitSchema>;
export type CheckBackSubmit = z.output<typeof CheckBackSubmitSchema>;
export type TenantProductSubmit = z.output<typeof TenantProductSubmitSchema>;

/**
 * The `data` a card writes into an Action.Submit: the submitted value minus what the card's inputs
 * add on click (the answer's `value` from an input, the triage form's fields).
 */
export type SubmitActionData =
  | z.output<typeof StartOverSubmitSchema>
  | MenuSubmit
  | ConflictSubmit
  | PageSaysSubmit
  | { action: 'facts'; asked: FactKey[]; choice: FactsFormChoice }
  | DiagnosisSubmit
  | StepSubmit
  | OpenCaseSubmit
  | CaseSubmit
  | LeadSubmit
  | CheckBackSubmit
  | TenantProductSubmit
  | (Omit<AnswerSubmit, 'value'> & { value?: string })
  | { action: 'triage-form'; fieldsFor?: TriageFormSubmit['fieldsFor']; caseId?: string };

export type ParsedSubmit = { ok: true; data: SubmitData } | { ok: false; problem: 'not-a-submit' | 'invalid' };

// Anything carrying an `action` string claims to come from one of our cards.
const ClaimsToBeSubmit = z.looseObject({ action: z.string() });

/**
 * Reads activity.value. 'not-a-submit': no card sent it (plain text, other channel payloads);
 * 'invalid': it claims to be ours but does not fit (an old card version or a tampered payload).
 */
export function parseSubmit(value: unknown): ParsedSubmit {
  if (typeof value !== 'object' || value === null) return readSubmit(value);
  // One click is read by the commands that work anywhere and then by the dialog it answers.
  const known = parsedSubmits.get(value);
  if (known) return known;
  const parsed = readSubmit(value);
  parsedSubmits.set(value, parsed);
  return parsed;
}

const parsedSubmits = new WeakMap<object, ParsedSubmit>();

function readSubmit(value: unknown): ParsedSubmit {
  if (!ClaimsToBeSubmit.safeParse(value).success) return { ok: false, problem: 'not-a-submit' };
  const parsed = SubmitDataSchema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, problem: 'invalid' };
}
