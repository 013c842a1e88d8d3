import type { CaseStatus, FactKey, ReasonId, UpgradePath } from '../domain/index.js';

/** A fact as a support agent reads it: about the customer, in the third person. */
export interface DeskFactMessages {
  label: string;
  question: string;
}

/** One line of a case's history: who did what (the time is formatted by the caller). */
export type DeskHistoryLine =
  | { kind: 'created' }
  | { kind: 'facts'; facts: string[]; path?: { from: string; to: string } }
  | { kind: 'status'; to: CaseStatus }
  | { kind: 'details'; details: string[] };

/** The columns of the lead's CSV export besides one a fact (those take the facts' labels). */
export const EXPORT_COLUMNS = [
  'case',
  'status',
  'customer',
  'tenant',
  'ticket',
  'agent',
  'createdAt',
  'updatedAt',
  'outcome',
  'blockers',
  'unknownFacts',
  'statusId',
  'outcomeId',
  'blockerIds',
  'unknownFactIds',
  'currentPlanId',
  'targetPlanId',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Words of the support desk: triage in the third person, cases, the lead's view, the check-back. */
export interface DeskMessages {
  facts: Record<FactKey, DeskFactMessages>;
  /** The path of a customer's change, said about the customer. */
  paths: Record<UpgradePath, string>;
  /** The path in two or three words, for lists and history lines. */
  pathShort: Record<UpgradePath, string>;
  /** What the customer does about each reason, said about the customer. */
  remedies: Record<ReasonId, string>;
  statuses: Record<CaseStatus, string>;
  details: {
    customer: string;
    tenant: string;
    ticket: string;
    customerPlaceholder: string;
    tenantPlaceholder: string;
    ticketPlaceholder: string;
    tenantError: string;
    ticketError: string;
  };
  form: {
    title: string;
    intro: string;
    /** Above a form that a pasted sentence filled in. */
    filledFromSentence: (count: number) => string;
    /** A sentence naming a customer or ticket, typed outside the form: it opens a case, and the admin's own answers are not touched. */
    readAsCase: (customer: string | undefined) => string;
    /** The plan changed on the form: its fields were picked again for the new plan. */
    fieldsForPlan: (planName: string) => string;
    saveButton: string;
    updateButton: string;
    updateTitle: (caseId: string) => string;
  };
  case: {
    title: (caseId: string) => string;
    saved: (caseId: string) => string;
    notFound: (caseId: string) => string;
    status: string;
    updated: string;
    historyTitle: string;
    history: (line: DeskHistoryLine, who: string) => string;
    addFactsButton: string;
    waitingButton: string;
    resolveButton: string;
    reopenButton: string;
    statusChanged: (caseId: string, status: CaseStatus) => string;
    changedTitle: (caseId: string) => string;
    pathChanged: (from: string, to: string) => string;
    pathSame: (path: string) => string;
    reasonsAdded: string;
    reasonsRemoved: string;
    nothingChanged: (caseId: string) => string;
    /** A typed update ("add to UA-…: …") the bot read no fact in. */
    noFactsRead: string;
    fromTenant: string;
  };
  list: {
    title: string;
    groups: Record<CaseStatus, string>;
    empty: string;
    line: (caseId: string, who: string, planName: string) => string;
    found: (query: string, count: number) => string;
    noMatch: (query: string) => string;
    moreNotShown: (count: number) => string;
  };
  lead: {
    title: string;
    subtitle: (cases: number, since: string) => string;
    nothingThisWeek: string;
    chartAlt: (lines: string[]) => string;
    exportButton: string;
    exportNote: (minutes: number) => string;
    onlyLeads: string;
    viewButton: string;
    /** The CSV's header row: words a spreadsheet user reads; the *Id columns keep the stable ids for tools. */
    exportColumns: Record<ExportColumn, string>;
  };
  summary: {
    customer: string;
    tenant: string;
    ticket: string;
    status: string;
    updated: string;
    history: string;
  };
  checkBack: {
    offerButton: string;
    scheduled: (time: string) => string;
    cancelButton: string;
    cancelled: string;
    nothingToCancel: string;
    question: (change: string | undefined) => string;
    finishedButton: string;
    notFinishedButton: string;
    finished: string;
    advice: string;
    supportRoute: string;
  };
  /** Lines added to the help message. */
  help: string[];
}
