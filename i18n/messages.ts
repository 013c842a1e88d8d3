import type {
  AdminCenterPlaceId,
  Family,
  FactKey,
  NoteId,
  PlanId,
  ReasonId,
  SourceId,
  StepId,
  TenantFacts,
  TermEffectId,
  UndecidedId,
  UpgradePath,
  WarningId,
} from '../domain/index.js';
import type { DeskMessages } from './desk-messages.js';
import type { IntakeMessages } from './intake-messages.js';
import type { AnswerMessages } from './answer-messages.js';
import type { CurrentActivity } from './current-activity.js';

export type { CurrentActivity } from './current-activity.js';
import type { Language } from './language.js';
import type { MenuChoice } from './menu-choices.js';
import type { TenantMessages } from './tenant-messages.js';

/** A reason the admin center cannot change the plan automatically, as the admin reads it. */
export interface ReasonMessages {
  title: string;
  /** What the reason means for this tenant, in one or two sentences. */
  meaning: string;
  /** What to do about it. */
  remedy: string;
}

/** What a step's instructions may mention: plan names already translated, plus the step's params. */
export interface StepTextInput {
  currentPlanName?: string;
  targetPlanName?: string;
  usersPerBatch?: number;
  usePowerShell?: boolean;
  expectedLicenses?: number;
  billingAccountType?: NonNullable<TenantFacts['billingAccountType']>;
  reduceLicensesTo?: number;
  backupBecause?: 'fewer-services' | 'other-family';
}

export interface StepMessages {
  title: string;
  /** One line per click or check, in order. */
  instructions: (input: StepTextInput) => string[];
  /** What the Help button says on this step: the usual snag and the way around it. */
  help: string;
}

/** The two walkthroughs: the automatic change in the admin center, or the manual one. */
export type WalkthroughKind = 'upgrade-tab' | 'manual';

/** The menu choices that start a conversation about the admin's own subscription. */
export type JourneyGoal = Exclude<MenuChoice, 'triage' | 'resume'>;

export interface FactMessages {
  /** A short name for summaries and lists ("Current plan"). */
  label: string;
  /** The question the bot asks. */
  question: string;
  /** Where the admin can find the answer. */
  help: string;
}

/** Options of the facts that are a choice among fixed values, labelled. */
export interface ChoiceLabels {
  adminRole: Record<NonNullable<TenantFacts['adminRole']>, string>;
  purchaseChannel: Record<NonNullable<TenantFacts['purchaseChannel']>, string>;
  commitmentTerm: Record<NonNullable<TenantFacts['commitmentTerm']>, string>;
  billingAccountType: Record<NonNullable<TenantFacts['billingAccountType']>, string>;
}

export interface ButtonLabels {
  done: string;
  back: string;
  help: string;
  stopForNow: string;
  startWalkthrough: string;
  checkAgain: string;
  startOver: string;
  open: string;
  submit: string;
  yes: string;
  no: string;
  dontKnow: string;
  /** On a step whose link can be greyed out: says so in one click. */
  greyedOut: string;
  /** Confirms "start over" when it would forget a saved walkthrough. */
  startOverYes: string;
  keepSteps: string;
  /** Under "stopped at step N": carries on from there. */
  resume: string;
}

export interface RepromptMessages {
  notANumber: string;
  /** "-5 users": a count below zero. */
  negativeNumber: string;
  notAPlan: string;
  notYesNo: string;
  notAnOption: (options: string[]) => string;
  /** A typed answer that is none of the buttons of a choice question. */
  notAChoice: string;
  notUnderstood: string;
  /** The current plan is the one answer the bot cannot do without. */
  outOfRange: (min: number, max?: number) => string;
}

export interface DiagnosisMessages {
  title: string;
  currentPlan: (planName: string) => string;
  targetPlan: (planName: string) => string;
  reasonsTitle: string;
  whatItMeans: string;
  whatToDo: string;
  source: (citation: string) => string;
  targetsTitle: string;
  noAutomaticTargets: string;
  /** Above the targets when only the wanted plan is refused: what the admin center offers instead. */
  wantedRefusedTargetsTitle: string;
  /** A retired plan, with the year a source gives and how it knows. */
  planRetired: (planName: string, year: number, evidence: 'notice' | 'not-listed') => string;
  replacedBy: (planNames: string[]) => string;
  /** Above the questions no source decides. */
  undecidedTitle: string;
  /** The button that shows the warnings beyond the first few. */
  moreWarnings: (count: number) => string;
  /** Above the numbered list of the card's sources. */
  sourcesTitle: string;
  warningsTitle: string;
  /** Shown while some answers that could change the result are still missing. */
  stillUnknown: (factLabels: string[]) => string;
  allClear: string;
  /** The services a change of plan loses and gains (comparePlans), named as the products are sold. */
  servicesTitle: (fromPlan: string, toPlan: string) => string;
  servicesLost: (names: readonly string[]) => string;
  servicesGained: (names: readonly string[]) => string;
  servicesSame: string;
  /** On the fewer-services reason: what the wanted plan would take away. */
  wouldLose: (names: readonly string[]) => string;
  /** Instead of allClear while answers that could block the change are missing. */
  nothingKnownBlocks: string;
  /** Above where the verdict is acted on in the admin center. */
  placeTitle: string;
  /** One trail of the admin center ("A > B > C"): the automatic change on a MOSA or MCA account, or buying the new plan. */
  placeFor: (kind: 'mosa' | 'mca' | 'buy-new-plan', trail: string) => string;
  /** When the reply to the diagnosis card is not one of its buttons. */
  useButtons: string;
  /** The intake ended without a current plan. */
  needPlan: string;
  /** Beside the verdict: what the change does to the term, billing and cancel window. */
  termTitle: string;
  /** The term the admin told, when they did. */
  yourTerm: (term: string) => string;
  termEffects: Record<TermEffectId, string>;
}

