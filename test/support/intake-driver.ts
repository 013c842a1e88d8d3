import type { Activity } from 'botbuilder';
import { FACTS, type FactKey, type TenantFacts, type YesNoFact } from '../../domain/index.js';
import { messagesFor, planName, type Language } from '../../i18n/index.js';
import { cardsOf, submitActions, type Chat } from './chat.js';

export type AnswerMode = 'click' | 'type';

/** How an admin would type each choice in each language. */
const TYPED_CHOICES: Record<Language, Record<string, string>> = {
  en: {
    'direct-card': 'with a credit card',
    'direct-invoice': 'we pay by invoice',
    partner: 'through a partner',
    'volume-licensing': 'volume licensing',
    'prepaid-key': 'product key',
    'global-admin': "I'm a global admin",
    'billing-admin': 'billing admin',
    'billing-account-role': "I'm the billing account owner",
    other: 'other',
    mosa: 'MOSA',
    mca: 'we have a Microsoft Customer Agreement',
    monthly: 'monthly',
    annual: 'annual',
    'three-year': 'three years',
  },
  it: {
    'direct-card': 'con carta di credito',
    'direct-invoice': 'paghiamo con fattura',
    partner: 'tramite partner',
    'volume-licensing': 'contratto multilicenza',
    'prepaid-key': 'product key',
    'global-admin': 'sono amministratore globale',
    'billing-admin': 'amministratore della fatturazione',
    'billing-account-role': "sono proprietario dell'account di fatturazione",
    other: 'altro',
    mosa: 'abbiamo un account MOSA',
    mca: 'contratto del cliente Microsoft',
    monthly: 'mensile',
    annual: 'annuale',
    'three-year': 'tre anni',
  },
};

const TYPED_YES_NO: Record<Language, { yes: string; no: string; dontKnow: string; none: string }> = {
  en: { yes: 'yes', no: 'no', dontKnow: "I don't know", none: 'none of these' },
  it: { yes: 'sì', no: 'no', dontKnow: 'non lo so', none: 'nessuna di queste' },
};

/** How an admin would say that each yes/no fact applies, naming it on a checklist. */
const TYPED_STATEMENTS: Record<Language, Record<YesNoFact, string>> = {
  en: {
    customDomain: 'we use our own domain contoso.com',
    legacySmallBusiness: 'it is an older Small Business plan bought before the service update',
    notCurrentlyEligible: 'the admin center says it is not currently eligible',
    governmentOrNonprofit: 'it is a nonprofit plan',
    trial: "it's a trial",
    moreUsersThanLicenses: 'we have more users than licenses',
    hasAddOn: 'it has an add-on',
    scheduledChange: 'our Microsoft representative scheduled a change',
    extendedServiceTerm: 'it is on an extended service term',
    billingAccountBlocked: 'our billing account is blocked',
    multipleSubscriptionsSameProduct: 'we have two subscriptions of the same product',
    unpaidBalance: 'there is an unpaid balance',
    creditCheckPending: 'a credit check is pending',
    planChangeInProgress: 'another plan change is in progress',
    serviceHealthIssue: 'service health shows an incident',
    provisioningIncomplete: 'the tenant is still provisioning',
  },
  it: {
    customDomain: 'usiamo il nostro dominio contoso.com',
    legacySmallBusiness: "è un vecchio piano Small Business acquistato prima dell'aggiornamento del servizio",
    notCurrentlyEligible: "l'interfaccia dice che al momento non è idoneo",
    governmentOrNonprofit: 'è un piano non profit',
    trial: 'è una versione di prova',
    moreUsersThanLicenses: 'abbiamo più utenti che licenze',
    hasAddOn: 'ha un componente aggiuntivo',
    scheduledChange: 'il referente ha una modifica pianificata',
    extendedServiceTerm: 'è su un extended service term',
    billingAccountBlocked: "l'account di fatturazione è bloccato",
    multipleSubscriptionsSameProduct: 'abbiamo due abbonamenti dello stesso prodotto',
    unpaidBalance: "c'è un saldo non pagato",
    creditCheckPending: 'è in corso una verifica del credito',
    planChangeInProgress: 'è già in corso un altro cambio di piano',
    serviceHealthIssue: "l'integrità del servizio mostra un problema",
    provisioningIncomplete: 'il tenant è ancora in fase di provisioning',
  },
};

/** The question on the newest card: one fact (its own card), or several on a form (choices, checklist). */
export interface AskedQuestion {
  facts: FactKey[];
  form: boolean;
}

export function askedQuestion(replies: Partial<Activity>[]): AskedQuestion | undefined {
  for (const card of cardsOf(replies).reverse()) {
    const actions = submitActions(card);
    const answer = actions.find((action) => action.data?.['action'] === 'answer');
    if (answer) return { facts: [answer.data?.['fact'] as FactKey], form: false };
    const form = actions.find((action) => action.data?.['action'] === 'facts');
    if (form) return { facts: form.data?.['asked'] as FactKey[], form: true };
  }
  return undefined;
}

/** The fact the newest question card asks about, if it asks one alone. */
export function askedFact(replies: Partial<Activity>[]): FactKey | undefined {
  const question = askedQuestion(replies);
  return question && !question.form ? question.facts[0] : undefined;
}

