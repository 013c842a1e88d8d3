import type { AdminRole, BillingAccountType, PurchaseChannel } from './tenant-facts.js';

/**
 * The words admins use, in English and Italian, for the facts the bot asks about. Regex sources
 * over normalized text: lower case, no accents, punctuation read as a space.
 */

export const CHANNEL_PHRASES: Readonly<Record<PurchaseChannel, readonly string[]>> = {
  'direct-card': ['credit card', 'debit card', 'carta di credito', 'carta di debito', 'by card', 'con carta', 'con la carta'],
  'direct-invoice': ['invoice', 'invoiced', 'by invoice', 'fattura', 'con fattura', 'tramite fattura', 'bank transfer', 'bonifico'],
  partner: ['partner', 'reseller', 'rivenditore', 'csp', 'cloud solution provider'],
  'volume-licensing': [
    'volume licens\\w*',
    'vlsc',
    'enterprise agreement',
    'contratt[oi] (?:di )?multi ?licenza',
    'multi ?licenza',
    'licenz[ae] a volume',
    'licensing a volume',
  ],
  'prepaid-key': ['product key', 'prepaid(?: card| key| code)?', 'prepagat[ao]', 'carta prepagata', 'chiave (?:del )?prodotto', 'codice product key'],
};

/** Extra, looser words accepted only as an answer to the purchase question itself. */
export const CHANNEL_ANSWER_PHRASES: Readonly<Record<PurchaseChannel, readonly string[]>> = {
  'direct-card': ['card', 'carta', 'cc'],
  'direct-invoice': ['bill', 'fatture'],
  partner: ['through a partner', 'tramite (?:un )?partner'],
  'volume-licensing': ['volume', 'ea', 'multilicenze'],
  'prepaid-key': ['key', 'chiave', 'codice'],
};

export const ROLE_PHRASES: Readonly<Record<AdminRole, readonly string[]>> = {
  'global-admin': ['global admin\\w*', 'amministratore globale', 'admin globale', 'company administrator', 'tenant admin\\w*'],
  'billing-admin': [
    'billing admin\\w*',
    'amministratore (?:della |di )?fatturazione',
    'admin (?:della |di )?fatturazione',
  ],
  'billing-account-role': [
    'billing (?:account|profile) (?:owner|contributor)s?',
    '(?:owner|contributor) of the billing (?:account|profile)',
    '(?:proprietari[oa]|collaborat(?:ore|rice)) (?:dell |del )?(?:account|profilo) di fatturazione',
  ],
  other: [
    'not an admin\\w*',
    'non sono (?:un )?amministratore',
    'user admin\\w*',
    'helpdesk admin\\w*',
    'help desk admin\\w*',
    'amministratore (?:degli |utenti|del supporto)\\w*',
    'exchange admin\\w*',
    'sharepoint admin\\w*',
    'teams admin\\w*',
    'other role',
    'altro ruolo',
  ],
};

export const ROLE_ANSWER_PHRASES: Readonly<Record<AdminRole, readonly string[]>> = {
  'global-admin': ['global', 'globale'],
  'billing-admin': ['billing', 'fatturazione'],
  'billing-account-role': ['owner', 'contributor', 'proprietario', 'collaboratore'],
  other: ['other', 'altro', 'none', 'nessuno', 'user', 'utente'],
};

/** The billing account's agreement, as Billing > Billing accounts names it (MSD-BILLING-ACCOUNTS). */
export const BILLING_ACCOUNT_PHRASES: Readonly<Record<BillingAccountType, readonly string[]>> = {
  mosa: ['mosa', 'microsoft online (?:services|subscription) (?:agreement|program)', 'online services agreement'],
  mca: ['mca', 'microsoft customer agreement', 'customer agreement', 'contratto (?:del )?cliente microsoft', 'contratto per i clienti microsoft'],
};

export const YES_WORDS: ReadonlySet<string> = new Set([
  'yes', 'y', 'yeah', 'yep', 'yup', 'sure', 'correct', 'true', 'right', 'affirmative', 'indeed', 'absolutely',
  'si', 'certo', 'certamente', 'esatto', 'vero', 'giusto', 'confermo', 'assolutamente',
]);

