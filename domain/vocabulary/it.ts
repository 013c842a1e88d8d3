import type { Vocabulary } from './vocabulary.js';

const LICENZE = 'licenz[ae]';

/**
 * The words Italian-speaking admins type. Accents are gone after normalization, so "è" (is) and
 * "e" (and) read alike: "e" ends a negation only before a verb ("e abbiamo").
 */
export const IT: Vocabulary = {
  language: 'it',

  answers: {
    yes: ['si', 'certo', 'certamente', 'esatto', 'vero', 'giusto', 'confermo', 'assolutamente'],
    no: ['no', 'non', 'mai', 'falso', 'nessuno', 'nessuna', 'affatto'],
    dontKnow: [
      'non so', 'non lo so', 'non saprei', 'boh', 'nessuna idea', 'non ne ho idea', 'non sono sicur[oa]', 'salta', 'chissa',
      'non ricordo',
    ],
    dontKnowFillers: ['io', 'davvero', 'scusa', 'sinceramente', 'mah', 'beh', 'purtroppo'],
    zero: ['zero', 'nessuno', 'nessuna'],
    noneApplies: [
      'no', 'nessuna', 'nessuno', 'nessuna di queste', 'nessuno di questi', 'nessuna delle precedenti', 'niente', 'nulla',
      'niente di tutto cio', 'no a tutto', 'tutte no', 'nessuna vale',
    ],
  },

  scope: {
    negators: ['non', 'mai', 'nemmeno', 'neanche', 'neppure'],
    determiners: ['nessun', 'nessuna', 'nessuno', 'senza', 'niente'],
    scopeEnds: ['ma', 'pero', 'invece', 'mentre', 'perche', 'e (?:abbiamo|siamo|ho|sono|c e|ci sono|paghiamo|vogliamo|usiamo)'],
    hedges: ['non so(?: se)?', 'non sono sicur[oa]', 'forse', 'magari', 'probabilmente', 'se', 'chissa', 'non ricordo'],
    otherPeople: [
      'colleg(?:a|he|hi)', 'capo', 'responsabile', 'manager', 'qualcun altro', 'qualcuno', 'un altr[oa]', 'lui', 'lei', 'loro',
      'predecessore', 'il partner', 'il rivenditore',
    ],
    requests: ['chied\\w*', 'chiest[oa]', 'serve', 'servirebbe', 'bisogna', 'contatt\\w*', 'aspett\\w*'],
    firstPerson: ['sono', 'io', 'mi', 'mio', 'mia', 'siamo', 'come'],
    caseSubjects: ['(?:il )?cliente', 'l utente', 'richiedente', 'l amministratore'],
    selfAfter: ['qui', 'sono io'],
    articles: ['il', 'l', 'la', 'lo', 'un', 'una', 'solo'],
    // Not "è": without its accent it is "e" (and).
    thirdPersonVerbs: ['ha', 'era', 'sara', 'puo'],
  },

  facts: {
    channels: {
      'direct-card': ['carta di credito', 'carta di debito', 'con carta', 'con la carta', 'carta aziendale'],
      'direct-invoice': ['fattura', 'con fattura', 'tramite fattura', 'bonifico(?: bancario)?'],
      partner: ['rivenditore', 'partner csp'],
      'volume-licensing': ['contratt[oi] (?:di )?multi ?licenza', 'multi ?licenza', 'licenz[ae] a volume', 'licensing a volume'],
      'prepaid-key': ['prepagat[ao]', 'carta prepagata', 'chiave (?:del )?prodotto', 'codice product key'],
    },
    channelAnswers: {
      'direct-card': ['carta'],
      'direct-invoice': ['fatture'],
      partner: ['tramite (?:un )?partner'],
      'volume-licensing': ['multilicenze'],
      'prepaid-key': ['chiave', 'codice'],
    },
    roles: {
      'global-admin': ['amministrat(?:ore|rice) globale', 'admin globale'],
      'billing-admin': ['amministrat(?:ore|rice) (?:della |di )?fatturazione', 'admin (?:della |di )?fatturazione'],
      'billing-account-role': [
        '(?:proprietari[oa]|collaborat(?:ore|rice)) (?:dell |del )?(?:account|profilo) di fatturazione',
      ],
      other: [
        // "Non sono amministratore globale" says which role is lacking, not which one is held: no role.
        'non sono (?:un )?amministratore(?! globale| (?:della |di )?fatturazione)', 'amministratore (?:degli |utenti|del supporto)\\w*', 'altro ruolo',
        '(?:solo |semplice )?(?:un )?utente (?:normale|semplice|standard|base)', 'semplice utente', 'solo un utente',
        '(?:senza|nessun) ruol[oi] (?:di )?amministra\\w*',
        // Any admin role named by what it administers, other than billing: "amministratore delle licenze", "di Exchange".
        'amministrat(?:ore|rice) (?:del |dei |delle |degli |dell |di |della )?(?!fatturazione|account|profilo|globale)[a-z]{3,}', 'lettore globale', 'lettore dei report',
      ],
    },
    roleAnswers: {
      'global-admin': ['globale'],
      'billing-admin': ['fatturazione'],
      'billing-account-role': ['proprietario', 'collaboratore'],
      other: ['altro', 'nessuno', 'utente'],
    },
    billingAccounts: {
      mosa: [],
      mca: ['contratto (?:del )?cliente microsoft', 'contratto per i clienti microsoft'],
    },
    stated: {
      trial: {
        says: ['in prova', 'di prova', 'versione di prova', 'periodo di prova', 'valutazione'],
        denies: ['prova (?:e )?(?:scaduta|terminata|finita|convertita)', 'abbonamento a pagamento'],
      },
      customDomain: {
        says: ['domini(?:o)? personalizzat[oi]', 'dominio proprio', 'nostro dominio'],
        denies: [],
      },
      legacySmallBusiness: {
        says: ['prima dell aggiornamento del servizio'],
        denies: ['dopo l aggiornamento del servizio'],
      },
      governmentOrNonprofit: {
        says: [
          'ente pubblico', 'enti pubblici', 'pubblica amministrazione', 'governo', 'governativ[oa]', 'no ?profit', 'senza scopo di lucro',
          'onlus',
        ],
        denies: [],
      },
      unpaidBalance: {
        says: [
          'saldo (?:non pagato|insoluto|scoperto|da pagare)', 'insolut[oi]', 'fattur[ae] (?:e |sono |ancora )*(?:non pagat[ae]|scadut[ae]|insolut[ae])',
          'arretrat[oi]', 'fattur[ae] (?:\\w+ ){0,4}non (?:e |sono )?(?:stat[ae] )?pagat[ae]',
        ],
        denies: ['(?:tutte )?le fatture (?:sono )?(?:state )?pagate', 'saldo (?:e )?(?:pagato|saldato|a zero)'],
      },
      creditCheckPending: {
        says: [
          '(?:verifica|controllo) del credito (?:e |ancora )*(?:in corso|in attesa|in sospeso|pendente)',
          '(?:in attesa della|attendiamo la) (?:verifica|controllo) del credito',
          'in corso (?:una |la |un |il )?(?:verifica|controllo) del credito',
        ],
        denies: ['(?:verifica|controllo) del credito (?:e )?(?:stat[ao] )?(?:completat[ao]|superat[ao]|approvat[ao]|terminat[ao]|conclus[ao])'],
      },
      planChangeInProgress: {
        says: [
          '(?:cambio (?:di )?piano|passaggio|aggiornamento|upgrade) (?:e |gia |ancora )*in corso',
          'in corso (?:un |l |nessun )?(?:altro )?(?:cambio (?:di )?piano|aggiornamento|passaggio)',
        ],
        denies: ['(?:cambio (?:di )?piano|aggiornamento) (?:e )?(?:stato )?(?:completato|terminato|concluso)'],
      },
      serviceHealthIssue: {
        says: [
          'disservizi[oi]', 'interruzione del servizio', 'problem[ai] di integrita', 'servizio ridotto', 'servizi[oa]? non disponibil[ei]',
          'integrita (?:del servizio|dei servizi) (?:mostra|segnala|riporta|indica) (?:un |dei |degli )?(?:problem[ai]|incident[ei]|avvis[oi])',
        ],
        denies: ['tutti i servizi (?:sono )?(?:integri|attivi|funzionanti|ok)'],
      },
      provisioningIncomplete: {
        says: [
          'provisioning (?:non )?(?:e )?(?:ancora )?(?:in corso|incompleto|non completato|non terminato)',
          '(?:ancora )?in fase di provisioning', 'ancora in provisioning', 'non (?:e )?(?:ancora )?(?:completamente )?configurat[ao]',
        ],
        denies: ['provisioning (?:e )?(?:completato|terminato)'],
      },
      hasAddOn: { says: ['componenti? aggiuntiv[oi]', 'componente aggiuntivo'], denies: [] },
      notCurrentlyEligible: { says: ['non (?:e )?(?:attualmente |ancora )?idone[ao]'], denies: [] },
      multipleSubscriptionsSameProduct: {
        says: ['(?:abbonamenti|sottoscrizioni|piani) (?:per|dello|allo|del) stesso prodotto', 'abbonament[oi] dopp(?:io|i)'],
        denies: ['(?:abbonamenti|sottoscrizioni|piani|prodotti) divers[ie]'],
      },
      moreUsersThanLicenses: {
        says: [
          `piu utenti (?:che|rispetto alle|delle) ${LICENZE}`, `piu ${LICENZE} assegnate (?:che|di quante ne sono|rispetto alle) acquistate`,
          `${LICENZE} insufficienti`, `non (?:abbiamo )?abbastanza ${LICENZE}`,
        ],
        denies: [],
      },
    },
  },

  plans: {
    targetCues: ['verso', 'vogliamo', 'voglio', 'vorremmo', 'vorrei', 'desideriamo', 'nuovo', 'obiettivo', 'ad', 'al', 'allo', 'alla'],
    currentCues: [
      'da', 'dal', 'dallo', 'dalla', 'su', 'sul', 'sullo', 'sulla', 'abbiamo', 'ho', 'usiamo', 'utilizziamo', 'attualmente', 'attuale',
      'vecchio', 'siamo', 'con', 'comprato', 'acquistato',
    ],
    returnCues: ['tornare', 'ritornare', 'torniamo', 'tornando', 'indietro'],
    fillers: ['il', 'lo', 'la', 'l', 'un', 'uno', 'una', 'nostro', 'nostra', 'mio', 'mia', 'piano', 'abbonamento', 'e'],
    coordinators: ['e', 'ed', 'oltre a'],
    targetAfter: ['e (?:quello|cio) che (?:vogliamo|vorremmo|ci serve)', 'e (?:il nostro|l) obiettivo'],
    comparing: ['differenza', 'confronto', 'confrontare', 'paragone'],
    nameWords: ['azienda', 'medie', 'dimensioni', 'istruzione', 'chiosco', 'senza', 'audioconferenza'],
  },

  counts: {
    users: ['utenti', 'utente', 'persone', 'dipendenti', 'lavoratori'],
    licenses: [LICENZE, 'postazioni'],
    modifiers: ['attivi', 'totali', 'con licenza', 'di'],
    holding: ['con (?:una? )?'],
    purchased: ['acquistat[ei]', 'comprat[ei]'],
    assigned: ['assegnat[ei]', 'in uso'],
    linking: ['sono', 'ne sono'],
    bounds: ['oltre', 'piu di', 'almeno', 'meno di', 'sotto i', 'fino a', 'massimo', 'minimo', 'sopra i'],
    ranges: [
      { before: 'tra', between: 'e' },
      { before: 'fra', between: 'e' },
      { before: 'da', between: 'a' },
      { before: '', between: 'o' },
    ],
    notCounts: ['per ?cento'],
  },

  subscriptions: {
    nouns: ['abbonamenti', 'sottoscrizioni', 'piani'],
    several: ['due', 'tre', 'piu', 'diversi', 'diverse', 'vari', 'varie', 'multipli'],
    joiners: ['di', 'a', 'per'],
    different: ['divers[ie]', 'distint[ie]', 'separat[ie]'],
  },

  numbers: {
    reader: 'compound',
    units: {
      uno: 1, un: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
      tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
    },
    tens: { venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90 },
    hundred: ['cento'],
    thousand: ['mille', 'mila'],
    million: ['milione', 'milioni'],
    joiners: ['e'],
    // "sei l'amministratore?" (you are), "past due": numbers only before what is counted.
    ambiguous: ['sei', 'due'],
    // "un utente normale" is "a normal user": the article is a number only as a whole answer.
    articles: ['un', 'una', 'uno'],
  },

  spelling: [
    'utenti', 'utente', 'licenze', 'licenza', 'acquistate', 'acquistato', 'assegnate', 'assegnato', 'fattura', 'fatture', 'fatturazione',
    'amministratore', 'globale', 'dominio', 'personalizzato', 'personalizzati', 'rivenditore', 'abbonamento', 'abbonamenti',
    'sottoscrizione', 'sottoscrizioni', 'componente', 'componenti', 'aggiuntivo', 'aggiuntivi', 'verifica', 'credito', 'pagata', 'pagato', 'pagate', 'scaduta', 'scadute',
    'disservizio', 'contratto', 'multilicenza', 'proprietario',
    // The words questions turn on.
    'tornare', 'indietro', 'riassegnare', 'addebitato', 'addebito', 'rimborso', 'scheda', 'aggiornamento', 'perderanno',
  ],

  questions: {
    // "come" (as), "quando", "dove", "chi", "che" also join clauses: they ask only opening one, "come", "quando" and "che"
    // before the words that make them ask. "perche" is also "because": only a question mark makes it ask.
    questionWords: ['cosa', 'quanto', 'quanta', 'quanti', 'quante', 'vorrei sapere', 'volevo sapere', 'dimmi', 'mi chiedo', 'domanda (?:su|sul|sulla|sui|sulle)'],
    openers: [
      'come (?:faccio|facciamo|posso|possiamo|si|funziona|mai|vedo|trovo|capisco)',
      'quando (?:sara|e|finisce|termina|parte|inizia|cambia|arriva|arrivera|verra|posso|possiamo|si)', 'dove', 'dov', 'chi', 'quale', 'quali',
      'che (?:ruol[oi]|tipo|cosa|succede|fine|permess[oi]|differenza)', 'posso', 'possiamo', 'si puo', 'e possibile', 'devo', 'dobbiamo',
      'bisogna', 'serve', 'servono', 'ci sara', 'ci saranno',
    ],
    leadIns: ['e', 'ma', 'quindi', 'allora', 'poi', 'ok', 'anche', 'ciao', 'scusa', 'senti'],
    referBack: ['lo', 'la', 'li', 'le', 'questo', 'questa', 'questi', 'queste', 'cio'],
    topics: {
      'how-long': [
        'quanto (?:tempo )?(?:ci vuole|ci vorra|ci mette|ci impiega|richiede|serve|occorre|dura|impiega|ci si mette)',
        'quanto tempo (?:\\w+ ){0,4}(?:ci vuole|serve|richiede|occorre|dura|impiega)', 'in quanto tempo', 'quanto (?:e|sara) lung[oa]', 'quant[ie] (?:minuti|ore|giorni)',
        'quando (?:sara|e) (?:finito|completato|terminato|pronto)', 'durata',
      ],
      'users-impact': [
        'utenti (?:\\w+ ){0,3}(?:perder\\w*|noter\\w*|accorger\\w*|interruzion\\w*|disserviz\\w*)',
        'perder\\w* (?:\\w+ ){0,2}(?:posta|mail|e mail|email|dati|file|documenti|cassett\\w*)', 'disservizi[oi]', 'interruzion\\w*',
        'tempi di inattivita', 'cosa succede (?:agli|ai) (?:utenti|dati)', 'downtime',
      ],
      'admin-impact': [
        // "amministratori" reads as "amministratore" once misspellings are corrected (only the singular is a vocabulary word).
        'amministrator[ei] (?:\\w+ ){0,4}(?:lavorare|usare|accedere|bloccat\\w*|modific\\w*)',
        '(?:interfaccia|portale) di amministrazione (?:\\w+ ){0,3}(?:bloccat\\w*|disponibile|utilizzabile|accessibile)',
        '(?:usare|accedere a(?:l|ll)?) (?:l |il )?(?:interfaccia|portale) di amministrazione',
      ],
      'credit-check': ['(?:verifica|controllo|verifiche|controlli) (?:del )?credito'],
      billing: [
        // Not the billing admin role nor the billing account, which other topics ask about.
        'pag\\w* (?:due volte|il doppio|doppio)', 'addebit\\w*', '(?<!amministrat\\w* (?:della |di )?|account di |profilo di )fatturazione',
        'fattur[ae]', 'rimbors\\w*', 'proporzional\\w*',
        'credito (?:per|sul|del) (?:il )?(?:vecchio|precedente)',
      ],
      licenses: [
        '(?:ri)?assegn\\w* (?:\\w+ ){0,2}licenz[ae]', 'licenz[ae] (?:\\w+ ){0,3}(?:spostat\\w*|trasferit\\w*|riassegnat\\w*|assegnat\\w* automaticamente)',
        'spostare solo alcuni', 'solo alcuni utenti', 'solo una parte',
      ],
      'going-back': [
        // "tornare a" before a plan's name, not "tornare a lavorare".
        'tornare (?:indietro|al|allo|alla|a prima|sul|a (?:[aefk]\\d|office|microsoft|m365|o365|business))',
        'annullare (?:il )?(?:cambio|passaggio|aggiornamento)', 'downgrade', 'reversibile', 'ripristin\\w*',
        'passare (?:di nuovo|nuovamente) al',
      ],
      'custom-domain': ['domini(?:o)? personalizzat[oi]', 'dominio', 'domini'],
      'add-ons': ['component[ei] aggiuntiv[oi]'],
      'mca-or-mosa': [
        '(?:mca|mosa) (?:o|oppure|e) (?:mca|mosa)', 'cos e (?:l |un )?(?:mca|mosa)', '(?:siamo|sono|ho|abbiamo) (?:su |un |un account |l account )?(?:mca|mosa)',
        'tipo di account(?: di fatturazione)?', 'account di fatturazione', 'contratto (?:del )?cliente microsoft',
      ],
      'where-is-upgrade-tab': [
        'dov(?:e)? (?:\\w+ ){0,4}(?:scheda aggiornamento|aggiorn\\w*|cambi\\w* (?:il )?piano)',
        'scheda aggiornamento (?:\\w+ ){0,3}(?:sparita|scomparsa|spostata|non c e piu)',
      ],
      'who-can-change': [
        'chi (?:puo|possono|e autorizzat\\w*|ha il permesso) (?:\\w+ ){0,3}(?:cambi\\w*|aggiorn\\w*|passare|modific\\w*)',
        '(?:che|quale|quali) (?:ruol[oi]|permess[oi]|autorizzazion\\w*|diritti)', 'ruol[oi] (?:\\w+ ){0,2}(?:serve|servono|necessari\\w*|richiest\\w*)',
        '(?:serve|devo) essere (?:un |l )?amministrat\\w*',
        'amministrat\\w* (?:della |di )?fatturazione (?:\\w+ ){0,2}(?:puo|possono)',
      ],
      'what-it-does': [
        'cosa (?:fa|succede|accade|comporta) (?:\\w+ ){0,3}(?:cambio|aggiornamento|passaggio) automatico',
        'cosa fa (?:esattamente |di preciso )?(?:il )?(?:cambio|aggiornamento|passaggio)',
        'cosa succede quando (?:\\w+ ){0,3}(?:aggiorn\\w*|cambi\\w*|clicc\\w*|seleziono)', 'come funziona (?:il )?(?:cambio|aggiornamento|passaggio)',
      ],
    },
    worries: {
      'users-impact': ['perder(?:anno|a|emo) (?:\\w+ ){0,2}(?:posta|mail|e mail|email|dati|file|documenti)'],
      billing: ['pag\\w* due volte', 'addebitat[oi] due volte', 'doppio addebito'],
    },
  },

  commands: {
    help: ['aiuto', 'cosa sai fare', 'cosa puoi fare', 'guida'],
    cancel: ['annulla', 'basta', 'esci', 'fermati', 'interrompi'],
    'start-over': ['ricomincia', 'ricominciamo', 'da capo', 'ricomincia da capo'],
    menu: ['ciao', 'salve', 'buongiorno'],
    'where-was-i': ['dove ero', 'dove eravamo', 'a che punto sono', 'a che punto eravamo'],
    'my-cases': ['i miei casi', 'miei casi', 'casi'],
    resume: ['riprendi', 'continua', 'riprendi da dove ero rimasto', 'riprendiamo'],
    'sign-out': ['disconnetti', 'disconnettimi', 'esci dall account'],
    'lead-view': ['ostacoli della settimana', 'riepilogo della settimana', 'report settimanale'],
    'cancel-check-back': ['annulla promemoria', 'annulla il promemoria', 'annulla la verifica', 'non ricontattarmi'],
  },
  caseCommand: ['caso', 'apri caso'],
  findCommand: ['cerca', 'trova', 'cerca caso', 'cerca il caso'],
  addToCaseCommand: ['aggiungi a', 'aggiorna', 'aggiungi al caso'],
  journeys: {
    resume: [' (?:riprendi|riprendiamo|continua|continuiamo) '],
    triage: [' (?:nuovo caso|caso cliente) '],
    'walkthrough-manual': [' (?:manuale|manuali|manualmente) '],
    'why-no-upgrade-tab': [' perche (?:.* )?(?:aggiorn\\w*|scheda|cambiare|cambio) ', ' non (?:.* )?(?:vedo|trovo) '],
    'walkthrough-auto': [' (?:guidami|passo passo|procedura guidata) '],
    'can-i-upgrade': [' (?:posso|si puo|e possibile|possiamo) (?:.* )?(?:aggiorn\\w*|cambi\\w*|passare) ', '^ aggiorna\\w* $'],
    'check-tenant': [' (?:controlla|verifica|leggi) (?:il mio |il nostro |nel )?tenant ', ' accedi '],
  },
  stepWords: {
    done: ['fatto', 'avanti', 'successivo', 'prossimo', 'finito', 'ok fatto'],
    back: ['indietro', 'torna indietro', 'precedente'],
  },
  nextMoves: {
    'start-walkthrough': ['si', 'inizia', 'iniziamo', 'vai', 'procedi', 'passaggi'],
    recheck: ['ricontrolla', 'controlla di nuovo', 'verifica di nuovo', 'riprova'],
    'start-over': ['ricomincia'],
  },
  languageRequest: {
    names: { en: ['inglese'], it: ['italiano', 'ita'] },
    fillers: ['lingua', 'parla', 'parlami', 'passa', 'passiamo', 'cambia', 'usa', 'a', 'all', 'al', 'l', 'per', 'favore'],
  },

  whatIf: ['e se', 'cosa succederebbe se', 'supponiamo(?: che)?', 'ipotizziamo(?: che)?', 'se avessimo', 'se fossimo', 'mettiamo che'],
  pastedMessageLeads: [
    '(?:la pagina|il portale|l interfaccia(?: di amministrazione)?|il messaggio|l errore)(?: mi)? (?:dice|diceva|mostra|riporta|indica)',
    'c e scritto', 'dice', 'messaggio(?: di errore)?', 'errore',
  ],
  // Microsoft's Italian (machine) translation of the 2020 Upgrade-tab messages, and for today's rows,
  // which Microsoft's Italian docs lack, the same wording in that translation's style.
  adminCenterMessages: {
    'more-users-than-licenses': [
      'Non è possibile aggiornare gli abbonamenti ora perché si dispone di più utenti rispetto alle licenze.',
      'Si dispone di più utenti che licenze.',
    ],
    'not-set-up-or-unavailable': [
      'Non è possibile aggiornare gli abbonamenti subito perché questa sottoscrizione non è completamente configurata o il servizio non è disponibile.',
      'La sottoscrizione corrente non è completamente configurata o il servizio non è disponibile.',
    ],
    'plan-change-or-credit-check': [
      'Non è possibile aggiornare i piani perché un altro piano è in fase di aggiornamento o è in attesa di una verifica del credito.',
      'Un altro piano è in fase di modifica o è in attesa una verifica del credito.',
    ],
    'not-currently-eligible': [
      "Attualmente, questa sottoscrizione non è idonea per l'aggiornamento.",
      'La sottoscrizione non è attualmente idonea per la modifica dei piani.',
    ],
    'two-plans-same-product': ['Si dispone di due o più piani per lo stesso prodotto.'],
    'government-or-nonprofit': [
      'Il piano è destinato a enti pubblici o organizzazioni no profit.',
      'Si dispone di un piano per enti pubblici o organizzazioni no profit.',
    ],
    'target-not-supported': [
      "Il piano a cui si desidera eseguire l'aggiornamento non è un'opzione supportata.",
      "Il piano a cui si desidera passare non è un'opzione supportata.",
    ],
    'has-add-on': ["L'abbonamento ha un componente aggiuntivo."],
    'unpaid-balance': ['La sottoscrizione ha un saldo non pagato.', 'La fattura ha un saldo non pagato.'],
    'different-problem': [
      'Il messaggio visualizzato è diverso rispetto a quello riportato di seguito.',
      'Ho un problema diverso da quelli elencati qui.',
    ],
    'prepaid-plan': ['Si dispone di un piano prepagato.'],
    'temporary-issue': ["La sottoscrizione da cui si desidera eseguire l'aggiornamento ha un problema temporaneo."],
  },
  linkUnavailable: [
    '(?:e|sta|resta|rimane) (?:in )?grigi[oa]', 'ingrigit[oa]', 'disattivat[oa]', 'disabilitat[oa]', 'non (?:e )?cliccabile', 'non (?:si )?(?:puo|posso|riesco a) cliccar',
    'non riesco a (?:cliccare|selezionare|premere)', 'non (?:si )?selezionabile', 'non succede niente',
  ],
  languageCues: [
    'il', 'lo', 'la', 'gli', 'le', 'sono', 'siamo', 'abbiamo', 'ho', 'non', 'che', 'di', 'del', 'della', 'dei', 'per', 'con', 'un', 'una', 'noi',
    'nostro', 'nostra', 'mio', 'mia', 'vogliamo', 'voglio', 'posso', 'possiamo', 'come', 'perche', 'cosa', 'quanto', 'dove', 'utenti', 'licenze',
    'piano', 'abbonamento', 'tramite', 'comprato', 'acquistato', 'dice', 'grazie', 'ciao', 'ancora', 'gia', 'anche', 'solo', 'nessun', 'nessuna',
    'passare', 'cambiare', 'cliente', 'caso', 'nuovo', 'quando', 'questo', 'questa', 'c e', 'si', 'ci', 'e',
  ],
  customerLeads: ['cliente', 'nome cliente', 'nome del cliente', 'per il cliente', 'il cliente'],
  searchFieldWords: ['ticket', 'tenant', 'cliente', 'caso', 'il', 'la', 'lo', 'del', 'per', 'richiesta', 'segnalazione', 'numero', 'n'],
  states: {
    subjects: {
      unpaidBalance: ['saldo', 'fattur[ae]', 'pagament[oi]'],
      creditCheckPending: ['(?:verifica|controllo) (?:del |sul )?credito'],
      planChangeInProgress: ['(?:cambio|modifica|passaggio) (?:di |del )?piano', '(?:altro|precedente|ultimo) cambio', 'ordine'],
      provisioningIncomplete: ['provisioning', 'configurazione'],
      serviceHealthIssue: ['incidente', 'disservizio', 'problema (?:di|del) servizio'],
    },
    links: ['e', 'sono', 'gia', 'stato', 'stata', 'stati', 'state', 'ormai', 'ora', 'tutto', 'tutta', 'tutti', 'tutte', 'stato'],
    pending: [
      'non (?:e |sono )?(?:ancora )?(?:stat[oaie] )?(?:finit[oaie]|terminat[oaie]|concluso|conclusa|completat[oaie]|pagat[oaie]|saldat[oaie]|risolt[oaie]|pront[oaie]|approvat[oaie])',
      '(?:ancora )?in corso', '(?:ancora )?in attesa', 'ancora apert[oa]', '(?:ancora )?da (?:pagare|saldare)',
    ],
    cleared: ['pagat[oaie]', 'saldat[oaie]', 'finit[oaie]', 'terminat[oaie]', 'concluso', 'conclusa', 'completat[oaie]', 'risolt[oaie]', 'approvat[oaie]', 'superat[oaie]', 'a posto', 'sistemat[oaie]'],
  },
};
