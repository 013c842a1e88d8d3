import type { AdminCenterMessageId } from '../admin-center-messages.js';
import type { AdminRole, BillingAccountType, CommitmentTerm, PurchaseChannel } from '../base-facts.js';
import type { QuestionTopicId } from '../questions.js';
import type { YesNoFact } from '../tenant-facts.js';

/**
 * The shape of one language's vocabulary: every word users type that the bot reads, from the facts
 * in a sentence to the commands that work anywhere. One file a language implements it, so a list
 * missing in one language fails the typecheck.
 *
 * Unless said otherwise an entry is a list of regex sources matched on whole words of normalized
 * text (see `normalizeText`: lower case, no accents, apostrophes and hyphens a space, clause
 * punctuation a `|` word, a question mark a `?` word before it). "Words" lists hold single
 * normalized words, matched as they are.
 */

/** The journeys of the menu, in the order typed requests are tried. */
export const JOURNEYS = ['resume', 'triage', 'walkthrough-manual', 'why-no-upgrade-tab', 'walkthrough-auto', 'can-i-upgrade', 'check-tenant'] as const;
export type Journey = (typeof JOURNEYS)[number];

/** Commands that work anywhere, as whole messages. */
export const TYPED_COMMANDS = [
  'help',
  'cancel',
  'start-over',
  'menu',
  'where-was-i',
  'my-cases',
  'resume',
  'sign-out',
  'lead-view',
  'cancel-check-back',
] as const;
export type TypedCommand = (typeof TYPED_COMMANDS)[number];

/** What a typed word can do on a walkthrough step (the buttons Help and Stop have commands of their own). */
export const STEP_WORDS = ['done', 'back'] as const;
export type StepWord = (typeof STEP_WORDS)[number];

/** What a typed word can pick under a diagnosis. */
export const NEXT_MOVES = ['start-walkthrough', 'recheck', 'start-over'] as const;
export type NextMove = (typeof NEXT_MOVES)[number];

/** The languages a vocabulary exists for (the languages the bot speaks). */
export type VocabularyLanguage = 'en' | 'it';

type Phrases = readonly string[];
type Words = readonly string[];

/** How a yes/no fact is stated in passing: phrases that say it holds, and phrases that say it doesn't. */
export interface StatedFactPhrases {
  says: Phrases;
  denies: Phrases;
}

/**
 * A fact that is the state of something: its subject ("the credit check", "la configurazione del
 * tenant") and the states that say the fact holds or not ("pending", "done", "finita"). A state is
 * read after its subject ("the credit check came back fine") or before it ("waiting on the credit
 * check", "completed the setup"), a few words apart within a clause; a negation flips it ("not
 * finished yet" says it is still open). States hold no negation of their own.
 */
export interface StatePhrases {
  subjects: Phrases;
  says: Phrases;
  denies: Phrases;
}

/**
 * Numbers written in words. English uses botbuilder's own recognizer (`@microsoft/recognizers-text-number`),
 * run only when one of its cue words is there; Italian, which that recognizer lacks, our compound reader.
 */
export type NumberWords =
  | {
      reader: 'recognizers-text';
      culture: string;
      /** Words that can start or make a number in words; without one the recognizer is not run. */
      cues: Words;
      /** Number words that are also ordinary words: read as numbers only before a counted noun or alone. */
      ambiguous: Words;
      /** Number words that are also the article: read as numbers only when they are the whole answer. */
      articles: Words;
    }
  | {
      reader: 'compound';
      /** 1 to 19, and the tens, written as one word with what follows ("trentatre", "duecento"). */
      units: Readonly<Record<string, number>>;
      tens: Readonly<Record<string, number>>;
      hundred: Words;
      thousand: Words;
      million: Words;
      /** A word that joins two numbers into one ("duemila e cinquecento"). */
      joiners: Words;
      ambiguous: Words;
      articles: Words;
    };

/**
 * Asking one of the questions the bot answers (domain/questions.ts). A topic's phrases name what is
 * asked about ("custom domain", "go back", "how long does it take"), and most of them also appear in
 * statements ("we have a custom domain"): they are a question only in a clause that asks, one that
 * ends with a question mark, holds a question word before the phrase ends, or opens with a verb
 * before its subject ("do we keep", "posso tornare").
 */
export interface QuestionPhrases {
  /** Ask wherever they stand in a clause, before or inside the topic's phrase: "how", "what", "quanto", "tell me". */
  questionWords: Phrases;
  /** Ask when they open a clause: a verb before its subject ("will", "can", "is there", "posso", "si puo"). */
  openers: Phrases;
  /** May come before an opener and leave it opening the clause ("so", "and", "ok", "quindi"). */
  leadIns: Words;
  /**
   * Point back to what the clause before said: "we have a custom domain, do we lose it?" asks about
   * the custom domain ("it", "that", "lo", "questo").
   */
  referBack: Words;
  /** For each topic, what asking about it names: a question only in a clause that asks. */
  topics: Readonly<Record<QuestionTopicId, Phrases>>;
  /**
   * Worries that ask about a topic even typed as a statement, with no question mark or question
   * word ("gli utenti perderanno la posta", "charged twice"): only the few topics that have them.
   */
  worries: Readonly<Partial<Record<QuestionTopicId, Phrases>>>;
  /**
   * Asking what changes between two plans: "what do we lose going from E3 to E1?", "E3 vs E5",
   * "is Business Premium enough or do we need E3?", "cosa perdiamo passando da E3 a E1?". The plans
   * named are compared, never taken as facts about the tenant.
   */
  comparisons: Phrases;
  /** Just before the plan a comparison starts from, when it is named second ("going to E5 from E3"). */
  comparisonFrom: Words;
}

