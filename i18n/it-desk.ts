import { LIMITS } from '../domain/index.js';
import { adminCenterNames } from './admin-center.js';
import type { DeskMessages } from './desk-messages.js';

const place = adminCenterNames('it');

export const itDesk: DeskMessages = {
  facts: {
    currentPlan: { label: 'Piano attuale', question: 'Su quale piano è ora il cliente?' },
    targetPlan: { label: 'Piano desiderato', question: 'Quale piano vuole il cliente?' },
    licensedUsers: { label: "Utenti dell'abbonamento", question: 'Quanti utenti hanno una licenza di questo abbonamento?' },
    licensesPurchased: { label: 'Licenze acquistate', question: 'Quante licenze ha acquistato il cliente?' },
    licensesAssigned: { label: 'Licenze assegnate', question: 'Quante di quelle licenze sono assegnate?' },
    moreUsersThanLicenses: { label: 'Più utenti che licenze', question: 'Il cliente ha più utenti con licenza che licenze acquistate?' },
    adminRole: { label: 'Ruolo di amministratore del cliente', question: 'Quale ruolo di amministratore ha chi fa il cambio?' },
    purchaseChannel: { label: "Come è stato acquistato", question: "Come ha acquistato l'abbonamento il cliente?" },
    billingAccountType: { label: 'Tipo di account di fatturazione', question: 'Quale account di fatturazione ha il cliente: MOSA o MCA?' },
    trial: { label: 'Versione di valutazione', question: "L'abbonamento è una versione di valutazione?" },
    creditCheckPending: { label: 'Verifica del credito in corso', question: 'È ancora in corso una verifica del credito?' },
    planChangeInProgress: { label: 'Cambio di piano in corso', question: 'È già in corso un altro cambio di piano?' },
    serviceHealthIssue: { label: 'Problema di integrità del servizio', question: "L'integrità dei servizi mostra un problema aperto?" },
    provisioningIncomplete: { label: 'Configurazione non completata', question: "L'abbonamento è ancora in fase di configurazione?" },
    customDomain: { label: 'Dominio personalizzato', question: 'Il cliente usa un proprio nome di dominio con questo abbonamento?' },
    legacySmallBusiness: { label: 'Piano Small Business meno recente', question: "Il piano Small Business è stato acquistato prima dell'aggiornamento del servizio?" },
    notCurrentlyEligible: { label: 'Attualmente non idoneo', question: "L'interfaccia di amministrazione dice che l'abbonamento non è attualmente idoneo?" },
    hasAddOn: { label: 'Componente aggiuntivo', question: "L'abbonamento ha un componente aggiuntivo?" },
    multipleSubscriptionsSameProduct: { label: 'Abbonamenti doppi', question: 'Il cliente ha due abbonamenti di questo prodotto?' },
    unpaidBalance: { label: 'Saldo non pagato', question: "C'è un saldo non pagato o scaduto?" },
    governmentOrNonprofit: { label: 'Ente pubblico o non profit', question: 'È un piano per enti pubblici o non profit?' },
  },
  paths: {
    'upgrade-tab': "L'interfaccia di amministrazione può cambiare automaticamente il piano del cliente.",
    'resolve-then-upgrade-tab':
      "L'interfaccia di amministrazione può cambiare automaticamente il piano del cliente, dopo che qualcosa è stato sistemato o è terminato.",
    manual: "L'interfaccia di amministrazione non può fare questo cambio automaticamente: il cliente cambia piano a mano.",
    'contact-partner': "Questo cambio deve passare da chi ha venduto l'abbonamento al cliente.",
  },
  pathShort: {
    'upgrade-tab': 'automatico',
    'resolve-then-upgrade-tab': 'automatico dopo la correzione',
    manual: 'a mano',
    'contact-partner': 'tramite chi l’ha venduto',
  },
  remedies: {
    'purchased-through-partner': "Il cliente chiede al proprio partner di cambiare il piano: è il partner a gestire l'abbonamento.",
    'purchased-through-volume-licensing': 'Il cliente contatta il proprio rappresentante Microsoft per cambiare il piano nel contratto.',
    'no-automatic-path': 'Il cliente cambia a mano: acquista il nuovo piano, sposta gli utenti, poi annulla il vecchio.',
    'target-retired': "Il cliente sceglie un piano in vendita oggi: automaticamente se l'interfaccia lo offre, altrimenti a mano.",
    'target-not-eligible': "Il cliente sceglie un piano offerto dall'interfaccia, oppure passa a mano a quello desiderato.",
    'target-fewer-services': 'Il cliente cambia a mano, dopo aver salvato i dati da conservare: acquisto, spostamento utenti, annullamento.',
    'business-plan-user-cap': `Il cliente sceglie un piano Enterprise, oppure tiene fino a ${LIMITS.businessPlanLicenses.value} utenti sul piano Business e dà agli altri un piano Enterprise.`,
    'end-of-sale-mca': "Il cliente acquista un piano in vendita oggi e vi sposta gli utenti a mano; l'abbonamento attuale funziona fino ad allora.",
    'wizard-user-limit': 'Il cliente cambia a mano, riassegnando le licenze a gruppi o con PowerShell.',
    'prepaid-plan': 'Il cliente cambia a mano, poi lascia scadere il piano prepagato o lo annulla.',
    'custom-domain-small-business': 'Il cliente cambia a mano; il dominio va rimosso e aggiunto di nuovo, con un periodo di disservizio.',
    'legacy-small-business-user-cap': 'Il cliente cambia a mano, oppure chiede al supporto Microsoft quale opzione fa per lui.',
    'not-currently-eligible': 'Il cliente cambia a mano: acquista il nuovo piano, sposta gli utenti, poi annulla il vecchio.',
    'government-or-nonprofit': 'Il cliente cambia a mano: acquista il nuovo piano, sposta gli utenti, poi annulla il vecchio.',
    'role-not-permitted': 'Fa il cambio chi ha un ruolo di fatturazione, oppure un amministratore globale assegna quel ruolo.',
    'trial-subscription': "Il cliente acquista il piano in prova, poi cambia l'abbonamento a pagamento.",
    'license-conflict': `Il cliente rimuove licenze in ${place['users-active-users']} o acquista quelle mancanti.`,
    'add-on-present': 'Il cliente rimuove il componente aggiuntivo (e lo riaggiunge dopo), poi riprova.',
    'multiple-subscriptions-same-product': "Il cliente sposta tutti gli utenti su un solo abbonamento, annulla l'altro, poi riprova.",
    'unpaid-balance': `Il cliente salda il conto (${place['pay-now']} in ${place['billing-your-products']}), poi riprova.`,
    'credit-check-pending': `Il cliente attende la fine della verifica del credito (fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi), poi riprova.`,
    'plan-change-in-progress': 'Il cliente attende che finisca, senza riassegnare licenze nel frattempo.',
    'service-health-issue': `Il cliente controlla ${place['service-health']} e riprova quando il servizio si è ripreso.`,
    'provisioning-incomplete': 'Il cliente attende la fine della configurazione, poi riprova.',
  },
  statuses: {
    open: 'Aperto',
    'waiting-for-customer': 'In attesa del cliente',
    resolved: 'Risolto',
  },
  details: {
    customer: 'Cliente',
    tenant: 'Tenant (dominio o ID tenant)',
    ticket: 'Numero di ticket',
    customerPlaceholder: 'Contoso S.p.A.',
    tenantPlaceholder: "contoso.com o l'ID del tenant",
    ticketPlaceholder: '48213',
    tenantError: "Un dominio come contoso.com, oppure l'ID del tenant (un GUID).",
    ticketError: 'Solo lettere, cifre e - _ . /',
  },
  form: {
    title: 'Nuovo caso cliente',
    intro:
      'Compila ciò che ti ha detto il cliente, oppure incollalo in chat come una frase ("E3, 350 utenti, tramite un partner"). I campi sono quelli che contano per il piano scelto.',
    filledFromSentence: (count) => `Compilato dalla tua frase (${count} ${count === 1 ? 'risposta' : 'risposte'}). Controlla, aggiungi il resto, poi salva.`,
    readAsCase: (customer) =>
      `Qui si parla di un cliente${customer ? ` (${customer})` : ''}, quindi ho aperto un caso cliente con questi dati. Le tue risposte, se ne hai date, restano come erano.`,
    fieldsForPlan: (planName) => `Ora i campi sono quelli di ${planName}. Controllali, poi salva.`,
    saveButton: 'Salva il caso',
    updateButton: 'Aggiorna il caso',
    updateTitle: (caseId) => `Nuove informazioni per il caso ${caseId}`,
  },
  case: {
    title: (caseId) => `Caso ${caseId}`,
    saved: (caseId) => `Caso ${caseId} salvato. Scrivi "caso ${caseId}" o il numero di ticket per riaprirlo.`,
    notFound: (caseId) => `Non ho trovato nessun caso con ID ${caseId}.`,
    status: 'Stato',
    updated: 'Ultima modifica',
    historyTitle: 'Cronologia',
    history: (line, who) => {
      switch (line.kind) {
        case 'created':
          return `${who} ha aperto il caso`;
        case 'facts':
          return `${who} ha aggiunto ${line.facts.join(', ')}${line.path ? `: ${line.path.from} → ${line.path.to}` : ''}`;
        case 'status':
          return `${who} l'ha impostato su "${itDesk.statuses[line.to]}"`;
        case 'details':
          return `${who} ha impostato ${line.details.join(', ')}`;
      }
    },
    addFactsButton: 'Aggiungi informazioni',
    waitingButton: 'In attesa del cliente',
    resolveButton: 'Risolto',
    reopenButton: 'Riapri',
    statusChanged: (caseId, status) => `Caso ${caseId}: ${itDesk.statuses[status].toLowerCase()}.`,
    changedTitle: (caseId) => `Cosa è cambiato nel caso ${caseId}`,
    pathChanged: (from, to) => `Esito: ${from} → ${to}`,
    pathSame: (path) => `Esito invariato: ${path}`,
    reasonsAdded: 'Nuovi ostacoli',
    reasonsRemoved: 'Ostacoli superati',
    nothingChanged: (caseId) => `Il caso ${caseId} dice già questo: nulla è cambiato.`,
    noFactsRead: 'Non ho letto nessuna informazione. Prova "aggiungi a UA-XXXXXX: 400 utenti, acquistato tramite un partner".',
    fromTenant: 'letto dal tenant',
  },
  list: {
    title: 'I tuoi casi',
    groups: { open: 'Aperti', 'waiting-for-customer': 'In attesa del cliente', resolved: 'Risolti' },
    empty: 'Non hai ancora nessun caso. Scegli "Analizza il caso di un cliente" per crearne uno.',
    line: (caseId, who, planName) => `**${caseId}** ${who} · ${planName}`,
    found: (query, count) => `${count} ${count === 1 ? 'caso corrisponde' : 'casi corrispondono'} a "${query}"`,
    noMatch: (query) => `Nessun tuo caso corrisponde a "${query}". Cerca per cliente, tenant, ticket o ID del caso.`,
    moreNotShown: (count) => `Altri ${count} non mostrati: cerca per cliente, tenant o ticket.`,
  },
  lead: {
    title: 'Ostacoli della settimana',
    subtitle: (cases, since) =>
      `${cases} ${cases === 1 ? 'caso aperto o modificato' : 'casi aperti o modificati'} dal ${since}, per motivo (un caso può averne più di uno).`,
    nothingThisWeek: 'Negli ultimi sette giorni nessun caso è stato aperto o modificato.',
    chartAlt: (lines) => `Casi per ostacolo: ${lines.join('; ')}`,
    exportButton: 'Esporta i casi (CSV)',
    exportNote: (minutes) => `Il link di esportazione funziona per ${minutes} minuti.`,
    onlyLeads: 'Solo i responsabili del supporto (gli ID in SUPPORT_AGENT_IDS) vedono gli ostacoli della settimana e l’esportazione.',
    viewButton: 'Ostacoli della settimana',
  },
  summary: {
    customer: 'Cliente',
    tenant: 'Tenant',
    ticket: 'Ticket',
    status: 'Stato',
    updated: 'Ultima modifica',
    history: 'Cronologia',
  },
  checkBack: {
    offerButton: `Ricontattami tra ${LIMITS.contactSupportAfterMinutes.value} minuti`,
    scheduled: (time) => `Alle ${time} ti chiederò qui se il cambio è terminato.`,
    cancelButton: 'Annulla il promemoria',
    cancelled: 'Promemoria annullato: non scriverò più di questo cambio.',
    nothingToCancel: 'In questa conversazione non c’è nessun promemoria in attesa.',
    question: (change) =>
      `${LIMITS.contactSupportAfterMinutes.value} minuti fa hai effettuato l'ordine${change ? ` (${change})` : ''}. Il cambio è terminato?`,
    finishedButton: 'Sì, è terminato',
    notFinishedButton: 'No, è ancora in corso',
    finished: 'Bene: gli utenti sono sul nuovo piano. La fatturazione del vecchio piano si ferma il giorno in cui il cambio è terminato.',
    advice: `Di solito un cambio termina in meno di ${LIMITS.typicalUpgradeMinutes.value} minuti, e Microsoft prevede fino a ${LIMITS.planChangeMaxMinutes.value}. Se dopo ${LIMITS.contactSupportAfterMinutes.value} minuti è ancora in corso, è il momento di contattare il supporto; nel frattempo non riassegnare le licenze.`,
    supportRoute: `Nell'interfaccia di amministrazione seleziona ${place['help-and-support']}, scrivi "cambio di piano in corso", poi ${place['contact-support']}. Acquistato tramite un partner? Contatta invece il partner.`,
  },
  help: [
    '- **cerca** seguito da cliente, tenant o ticket: trova un caso',
    '- **ostacoli della settimana**: i motivi che bloccano più casi (responsabili del supporto)',
    '- **annulla promemoria**: niente messaggio tra un’ora',
  ],
};
