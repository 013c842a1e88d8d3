import type { Activity } from 'botbuilder';
import type { FactKey, TenantFacts } from '../../domain/index.js';
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
  },
};

const TYPED_YES_NO: Record<Language, { yes: string; no: string; dontKnow: string }> = {
  en: { yes: 'yes', no: 'no', dontKnow: "I don't know" },
  it: { yes: 'sì', no: 'no', dontKnow: 'non lo so' },
};

/** The fact the newest question card asks about, if the replies end with a question. */
export function askedFact(replies: Partial<Activity>[]): FactKey | undefined {
  for (const card of cardsOf(replies).reverse()) {
    const answer = submitActions(card).find((action) => action.data?.['action'] === 'answer');
    if (answer) return answer.data?.['fact'] as FactKey;
  }
  return undefined;
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
    const fact = askedFact(replies);
    if (!fact) return { replies, asked };
    asked.push(fact);
    const value = facts[fact];
    if (value === undefined) {
      if (!options.unknownIsFine) throw new Error(`the bot asked about ${fact}, which this scenario does not give`);
      replies = options.mode === 'click' ? await chat.click({ action: 'answer', fact, value: 'skip' }) : await chat.say(TYPED_YES_NO[options.language].dontKnow);
    } else {
      replies = options.mode === 'click' ? await chat.click(clickedAnswer(replies, fact, value)) : await chat.say(typedAnswer(options.language, fact, value));
    }
  }
  throw new Error(`the intake did not end; asked ${asked.join(', ')}`);
}
