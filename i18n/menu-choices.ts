/**
 * The words a card button or a menu can stand for. They live with the words (not with the cards)
 * so the catalogs can be keyed by them and the submit schema can reuse the same lists.
 */

/** The six things the main menu offers. */
export const MENU_CHOICES = [
  'can-i-upgrade',
  'why-no-upgrade-tab',
  'walkthrough-auto',
  'walkthrough-manual',
  'triage',
  'resume',
] as const;
export type MenuChoice = (typeof MENU_CHOICES)[number];

/** The menu's "Check my tenant", shown only when the bot has an OAuth connection to sign in with. */
export const CHECK_TENANT_CHOICE = 'check-tenant';

/** What the admin can do from a diagnosis card. */
export const DIAGNOSIS_CHOICES = ['start-walkthrough', 'recheck', 'start-over'] as const;
export type DiagnosisChoice = (typeof DIAGNOSIS_CHOICES)[number];

/** The buttons of a walkthrough step. */
export const STEP_COMMANDS = ['done', 'back', 'help', 'stop', 'greyed-out'] as const;
export type StepCommand = (typeof STEP_COMMANDS)[number];