export interface Vocabulary {
  language: VocabularyLanguage;

  answers: {
    yes: Words;
    no: Words;
    /**
     * "I don't know", "no idea", "skip": the fact stays unknown, never read as "no". A doubt
     * ("maybe") is no skip: it is neither a yes nor a no, and the question is asked again.
     */
    dontKnow: Phrases;
    /** Words allowed around a "don't know" that leave it a "don't know" ("sorry, no idea"). */
    dontKnowFillers: Words;
    /** A count of nothing ("none", "nessuno"). */
    zero: Words;
    /** Nothing on a checklist applies, as the whole answer ("none of these", "no", "nessuna"). */
    noneApplies: Words;
  };

  /** Whose fact it is, and whether it is asserted at all. */
  scope: {
    /** Negate the verb phrase they stand before, to the end of its clause ("not", "non", "never"). */
    negators: Words;
    /** Negate only the few words right after them ("no add-ons", "nessun saldo", "without"). */
    determiners: Words;
    /**
     * Negative words that a negation before them agrees with rather than cancels, as Italian does:
     * "non ho nessun ruolo" is one negation.
     */
    agreeingNegations: Words;
    /** End a negation's reach within a clause ("but", "ma", "and"). */
    scopeEnds: Words;
    /** Make what follows in the clause a doubt, not a fact ("not sure if", "forse"). */
    hedges: Phrases;
    /** Someone other than the person typing ("my colleague", "il mio capo"). */
    otherPeople: Phrases;
    /** Asking, needing or waiting for someone: the role after them is that person's ("ask the global admin"). */
    requests: Phrases;
    /** The person typing ("I'm", "sono", "as"): a role after them is theirs. */
    firstPerson: Phrases;
    /** The admin a support ticket is about ("the customer", "il cliente"): a role after them is the case's. */
    caseSubjects: Phrases;
    /** After a role: "GA here". */
    selfAfter: Phrases;
    /** May stand before a role that opens its clause ("the global admin ..."). */
    articles: Words;
    /** May also stand before the subject of a clause that does something ("our reseller holds ..."). */
    possessives: Words;
    /** After a role that opens its clause, make it a sentence about that person ("the global admin is on leave"). */
    thirdPersonVerbs: Words;
    /**
     * Another organisation ("our sister company", "another branch", "la capogruppo"): what its clause
     * and the clauses after it state is theirs, until the writer speaks of themselves again (`ownSubjects`).
     */
    otherOrganisations: Phrases;
    /** The writer (or their organisation) as a clause's subject: "we", "we're", "noi", "abbiamo". */
    ownSubjects: Phrases;
    /**
     * After a purchase channel's word, quote it as a document ("the invoice says"): it is read, not
     * how the plan was bought.
     */
    quotingVerbs: Phrases;
    /** A purchase channel's word placed as a document ("in fattura", "on the invoice"): read, not how the plan was bought. */
    documents: Phrases;
  };

  facts: {
    channels: Readonly<Record<PurchaseChannel, Phrases>>;
    /** Looser words accepted only as the answer to the purchase question itself. */
    channelAnswers: Readonly<Record<PurchaseChannel, Phrases>>;
    roles: Readonly<Record<AdminRole, Phrases>>;
    roleAnswers: Readonly<Record<AdminRole, Phrases>>;
    billingAccounts: Readonly<Record<BillingAccountType, Phrases>>;
    /** The subscription's term: "annual plan", "monthly term", "three-year commitment". */
    commitmentTerms: Readonly<Record<CommitmentTerm, Phrases>>;
    /** The term as an answer to its own question: "annual", "month to month", "tre anni". */
    commitmentTermAnswers: Readonly<Record<CommitmentTerm, Phrases>>;
    stated: Readonly<Record<YesNoFact, StatedFactPhrases>>;
    /** Never between a state and the subject after it: "paid by invoice" says how, not that the invoice is paid. */
    stateGapStops: Words;
    /** Between a "no" and a state's subject: "no other plan change", "nessun altro cambio". */
    stateOthers: Words;
    /** Before a state in its clause, make it a time, not a fact: "once the trial is over", "quando la verifica e finita". */
    stateTimes: Phrases;
    /** The facts that are the state of something, with their subjects and states (see `StatePhrases`). */
    states: Readonly<Partial<Record<YesNoFact, StatePhrases>>>;
  };