export interface WalkthroughMessages {
  stepOfTotal: (stepNumber: number, total: number) => string;
  /** Shown under the last step: how long it usually takes and when to call support. */
  lastStepNote: Record<UpgradePath, string>;
  stepDone: string;
  /** On a step card the admin left with Back. */
  stepWentBack: string;
  /** The button that shows how a step's page looked in 2013 or 2020. */
  before: string;
  /** On a step card the admin left with Stop for now. */
  stepStopped: string;
  finished: (kind: WalkthroughKind) => string;
  /** Stopped on a step; says how to come back to it. */
  stopped: (stepNumber: number, total: number) => string;
  alreadyFirst: string;
  /** When the reply to a step card is not one of its buttons. */
  useButtons: string;
  warningsTitle: string;
  source: (citation: string) => string;
  /** The link of the step is greyed out: the steps wait, and the admin center's message is asked. */
  linkUnavailable: (stepNumber: number, total: number) => string;
  /** Under a step whose admin-center labels no Microsoft page gives in this language. */
  labelsInEnglish: string;
}

export interface TriageMessages {
  requiredHint: string;
  /** Placeholder of an optional field left empty. */
  notKnown: string;
}

/** Labels of the plain-text case summary an agent pastes into a ticket. */
export interface SummaryLabels {
  heading: string;
  caseId: string;
  agent: string;
  created: string;
  path: string;
  reasons: string;
  targets: string;
  warnings: string;
  facts: string;
  unknownFacts: string;
  none: string;
}

export interface UiMessages {
  welcome: string;
  /** The greeting in Microsoft 365 Copilot: one line, no menu card (the admin types there). */
  welcomeInCopilot: string;
  /** Said before the first question of each journey. */
  journeyIntro: Record<JourneyGoal, string>;
  menuTitle: string;
  menu: Record<MenuChoice, string>;
  help: string;
  cancelled: string;
  /** Cancelled while a walkthrough is saved: it can be resumed. */
  cancelledCanResume: string;
  startedOver: string;
  /** "Start over" with a walkthrough saved: asked before it is forgotten. */
  confirmStartOver: (stepNumber: number, total: number) => string;
  /** "No, keep it": nothing was forgotten. */
  keptWalkthrough: string;
  languageSwitched: string;
  nothingToResume: string;
  whereWasI: (activity: CurrentActivity) => string;
  reprompt: RepromptMessages;
  staleCard: string;
  invalidSubmit: string;
  buttons: ButtonLabels;
  diagnosis: DiagnosisMessages;
  walkthrough: WalkthroughMessages;
  triage: TriageMessages;
  summary: SummaryLabels;
  /** The 2020 Upgrade tab, shown as history. */
  history: { title: string; intro: string };
  planPickerPlaceholder: string;
  numberPlaceholder: string;
  /** Suffix for plans the admin center offers automatically from the current plan. */
  automaticTargetMark: string;
  /** Suffix for a plan no longer sold, where a list shows one. */
  retiredPlanMark: string;
  /** Under the current-plan list, which shows today's plans: older ones are typed. */
  olderPlansHint: string;
  /**
   * A message the bot could not take: what failed, and that nothing was lost (the conversation is
   * as it was before that message). `save`: the state could not be written; `conflict`: another
   * message of the conversation was saved first; `error`: anything else; `stack-reset`: the same
   * conversation failed again, so the question it was on was closed (facts, cases, walkthrough kept).
   */
  turnFailed: (failure: 'save' | 'conflict' | 'error' | 'stack-reset') => string;
}

/** Everything the bot says in one language. A key missing in one catalog fails the typecheck. */
export interface Messages {
  language: Language;
  /** Plan names as the admin center shows them in this language, where they differ from the English name. */
  planNames: Partial<Record<PlanId, string>>;
  families: Record<Family, string>;
  adminCenter: Record<AdminCenterPlaceId, string>;
  reasons: Record<ReasonId, ReasonMessages>;
  warnings: Record<WarningId, string>;
  steps: Record<StepId, StepMessages>;
  paths: Record<UpgradePath, string>;
  facts: Record<FactKey, FactMessages>;
  choices: ChoiceLabels;
  sources: Record<SourceId, string>;
  notes: Record<NoteId, string>;
  /** What the admin is told where no source decides, with the page that shows the answer. */
  undecided: Record<UndecidedId, string>;
  ui: UiMessages;
  desk: DeskMessages;
  /** Answers to the questions admins ask on the way. */
  answers: AnswerMessages;
  tenant: TenantMessages;
  /** Grouped questions, what was noted, conflicts, the admin center's messages, what-ifs. */
  intake: IntakeMessages;
}
