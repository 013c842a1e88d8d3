export type { AdaptiveCardJson, CardElement, CardAction, SubmitAction } from './adaptive-card.js';
export { CARD_VERSION } from './adaptive-card.js';
export {
  SubmitDataSchema,
  parseSubmit,
  BOOLEAN_VALUES,
  SKIP_ANSWER,
  FACTS_FORM_CHOICES,
  type FactsFormChoice,
  type FactsFormSubmit,
  type ConflictSubmit,
  type PageSaysSubmit,
  type SubmitData,
  type ParsedSubmit,
  type SubmitActionData,
  type MenuSubmit,
  type AnswerSubmit,
  type DiagnosisSubmit,
  type StepSubmit,
  type TriageFormSubmit,
  type OpenCaseSubmit,
  type CaseSubmit,
  type LeadSubmit,
  type CheckBackSubmit,
  type TenantProductSubmit,
} from './submit-data.js';
export { buildMenuCard, type MenuCardOptions } from './menu-card.js';
export { buildFactQuestionCard, type FactQuestionOptions } from './fact-question-card.js';
export { buildChecklistCard } from './checklist-card.js';
export { buildChoicesCard } from './choices-card.js';
export { buildConflictCard } from './conflict-card.js';
export { buildPageSaysCard } from './page-says-card.js';
export { buildAnsweredCard } from './answered-card.js';
export { buildDiagnosisCard, type DiagnosisCardOptions } from './diagnosis-card.js';
export { buildUpgradeTab2020Card } from './history-card.js';
export { buildAnswerCard, type AnswerCardOptions } from './answer-card.js';
export { buildComparisonCard, comparablePlanNames, comparisonRefusal, type ComparisonCardOptions, type PlanComparison } from './comparison-card.js';
export { buildConfirmStartOverCard, buildStepCard, buildStepCompletedCard, buildStoppedCard, type StepCardInput, type StepOutcome } from './step-card.js';
export { buildTriageFormCard, type TriageFormInput } from './triage-form-card.js';
export { buildCaseCard } from './case-card.js';
export { buildCaseListCard, type CaseListInput } from './case-list-card.js';
export { buildCaseChangeCard } from './case-change-card.js';
export { caseSummaryText } from './case-summary-text.js';
export { TICKET_TEXT_WIDTH } from './wrap-text.js';
export { buildLeadCard, type LeadCardInput } from './lead-card.js';
export { buildCheckBackScheduledCard, buildCheckBackQuestionCard, buildCheckBackAdviceCard } from './check-back-card.js';
export { buildTenantProductCard, type TenantProductChoice } from './tenant-product-card.js';
export { buildPastedMessageCard } from './pasted-message-card.js';