  /** Words around a plan name that say which plan it is. */
  plans: {
    /** Just before a plan name: the plan they want ("to", "vogliamo"). */
    targetCues: Words;
    /** Just before a plan name: the plan they have ("on", "abbiamo"). */
    currentCues: Words;
    /** Just before a plan's cue: going back to it ("back to E4", "tornare a E4"), a plan they had, neither had nor wanted now. */
    returnCues: Words;
    /** Skipped when looking for a cue (articles, "plan"). */
    fillers: Words;
    /** Between two plan names, joins them: the second has the first one's role ("we have E3 and E5"). */
    coordinators: Words;
    /** Just after a plan name: the plan they want ("E5 is what we want"). */
    targetAfter: Phrases;
    /** Plans named after these in a clause are compared, not had or wanted ("the difference between E3 and E5"). */
    comparing: Words;
    /** Before a place cue (`placeCues`), make it where they go: "andare su E5", "move onto E5". */
    motionVerbs: Words;
    /** Current-plan cues that say where they are ("on", "su"), and where they go after a motion verb. */
    placeCues: Words;
    /** May stand between a negation and the plan's cue it denies: "we're not really on E3", "non siamo ancora su E5". */
    negatedSubjects: Words;
    /** Words of plan names, for forgiving misspellings of them. */
    nameWords: Words;
  };

  counts: {
    users: Phrases;
    licenses: Phrases;
    /** Between a number and its noun: "350 active users". */
    modifiers: Phrases;
    /** Between the users and their licenses: "230 users with a license assigned". */
    holding: Phrases;
    purchased: Phrases;
    assigned: Phrases;
    /** Linking verbs between a number and "assigned": "55 are assigned", "57 of them are assigned". */
    linking: Phrases;
    /** Between a number and its counted noun in an inverted sentence: "sono ventuno gli utenti". */
    articles: Words;
    /** Every license bought is assigned: "all of them assigned", "tutte assegnate" (assigned = purchased). */
    allAssigned: Phrases;
    /**
     * Around a number, a change rather than a total: "added 5 licenses", "5 more licenses",
     * "aggiunto 10 licenze" (before the number: `changes`; after it: `changesAfter`).
     */
    changes: Phrases;
    changesAfter: Phrases;
    /** Before a number, a bound rather than a count: "over 300", "almeno 20". */
    bounds: Phrases;
    /** Around two numbers, a range: "between 200 and 250". */
    ranges: readonly { before: string; between: string }[];
    /** After a number, a share or a bound: "50%", "300+". */
    notCounts: Phrases;
  };

  /** "Two subscriptions of the same product": only when the same product is meant. */
  subscriptions: {
    nouns: Phrases;
    /** More than one: "two", "2", "several". */
    several: Phrases;
    /** Between the nouns and a product: "two subscriptions of E3", "due abbonamenti di E3". */
    joiners: Words;
    /** Says they are different products ("two different subscriptions"). */
    different: Phrases;
  };

  numbers: NumberWords;

  /** Words worth correcting when misspelt ("usres", "invocie", "dowtnime"), plural and singular alike. */
  spelling: Words;

  questions: QuestionPhrases;

  /** Whole messages that are commands anywhere. */
  commands: Readonly<Record<TypedCommand, Words>>;
  /** Before a case id: "case UA-7K3F9Q". */
  caseCommand: Words;
  /** Before what an agent searches the cases for: "find contoso", "ticket 4711" (normalized words). */
  findCommand: Words;
  /** Before a case id whose case gets the facts after it: "add to UA-7K3F9Q: 40 more users" (read on the raw text). */
  addToCaseCommand: Words;
  /** A typed request for a journey (regex sources, anywhere in the message). */
  journeys: Readonly<Record<Journey, Phrases>>;
  /** Whole messages under a walkthrough step. */
  stepWords: Readonly<Record<StepWord, Words>>;
  /** Whole messages under a diagnosis. */
  nextMoves: Readonly<Record<NextMove, Words>>;
  /** Asking to switch language: the language's names, and the words that may surround them. */
  languageRequest: { names: Readonly<Record<VocabularyLanguage, Words>>; fillers: Words };
  /** Before a message pasted from the admin center ("the page says"): not part of the message. */
  pastedMessageLeads: Phrases;
  /** Before facts only supposed, to see their effect without keeping them ("what if", "e se"). */
  whatIf: Phrases;
  /**
   * The admin center's messages when it cannot change plans, as Microsoft words them in this
   * language (plain text, not regex), so a pasted message is recognised.
   */
  adminCenterMessages: Readonly<Record<AdminCenterMessageId, readonly string[]>>;
  /** A link or button on a step that cannot be clicked ("it's greyed out"): regex sources, anywhere in the message. */
  linkUnavailable: Phrases;
  /**
   * Everyday words of this language and not of the other, as typed by admins: two or more of them,
   * and none of the other language's, say which language a message is written in.
   */
  languageCues: Words;
  /** Before a customer's name in an agent's sentence ("Customer Contoso, tenant …"): a name follows, capitalised. */
  customerLeads: Words;
  /** Words of a search that name the field, not the value: "find ticket 4711", "cerca il cliente Contoso". */
  searchFieldWords: Words;
}
