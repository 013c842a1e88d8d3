import type { AdminCenterMessageId, YesNoFact } from '../domain/index.js';

/** The words of a conversation that asks little: grouped questions, what was noted, what changed. */
export interface IntakeMessages {
  /** Under a question: "About 3 questions left" (an estimate: an answer can close others). */
  questionsLeft: (count: number) => string;
  /** The open yes/no facts on one card. */
  checklist: {
    title: string;
    intro: string;
    /** Each yes/no fact said as a statement that may apply ("It is a trial"). */
    statements: Record<YesNoFact, string>;
    send: string;
    none: string;
    notSure: string;
    /** Behind a "Where to look" button: each statement with where to check it. */
    whereToLook: string;
    /** Typed "yes" to a checklist names none of them. */
    whichOnes: string;
  };
  /** The open choices (how it was bought, the role, the account) on one card. */
  choices: { title: string; intro: string; send: string; /** A form sent with nothing picked. */ pickOne: string };
  /** The facts read from a typed message: "Noted: 350 users, bought through a partner." */
  noted: (facts: readonly string[]) => string;
  /** "E3" alone, read as one plan though another has the same letters: said, and how to change it. */
  assumedPlan: (typed: string, taken: string, alternative: string) => string;
  /** A journey begun again (the menu after a cancel) goes on from the answers given before: said, not silent. */
  keptFacts: (facts: readonly string[]) => string;
  /** After a checklist answered by typing: the others were taken as not applying. */
  othersDoNotApply: string;
  /** A typed fact that contradicts an earlier answer: asked, never overwritten silently. */
  conflict: {
    title: string;
    /** "Users on the subscription: you said 120 before, now 350." */
    line: (label: string, before: string, now: string) => string;
    useNew: string;
    keepBefore: string;
    keptBefore: string;
  };
  /** "What does the page say?": the admin center's messages offered as choices. */
  pageSays: {
    title: string;
    intro: string;
    /** Each message the page can show today, in our words. */
    messages: Record<AdminCenterMessageId, string>;
    /** Below the choices: the source of the list. */
    sourceNote: string;
    /** A message recognised, pasted anywhere: what it means. */
    recognised: (message: string) => string;
  };
  /** After the verdict: facts typed to see another answer without keeping them. */
  whatIf: { supposing: (changes: readonly string[]) => string; notKept: string };
  /** "Check again" with nothing that could have changed. */
  nothingToRecheck: string;
  /** "Check again" re-asking the facts behind the fixable blockers. */
  recheckAsks: (labels: readonly string[]) => string;
  /** Facts typed at the verdict or in a step that update it. */
  updated: (facts: readonly string[]) => string;
}
