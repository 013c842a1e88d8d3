export { LANGUAGES, LanguageSchema, languageFromLocale, parseLanguageRequest, type Language } from './language.js';
export { MENU_CHOICES, CHECK_TENANT_CHOICE, DIAGNOSIS_CHOICES, STEP_COMMANDS, type MenuChoice, type DiagnosisChoice, type StepCommand } from './menu-choices.js';
export type {
  Messages,
  ReasonMessages,
  StepMessages,
  StepTextInput,
  FactMessages,
  ChoiceLabels,
  CurrentActivity,
  WalkthroughKind,
  JourneyGoal,
  UiMessages,
} from './messages.js';
export { messagesFor } from './catalogs.js';
export type { TenantMessages, TenantLineInput, TenantProductLabelInput } from './tenant-messages.js';
export { adminCenterNames } from './admin-center.js';
export { planName } from './plan-names.js';
export { formatFactValue } from './format-fact.js';
export { stepTextInput } from './step-text-input.js';
export { formatInstant, formatTime, readerClock, type ReaderClock } from './format-date.js';
export type { DeskMessages, DeskHistoryLine } from './desk-messages.js';
