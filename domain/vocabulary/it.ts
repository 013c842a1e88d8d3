import type { Vocabulary } from './vocabulary.js';

const LICENZE = 'licenz[ae]';
/** What an admin role other than Global or Billing admin administers: "amministratore delle licenze", "di Exchange". */
const AREE_DEI_RUOLI =
  '(?:utenti|licenze|exchange|sharepoint|teams|intune|sicurezza|conformita|password|gruppi|applicazioni|supporto|helpdesk|help desk'
  + '|servizi|report|dispositivi|stampanti|ricerca|dynamics|power platform|autenticazione|skype)';

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
    agreeingNegations: ['nessun', 'nessuna', 'nessuno', 'niente', 'nulla', 'mai', 'nemmeno', 'neanche', 'neppure'],
    determiners: ['nessun', 'nessuna', 'nessuno', 'senza', 'niente', 'nulla'],
    scopeEnds: ['ma', 'pero', 'invece', 'mentre', 'perche', 'e (?:abbiamo|siamo|ho|sono|c e|ci sono|paghiamo|vogliamo|usiamo)'],
    hedges: [
      'non so(?: se)?', 'non lo so', 'non sono sicur[oa]', 'forse', 'magari', 'probabilmente', 'se', 'chissa', 'non ricordo',
      // Someone's belief, the writer's guess, a possibility, or a check still to make, is no fact.
      'credo', 'penso', 'suppongo', 'immagino', 'pensa', 'pensano', 'crede', 'credono', 'ritiene', 'potrebbe\\w*', 'potrebbero', 'dovrebbe\\w*',
      '(?:devo|dobbiamo|devi) (?:ancora )?(?:controllare|verificare)',
    ],
    otherPeople: [
      'colleg(?:a|he|hi)', 'capo', 'responsabile', 'manager', 'qualcun altro', 'qualcuno', 'un altr[oa]', 'lui', 'lei', 'loro',
      'predecessore', 'il partner', 'il rivenditore',
    ],
    requests: ['chied\\w*', 'chiest[oa]', 'serve', 'servirebbe', 'bisogna', 'contatt\\w*', 'aspett\\w*'],
    firstPerson: ['sono', 'io', 'mi', 'mio', 'mia', 'siamo', 'come', 'ho', 'faccio', 'ricopro', 'lavoro come'],
    caseSubjects: ['(?:il )?cliente', 'l utente', 'richiedente', 'l amministratore'],
    selfAfter: ['qui', 'sono io'],
    articles: ['il', 'l', 'la', 'lo', 'un', 'una', 'solo'],
    possessives: ['nostro', 'nostra', 'vostro', 'vostra', 'mio', 'mia'],
    // Not "è": without its accent it is "e" (and).
    thirdPersonVerbs: ['ha', 'era', 'sara', 'puo', 'gestisce', 'detiene', 'tiene'],
    otherOrganisations: [
      '(?:la |una |nostra |la nostra )*(?:consociata|controllata|capogruppo|casa madre|holding|affiliata|societa (?:madre|sorella|collegata|controllata))',
      '(?:un altra|l altra|altre|altra) (?:sede|filiale|societa|azienda|divisione)', '(?:un altro|l altro|altri) (?:ufficio|tenant|ramo)',
    ],
    ownSubjects: ['noi', 'io', 'sono', 'siamo', 'abbiamo', 'ho', '\\w+iamo', 'il nostro tenant', 'la nostra (?:azienda|societa)', 'questo tenant'],
    quotingVerbs: ['(?:c e |e )?(?:ancora )?(?:scritto|dice|diceva|mostra|riporta|indica|compare|risulta|appare)'],
    documents: ['(?:in|nella|sulla|nell ultima|sull ultima) fattura'],
  },

  facts: {
    channels: {
      'direct-card': ['carta di credito', 'carta di debito', 'con carta', 'con la carta', 'carta aziendale'],
      'direct-invoice': ['fattura', 'con fattura', 'tramite fattura', 'bonifico(?: bancario)?'],
      partner: ['rivenditore', 'partner csp'],
      'volume-licensing': ['contratt[oi] (?:di )?multi ?licenza', 'multi ?licenza', 'licenz[ae] a volume', 'licensing a volume'],
      'prepaid-key': ['prepagat[ao]', 'carta prepagata', '(?:chiave|codice) (?:del |di )?prodotto', 'codice product key'],
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
        '(?:proprietari[oa]|collaborat(?:ore|rice)) (?:dell |del |di |sull |sul )?(?:account|profilo) di fatturazione',
      ],
      other: [
        // "Non sono amministratore globale" says which role they lack, not which they have.
        'non sono (?:un )?amministratore(?! globale| (?:della |di )?fatturazione)', 'amministratore (?:degli |utenti|del supporto)\\w*', 'altro ruolo',
        '(?:solo |semplice )?(?:un )?utente (?:normale|semplice|standard|base)', 'semplice utente', 'solo un utente',
        '(?:senza|nessun) ruol[oi] (?:di )?amministra\\w*',
        // Every other admin role, named after what it administers, and the read-only roles.
        `(?:amministrat(?:ore|rice)|admin) (?:di |del |della |delle |degli |dei |dell |per |per le |per gli )?${AREE_DEI_RUOLI}`,
        'lettor[ei] (?:globale|globali|(?:dei |di )?report|della directory)',
        // A reader of the billing account sees it but changes nothing.
        'lett(?:ore|rice) (?:dell |del |di |sull |sul )?(?:account|profilo) di fatturazione',
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
    // Una durata, non la frequenza di pagamento: "fatturazione mensile" può essere un impegno annuale.
    commitmentTerms: {
      monthly: ['(?:piano|impegno|abbonamento|contratto) mensile'],
      annual: ['(?:piano|impegno|abbonamento|contratto) annuale', '(?:impegno|abbonamento|contratto) di (?:1|un) anno'],
      'three-year': ['(?:piano|impegno|abbonamento|contratto) triennale', '(?:impegno|abbonamento|contratto) di (?:3|tre) anni'],
    },
    commitmentTermAnswers: {
      monthly: ['mensile', 'un mese', '1 mese'],
      annual: ['annuale', 'un anno', '1 anno', '12 mesi'],
      'three-year': ['triennale', '(?:3|tre) anni', '36 mesi'],
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
          'arretrat[oaie]', '(?:ancora )?da (?:pagare|saldare)', '(?:dobbiamo|devo) ancora pagare', 'in debito', 'fattur[ae] (?:\\w+ ){0,4}non (?:e |sono )?(?:stat[ae] )?pagat[ae]',
        ],
        denies: [
          '(?:tutte )?le fatture (?:sono )?(?:state )?pagate', 'saldo (?:e )?(?:pagato|saldato|a zero)',
          // Settled, or up to date with paying, whatever the subject.
          'saldat[oaie]', 'in regola con (?:i |le |tutti i |tutte le )?(?:pagamenti|fatture)', 'pagamenti in regola',
        ],
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
      scheduledChange: {
        says: [
          'modific(?:a|he) pianificat[ae]', 'cambi(?:o|amento)? pianificat[oi]', 'pianificat[oa] dal (?:nostro )?(?:referente|rappresentante|account manager)',
          'pianificato (?:una |delle )?modific(?:a|he)',
        ],
        denies: ['nessuna modifica pianificata'],
      },
      extendedServiceTerm: { says: ['extended service term', 'abbonamento est', 'periodo di servizio esteso', 'termine di servizio esteso'], denies: [] },
      billingAccountBlocked: {
        says: ['account di fatturazione (?:e |risulta |e stato )?(?:bloccato|sospeso|inattivo)', 'account (?:e |e stato )?bloccato per inattivita'],
        denies: ['account di fatturazione (?:e )?attivo'],
      },
      notCurrentlyEligible: { says: ['non (?:e )?(?:attualmente |ancora )?idone[ao]'], denies: [] },
      multipleSubscriptionsSameProduct: {
        says: ['(?:abbonamenti|sottoscrizioni|piani) (?:per|dello|allo|del) stesso prodotto', 'abbonament[oi] dopp(?:io|i)'],
        denies: [
          '(?:abbonamenti|sottoscrizioni|piani|prodotti) divers[ie]',
          // A single subscription, of each product or at all, is no duplicate.
          '(?:un solo|solo un|uno solo|un unico|solo uno|una sola|solo una) (?:abbonamento|piano|sottoscrizione)',
        ],
      },
      moreUsersThanLicenses: {
        says: [
          `piu utenti (?:che|rispetto alle|delle) ${LICENZE}`, `piu ${LICENZE} assegnate (?:che|di quante ne sono|rispetto alle) acquistate`,
          `${LICENZE} insufficienti`, `non (?:abbiamo )?abbastanza ${LICENZE}`,
          `(?:gli |i )?(?:utenti|persone|dipendenti|account) (?:\\w+ )?(?:superano|eccedono) (?:il numero (?:di |delle )?|le )?${LICENZE}`,
        ],
        denies: [],
      },
    },
    stateOthers: ['altro', 'altra', 'altri', 'altre', 'ulteriore', 'ulteriori', 'nuovo', 'nuova'],
    stateTimes: ['dopo che', 'dopo', 'quando', 'appena', 'finche', 'prima che', 'prima di', 'una volta che'],
    stateGapStops: ['con', 'tramite', 'via', 'per', 'da', 'dal', 'dalla', 'in'],
    states: {
      unpaidBalance: {
        subjects: ['fattur[ae]', 'saldo', 'pagament[oi]', 'bollett[ae]'],
        says: ['insolut[aeio]', 'scadut[aeio]', 'in sospeso', 'da pagare', 'in ritardo', 'aperte'],
        denies: ['pagat[aeio]', 'saldat[aeio]', 'in regola', 'a posto', 'a zero', 'chius[aeio]'],
      },
      creditCheckPending: {
        subjects: ['(?:verifica|controllo|valutazione) (?:del |sul )?credito'],
        says: ['in corso', 'in attesa', 'in sospeso', 'pendente', 'aspett\\w*', 'attend\\w*', 'facendo', 'eseguendo', 'effettuando', 'ancora aperta'],
        denies: [
          'completat[ao]', 'terminat[ao]', 'finit[ao]', 'conclus[ao]', 'superat[ao]', 'approvat[ao]', 'passat[ao]', 'a buon fine', 'andat[ao] bene',
          'fatt[ao]', 'ok', 'chius[ao]', 'risolt[ao]',
        ],
      },
      planChangeInProgress: {
        subjects: ['cambi(?:o)?(?: di piano)?', 'passaggi(?:o)?(?: di piano)?', 'aggiornament[oi](?: di piano)?', 'upgrade', 'migrazion[ei]'],
        says: ['in corso', 'in sospeso', 'pendente', 'ancora aperto', 'in lavorazione'],
        // Not "completo": "l'aggiornamento completo" is the whole upgrade, not one that ended.
        denies: ['completat[ao]', 'terminat[ao]', 'finit[ao]', 'conclus[ao]', 'andat[ao] a buon fine', 'chius[ao]', 'fatt[ao]'],
      },
      provisioningIncomplete: {
        subjects: ['provisioning', 'configurazione(?: (?:del|dell) (?:tenant|account|abbonamento))?', 'attivazione', 'impostazione'],
        says: ['in corso', 'incomplet[ao]', 'parziale', 'in sospeso', 'a meta'],
        denies: ['complet\\w*', 'terminat[ao]', 'finit[ao]', 'conclus[ao]', 'fatt[ao]', 'pronta', 'pronto'],
      },
      trial: {
        subjects: ['(?:periodo di |versione di )?prova'],
        says: ['attiv[ao]', 'in corso'],
        denies: ['scadut[ao]', 'terminat[ao]', 'finit[ao]', 'convertit[ao]', 'conclus[ao]', 'trasformat[ao]'],
      },
      serviceHealthIssue: {
        subjects: ['integrita (?:del servizio|dei servizi)', 'stato (?:del servizio|dei servizi)'],
        says: ['problem[ai]', 'incident[ei]', 'avvis[oi]', 'disservizi[oi]', 'ross[oa]', 'degradat[oa]'],
        denies: ['verde', 'tutta verde', 'tutto verde', 'a posto', 'ok', 'regolare', 'pulit[ao]'],
      },
      customDomain: {
        subjects: ['dominio(?: aziendale| nostro| personalizzato)?'],
        says: ['verificat[oi]', 'aggiunt[oi]', 'configurat[oi]', 'collegat[oi]'],
        denies: [],
      },
    },
  },

  plans: {
    targetCues: ['verso', 'vogliamo', 'voglio', 'vorremmo', 'vorrei', 'desideriamo', 'nuovo', 'obiettivo', 'ad', 'al', 'allo', 'alla', 'acquistare', 'comprare'],
    currentCues: [
      'da', 'dal', 'dallo', 'dalla', 'su', 'sul', 'sullo', 'sulla', 'abbiamo', 'ho', 'usiamo', 'utilizziamo', 'attualmente', 'attuale',
      'vecchio', 'siamo', 'con', 'comprato', 'acquistato',
    ],
    returnCues: ['tornare', 'ritornare', 'torniamo', 'tornando', 'indietro'],
    fillers: ['il', 'lo', 'la', 'l', 'un', 'uno', 'una', 'nostro', 'nostra', 'mio', 'mia', 'piano', 'abbonamento', 'e'],
    coordinators: ['e', 'ed', 'oltre a'],
    targetAfter: ['e (?:quello|cio) che (?:vogliamo|vorremmo|ci serve)', 'e (?:il nostro|l) obiettivo'],
    comparing: ['differenza', 'confronto', 'confrontare', 'paragone'],
    negatedSubjects: ['siamo', 'sono', 'ci', 'ancora', 'attualmente', 'davvero', 'piu'],
    placeCues: ['su', 'sul', 'sullo', 'sulla'],
    motionVerbs: ['andare', 'passare', 'migrare', 'spostarci', 'spostare', 'andiamo', 'passiamo', 'portare', 'arrivare'],
    nameWords: ['azienda', 'medie', 'dimensioni', 'istruzione', 'chiosco', 'senza', 'audioconferenza'],
  },

  counts: {
    users: ['utenti', 'utente', 'persone', 'dipendenti', 'lavoratori'],
    licenses: [LICENZE, 'postazioni'],
    modifiers: ['attivi', 'totali', 'con licenza', 'di'],
    holding: ['con (?:una? )?'],
    purchased: ['acquistat[ei]', 'comprat[ei]'],
    assigned: ['assegnat[ei]', 'in uso'],
    linking: ['sono', 'ne sono', 'di queste', 'di esse', 'gia'],
    articles: ['gli', 'i', 'le'],
    allAssigned: [`(?:tutte|ognuna) (?:le ${LICENZE} |di queste |quante )?(?:sono |gia |state |risultano )*(?:assegnat[ae]|in uso|usat[ae])`],
    changes: ['aggiunt[oaie]', 'aggiungere', 'aggiunge\\w*', 'rimoss[oaie]', 'tolt[oaie]', 'altre', 'altri', 'ulteriori'],
    changesAfter: ['in piu', 'in meno', 'aggiuntive', 'extra'],
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
      tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, dozzina: 12,
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
    'disservizio', 'contratto', 'multilicenza', 'proprietario', 'prova', 'mette', 'vuole',
    // Known as they are, so they are never "corrected" into an English word ("profilo" is no "profile", "pagare" no "pagate").
    'profilo', 'pagare', 'pagamento', 'pagamenti', 'collaboratore',
    'acquistare', 'comprare', 'pianificata', 'pianificate', 'pianificato', 'referente', 'bloccato',
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
    // "è a fine vendita, cosa posso fare?", "che facciamo?", "e adesso?": they point back to the situation just told.
    referBack: ['lo', 'la', 'li', 'le', 'questo', 'questa', 'questi', 'queste', 'cio', 'adesso', 'ora', 'fare', 'facciamo'],
    topics: {
      'how-long': [
        'quanto (?:tempo )?(?:ci vuole|ci vorra|ci mette|ci impiega|richiede|serve|occorre|dura|impiega|ci si mette)',
        'quanto tempo (?:\\w+ ){0,4}(?:ci vuole|serve|richiede|occorre|dura|impiega)', 'in quanto tempo', 'quanto (?:e|sara) lung[oa]', 'quant[ie] (?:minuti|ore|giorni)',
        'quando (?:sara|e) (?:finito|completato|terminato|pronto)', 'durata',
      ],
      'users-impact': [
        // "perdono", "perderanno", "perdere": every form of losing.
        'utenti (?:\\w+ ){0,3}(?:perd\\w*|noter\\w*|accorger\\w*|interruzion\\w*|disserviz\\w*)',
        'perd\\w* (?:\\w+ ){0,2}(?:posta|mail|e mail|email|dati|file|documenti|cassett\\w*)', 'disservizi[oi]', 'interruzion\\w*',
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
      ],
      'going-back': [
        // "tornare a" before a plan's name, not "tornare a lavorare".
        'tornare (?:indietro|al|allo|alla|a prima|sul|a (?:[aefk]\\d|office|microsoft|m365|o365|business))',
        'annullare (?:il |l )?(?:cambio|passaggio|aggiornamento)', 'downgrade', 'reversibile', 'ripristin\\w*',
        'passare (?:di nuovo|nuovamente) al',
      ],
      'custom-domain': ['domini(?:o)? personalizzat[oi]', 'dominio', 'domini'],
      'add-ons': ['component[ei] aggiuntiv[oi]'],
      'teams-suites': [
        '(?:con|senza) teams', 'no teams', 'teams (?:enterprise|eea)', 'nuov[oi] client[ei]',
        '(?:perdere|perdiamo|perdono|tenere|teniamo|mantenere|separat\\w*) (?:\\w+ ){0,2}teams', 'teams (?:\\w+ ){0,3}(?:separat\\w*|a parte|incluso)',
      ],
      'mca-or-mosa': [
        '(?:mca|mosa) (?:o|oppure|e) (?:mca|mosa)', 'cos e (?:l |un )?(?:mca|mosa)', '(?:siamo|sono|ho|abbiamo) (?:su |un |un account |l account )?(?:mca|mosa)',
        'tipo di account(?: di fatturazione)?', 'account di fatturazione', 'contratto (?:del )?cliente microsoft',
      ],
      'where-is-upgrade-tab': [
        // The tab by its English name too ("la scheda Upgrade").
        'dov(?:e)? (?:\\w+ ){0,4}(?:scheda (?:aggiornamento|upgrade)|upgrade|aggiorn\\w*|cambi\\w* (?:il )?piano)',
        'scheda (?:aggiornamento|upgrade) (?:\\w+ ){0,3}(?:sparita|scomparsa|spostata|non c e piu)',
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
      // La metà commerciale: durata, finestre di annullamento, tempi. "a metà periodo", "a metà contratto", "prima del rinnovo".
      'mid-term-downgrade': [
        '(?:downgrade|ridurre|riduzione|diminuire|togliere|scendere|passare a un piano inferiore) (?:\\w+ ){0,5}(?:a meta (?:periodo|anno|contratto|impegno|abbonamento)|prima del rinnovo|durante (?:il |l )?(?:periodo|anno|contratto|impegno))',
        '(?:piano|abbonamento|impegno|contratto) annual\\w* (?:\\w+ ){0,5}(?:downgrade|ridurre|diminuire|togliere|scendere)',
      ],
      'cancel-window': [
        '72 ore', '(?:7|sette) giorni (?:\\w+ ){0,3}(?:annull\\w*|disdett\\w*|disdir\\w*|recesso)', '(?:annull\\w*|disdett\\w*|disdir\\w*|recesso) (?:\\w+ ){0,3}(?:7|sette) giorni',
        '(?:finestra|periodo|tempo) (?:\\w+ ){0,2}(?:annullamento|disdetta|recesso)', 'rimbors\\w* (?:\\w+ ){0,3}(?:annull\\w*|disdett\\w*|disdir\\w*)',
        '(?:annull\\w*|disdett\\w*|disdir\\w*) (?:\\w+ ){0,4}rimbors\\w*', 'cosa (?:viene|e) rimborsat\\w*',
      ],
      'upgrade-timing': [
        '(?:subito|adesso|ora) o (?:al|alla) (?:rinnovo|scadenza)', '(?:al|alla) (?:rinnovo|scadenza) o (?:subito|adesso|ora)',
        'aspettare (?:\\w+ ){0,3}(?:il )?rinnovo', '(?:programmare|pianificare|programmato|pianificato) (?:\\w+ ){0,3}(?:cambio|aggiornamento|passaggio)',
        '(?:aggiorn\\w*|cambi\\w*|passare) (?:\\w+ ){0,3}al (?:rinnovo|momento del rinnovo)', 'modifiche (?:programmate|pianificate)',
      ],
      'partial-upgrade': [
        'solo (?:alcuni|una parte|parte|meta|certi) (?:\\w+ ){0,2}(?:utenti|licenze|dipendenti|persone)?', 'spostare solo alcuni', 'solo una parte',
        // Part of the users, however the part is said.
        'solo (?:alcuni|meta|una meta|parte|qualche|pochi|certi|un gruppo|un terzo|un quarto) (?:(?:degli|dei|di|delle|del) )?(?:utenti|persone|dipendenti)',
        'aggiornamento parziale', '(?:mischiare|mescolare|combinare|avere sia) (?:\\w+ ){0,2}(?:e3|e5|piani|licenze)',
      ],
      'term-length': [
        // "impegno mensile o annuale: cosa cambia?" names the topic in one clause and asks in the next.
        '(?:impegno )?(?:mensile|annuale) (?:o|oppure|contro) (?:mensile|annuale)(?: \\| cosa cambia)?', 'differenza tra (?:\\w+ ){0,2}(?:mensile|annuale) e (?:\\w+ ){0,2}(?:mensile|annuale)',
        'durata (?:\\w+ ){0,2}(?:impegno|abbonamento|contratto)', 'impegno (?:mensile|annuale|triennale)', '(?:3|tre) anni',
      ],
      'mid-term-upgrade': [
        '(?:aggiorn\\w*|cambi\\w*|passare|passaggio) (?:\\w+ ){0,6}(?:a meta (?:periodo|anno|contratto|impegno|abbonamento)|durante (?:il |l )?(?:periodo|anno|contratto|impegno))',
        '(?:data di )?(?:scadenza|fine|rinnovo) (?:\\w+ ){0,3}(?:cambia|resta|rimane|si sposta|uguale|stessa)', 'nuovo (?:periodo|impegno|contratto)',
      ],
      'remove-licenses': [
        '(?:rimuovere|togliere|ridurre|diminuire) (?:\\w+ ){0,3}licenze (?:\\w+ ){0,3}(?:mentre|durante|insieme|nello stesso|contemporaneamente)',
        '(?:meno|poche) licenze (?:\\w+ ){0,4}(?:aggiorn\\w*|cambi\\w*|passaggio)', '(?:rimuovere|togliere|ridurre|diminuire) (?:\\w+ ){0,3}licenze',
      ],
      'add-licenses-mid-term': [
        '(?:aggiung\\w*|compr\\w*|acquist\\w*) (?:\\w+ ){0,3}licenze (?:\\w+ ){0,6}(?:togliere|rimuovere|ridurre|restituire|dopo)',
        'licenze (?:aggiunte|comprate|acquistate) (?:\\w+ ){0,3}(?:a meta|durante|dopo)',
      ],
      'billing-frequency': [
        'frequenza (?:di )?(?:fatturazione|pagamento)', '(?:pagare|pagamento|fatturazione) (?:mensile|annuale) (?:o|oppure|invece)',
        '(?:passare|cambiare) (?:\\w+ ){0,3}(?:fatturazione|pagamento) (?:mensile|annuale)', '(?:annuale|impegno annuale) (?:pagato|fatturato) (?:mensilmente|ogni mese)',
      ],
      'stop-renewal': [
        '(?:disattivare|fermare|bloccare|evitare|annullare) (?:\\w+ ){0,3}(?:rinnovo|fatturazione ricorrente)', 'rinnovo automatico', 'fatturazione ricorrente',
        'non (?:si )?rinnov\\w*',
      ],
      'data-after-cancel': [
        '(?:dati|posta|mail|file|documenti) (?:\\w+ ){0,4}(?:dopo|quando) (?:\\w+ ){0,2}(?:annull\\w*|disdett\\w*|scad\\w*|disdic\\w*)',
        'per quanto tempo (?:\\w+ ){0,3}(?:dati|file|posta) (?:\\w+ ){0,2}(?:conservat\\w*|tenut\\w*|eliminat\\w*)',
      ],
      'other-partner': [
        '(?:altro|un altro|nuovo|diverso) (?:partner|rivenditore|csp)', 'cambiare (?:\\w+ ){0,2}(?:partner|rivenditore)',
        '(?:partner|rivenditore) (?:\\w+ ){0,4}(?:fare|gestire) (?:il |l )?(?:cambio|aggiornamento|passaggio)',
      ],
      copilot: ['co ?pilot'],
      'trial-to-paid': [
        '(?:prova|trial) (?:\\w+ ){0,4}(?:a pagamento|pagat\\w*|acquist\\w*|compr\\w*|convert\\w*|definitiv\\w*)', '(?:convertire|trasformare|passare) (?:\\w+ ){0,3}(?:prova|trial)',
        '(?:acquistare|comprare) (?:\\w+ ){0,3}(?:prova|trial)',
      ],
      'trial-ends': [
        '(?:prova|trial) (?:\\w+ ){0,3}(?:finisce|scade|scaduta|termina|terminata|finita)', '(?:fine|scadenza) (?:della |del )?(?:prova|trial)', 'dopo (?:la |il )?(?:prova|trial)',
      ],
      'renewed-new-sku': [
        'rinnov\\w* (?:\\w+ ){0,8}(?:ancora|vecchi\\w*|precedent\\w*) (?:\\w+ ){0,2}licenz\\w*', 'utenti (?:\\w+ ){0,2}(?:ancora )?(?:la |le )?(?:vecchi\\w*|precedent\\w*) licenz\\w*',
        'licenz\\w* (?:\\w+ ){0,3}non (?:\\w+ ){0,2}(?:spostat\\w*|aggiornat\\w*|cambiat\\w*)',
      ],
      'nonprofit-grant': [
        '(?:non profit|nonprofit|onlus|associazione|beneficenza) (?:\\w+ ){0,3}(?:sovvenzion\\w*|donazion\\w*|grant|licenze gratuite|offerta)', '(?:sovvenzione|donazione|grant) (?:\\w+ ){0,3}(?:finita|scaduta|terminata|cambiata)',
      ],
      'business-user-cap': [
        '300 (?:utenti|licenze|posti)', '(?:limite|tetto|massimo) (?:\\w+ ){0,3}(?:utenti|licenze)', '(?:piu di|oltre|superare|superato) (?:i )?300',
      ],
      'end-of-sale': [
        'fine (?:della )?vendita', 'non (?:piu|e piu) (?:disponibile|in vendita|acquistabile)', '(?:pulsanti|azioni) (?:\\w+ ){0,3}(?:disattivat\\w*|grigi\\w*|disabilitat\\w*)',
      ],
      'bulk-license-swap': [
        '(?:sostituire|cambiare|spostare|riassegnare) (?:\\w+ ){0,3}licenze (?:\\w+ ){0,3}(?:molti|tutti|in blocco|in massa|centinaia|insieme)',
        '(?:molti|tutti gli|centinaia di) utenti (?:\\w+ ){0,3}(?:insieme|in blocco|in una volta)', 'licenze basate su gruppi', 'powershell',
      ],
      'enterprise-to-business': [
        'da (?:\\w+ ){0,4}(?:enterprise|e1|e3|e5) (?:\\w+ ){0,3}a (?:\\w+ ){0,2}business', '(?:passare|scendere|spostarsi) (?:\\w+ ){0,2}ai piani business',
      ],
    },
    comparisons: [
      'cosa (?:perd\\w*|guadagn\\w*|ottengo|otteniamo|ottengono|manca|mancano|si perde|si guadagna|in piu|in meno)', '(?:perdiamo|perdo|guadagniamo) (?:o|e) (?:guadagniamo|perdiamo)',
      'differenz\\w*', 'confront\\w*', 'rispetto a', 'vs', 'versus',
      '(?:basta|bastano|e sufficiente|sono sufficienti) (?:\\w+ ){0,5}(?:o|oppure) (?:\\w+ ){0,3}(?:serve|servono|ci vuole|dobbiamo|bisogna|passiamo)',
    ],
    comparisonFrom: ['da', 'dal', 'dallo', 'dalla'],
    worries: {
      billing: ['pag\\w* due volte', 'addebitat[oi] due volte', 'doppio addebito'],
      // "gli utenti perdono la posta durante il cambio": a worry in the present tense too.
      'users-impact': ['perder(?:anno|a|emo) (?:\\w+ ){0,2}(?:posta|mail|e mail|email|dati|file|documenti)', 'perdono (?:\\w+ ){0,2}(?:posta|mail|e mail|email|dati|file|documenti)'],
      'renewed-new-sku': ['rinnov\\w* (?:\\w+ ){0,8}(?:ancora|vecchi\\w*|precedent\\w*) (?:\\w+ ){0,2}licenz\\w*'],
      'nonprofit-grant': ['(?:sovvenzione|donazione|grant) (?:\\w+ ){0,3}(?:finita|scaduta|terminata)'],
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
};