export function typedAnswer(language: Language, fact: FactKey, value: unknown): string {
  if (typeof value === 'boolean') return value ? TYPED_YES_NO[language].yes : TYPED_YES_NO[language].no;
  if (typeof value === 'number') return String(value);
  if (fact === 'currentPlan' || fact === 'targetPlan') return planName(messagesFor(language), value as TenantFacts['currentPlan']);
  const typed = TYPED_CHOICES[language][String(value)];
  if (!typed) throw new Error(`no typed form for ${fact}=${String(value)}`);
  return typed;
}

/** The click an admin makes on the question card to give this answer. */
export function clickedAnswer(replies: Partial<Activity>[], fact: FactKey, value: unknown): Record<string, unknown> {
  const actions = cardsOf(replies).flatMap(submitActions).filter((action) => action.data?.['fact'] === fact);
  const wanted = String(value);
  const button = actions.find((action) => action.data?.['value'] === wanted);
  if (button?.data) return button.data;
  const submit = actions.find((action) => action.data?.['value'] === undefined);
  if (!submit?.data) throw new Error(`no way to answer ${fact}=${wanted} on the card`);
  // A ChoiceSet or Number input named "value" merges into the submit data.
  return { ...submit.data, value: wanted };
}

export interface IntakeRun {
  replies: Partial<Activity>[];
  asked: FactKey[];
  /** How many answers the admin sent before the bot stopped asking. */
  turns: number;
}

const isChecklist = (asked: readonly FactKey[]) => asked.every((fact) => FACTS[fact].kind === 'boolean');

/**
 * A form's answer, clicked: each fact's input set, or "None of these" when a checklist is all no.
 * A choice the scenario does not give is left empty, as an admin leaves what they don't know.
 */
function clickedForm(asked: readonly FactKey[], facts: Partial<TenantFacts>, unknownIsFine: boolean): Record<string, unknown> {
  if (isChecklist(asked) && asked.every((fact) => facts[fact] === false)) return { action: 'facts', asked, choice: 'none' };
  const unknown = unknownIsFine || isChecklist(asked) ? 'skip' : '';
  const values = Object.fromEntries(asked.map((fact) => [fact, facts[fact] === undefined ? unknown : String(facts[fact])]));
  return { action: 'facts', asked, choice: 'send', ...values };
}

/** The click that answers the question on screen from `facts`: its own card's button, or the form's Send. */
export function answerClick(replies: Partial<Activity>[], question: AskedQuestion, facts: Partial<TenantFacts>): Record<string, unknown> {
  const [fact] = question.facts;
  if (!question.form && fact) return facts[fact] === undefined ? { action: 'answer', fact, value: 'skip' } : clickedAnswer(replies, fact, facts[fact]);
  return clickedForm(question.facts, facts, false);
}

/** A form's answer, typed: the choices in a sentence; a checklist by naming what applies, or "none". */
function typedForm(language: Language, asked: readonly FactKey[], facts: Partial<TenantFacts>): string {
  if (!isChecklist(asked)) return asked.flatMap((fact) => (facts[fact] === undefined ? [] : [typedAnswer(language, fact, facts[fact])])).join(', ');
  const applying = asked.filter((fact) => facts[fact] === true) as YesNoFact[];
  return applying.length === 0 ? TYPED_YES_NO[language].none : applying.map((fact) => TYPED_STATEMENTS[language][fact]).join(', ');
}

/**
 * Answers every question the bot asks from `facts`, the way an admin would, until the bot stops
 * asking. A question about a fact missing from `facts` is answered "I don't know" only when
 * `unknownIsFine`; otherwise it fails, since the test did not expect the bot to need it.
 */
export async function answerQuestions(
  chat: Chat,
  first: Partial<Activity>[],
  facts: Partial<TenantFacts>,
  options: { mode: AnswerMode; language: Language; unknownIsFine?: boolean },
): Promise<IntakeRun> {
  let replies = first;
  const asked: FactKey[] = [];
  for (let turn = 0; turn < 30; turn++) {
    const question = askedQuestion(replies);
    if (!question) return { replies, asked, turns: turn };
    // A choice the scenario does not give may be left empty on the choices card; anywhere else it must be given.
    const optional = question.form && !isChecklist(question.facts);
    const missing = question.facts.filter((fact) => facts[fact] === undefined);
    if (missing.length > 0 && !optional && !options.unknownIsFine) throw new Error(`the bot asked about ${missing.join(', ')}, which this scenario does not give`);
    asked.push(...(optional ? question.facts.filter((fact) => facts[fact] !== undefined) : question.facts));
    const [fact] = question.facts;
    if (!question.form && fact) {
      const value = facts[fact];
      if (value === undefined) {
        replies = options.mode === 'click' ? await chat.click({ action: 'answer', fact, value: 'skip' }) : await chat.say(TYPED_YES_NO[options.language].dontKnow);
      } else {
        replies = options.mode === 'click' ? await chat.click(clickedAnswer(replies, fact, value)) : await chat.say(typedAnswer(options.language, fact, value));
      }
    } else if (options.mode === 'click' || (missing.length > 0 && (!optional || options.unknownIsFine))) {
      replies = await chat.click(clickedForm(question.facts, facts, options.unknownIsFine ?? false));
    } else {
      replies = await chat.say(typedForm(options.language, question.facts, facts));
    }
  }
  throw new Error(`the intake did not end; asked ${asked.join(', ')}`);
}