export const NO_WORDS: ReadonlySet<string> = new Set([
  'no', 'n', 'nope', 'nah', 'false', 'not', 'never', 'negative', 'none',
  'non', 'mai', 'falso', 'nessuno', 'nessuna', 'affatto',
]);

/** "I don't know" must stay unknown, not read as "no". */
export const DONT_KNOW_PHRASES: readonly string[] = [
  'don t know', 'do not know', 'dont know', 'not sure', 'unsure', 'no idea', 'dunno', 'no clue', 'maybe', 'perhaps', 'skip',
  'non so', 'non lo so', 'non saprei', 'boh', 'forse', 'nessuna idea', 'non sono sicur[oa]', 'salta',
];

/** Facts stated in passing ("we have a custom domain"); a negation just before flips them to false. */
export const BOOLEAN_FACT_PHRASES = {
  trial: ['trial', 'in prova', 'di prova', 'versione di prova', 'periodo di prova', 'valutazione', 'evaluation'],
  customDomain: [
    'custom domains?',
    'own domain',
    'vanity domain',
    'domini(?:o)? personalizzat[oi]',
    'dominio proprio',
    'nostro dominio',
  ],
  legacySmallBusiness: [
    'before the service update',
    'prima dell aggiornamento del servizio',
    'legacy small business',
    'old small business',
  ],
  governmentOrNonprofit: [
    'government\\w*',
    'non ?profit',
    'not for profit',
    'charity',
    'ente pubblico',
    'pubblica amministrazione',
    'governo',
    'governativ[oa]',
    'no ?profit',
    'senza scopo di lucro',
    'onlus',
  ],
  unpaidBalance: [
    'unpaid(?: balance| invoice| bill)?',
    'overdue',
    'past due',
    'outstanding balance',
    'saldo (?:non pagato|insoluto|scoperto|da pagare)',
    'insolut[oi]',
    'fattur[ae] non pagat[ae]',
    'fattur[ae] scadut[ae]',
    'arretrat[oi]',
  ],
  creditCheckPending: [
    'credit check (?:is |still )*(?:pending|in progress|ongoing|running|underway)',
    '(?:waiting for|awaiting|pending) (?:the |a )?credit check',
    '(?:verifica|controllo) del credito (?:e |ancora )*(?:in corso|in attesa|in sospeso|pendente)',
    '(?:in attesa della|attendiamo la) (?:verifica|controllo) del credito',
  ],
  planChangeInProgress: [
    '(?:plan change|plan switch|switch|upgrade|change of plan|plan upgrade) (?:is |already |still )*(?:in progress|pending|underway|running|ongoing)',
    '(?:cambio (?:di )?piano|passaggio|aggiornamento|upgrade) (?:e |gia |ancora )*in corso',
  ],
  serviceHealthIssue: [
    'service health (?:issue|problem|incident)s?',
    'service (?:issue|incident|degradation)s?',
    'outage',
    'degraded',
    'disservizi[oi]',
    'interruzione del servizio',
    'problem[ai] di integrita',
    'servizio ridotto',
  ],
  provisioningIncomplete: [
    'provisioning (?:is |still )*(?:not (?:yet )?(?:complete|completed|finished|done)|incomplete|pending|in progress|ongoing)',
    'provisioning (?:non )?(?:e )?(?:ancora )?(?:in corso|incompleto|non completato|non terminato)',
  ],
  hasAddOn: ['add ?-?ons?', 'componenti? aggiuntiv[oi]', 'componente aggiuntivo'],
  notCurrentlyEligible: [
    'not (?:currently |yet )?eligible',
    'isn t (?:currently )?eligible',
    'ineligible',
    'non (?:e )?(?:attualmente |ancora )?idone[ao]',
  ],
  multipleSubscriptionsSameProduct: [
    '(?:two|2|multiple|several|more than one|due|piu|diversi|diverse) (?:\\w+ )?(?:subscriptions|abbonamenti|sottoscrizioni)',
  ],
} as const satisfies Record<string, readonly string[]>;

export type StatedBooleanFact = keyof typeof BOOLEAN_FACT_PHRASES;
