import { getPlan, LIMITS } from '../domain/index.js';
import { adminCenterNames } from './admin-center.js';
import { citations } from './citations.js';
import { itAnswers } from './it-answers.js';
import { itDesk } from './it-desk.js';
import { itIntake } from './it-intake.js';
import { itTenant } from './it-tenant.js';
import type { CurrentActivity, Messages, StepTextInput } from './messages.js';

const place = adminCenterNames('it');

// Le istruzioni ripiegano su parole neutre quando il bot non conosce ancora i piani.
const current = (input: StepTextInput): string => input.currentPlanName ?? "l'abbonamento attuale";
const target = (input: StepTextInput): string => input.targetPlanName ?? 'il nuovo piano';

function whereWasI(activity: CurrentActivity): string {
  switch (activity.kind) {
    case 'nothing':
      return 'Al momento non stai facendo nulla. Scegli una voce del menu per iniziare.';
    case 'questions': {
      const progress =
        activity.answered === 0
          ? 'Avevi appena iniziato le domande sul tuo abbonamento.'
          : `Stavi rispondendo alle domande sul tuo abbonamento (${activity.answered} risposte finora).`;
      return activity.nextFact === undefined ? progress : `${progress} Prossima domanda: "${it.facts[activity.nextFact].question}"`;
    }
    case 'diagnosis':
      return `Stavi guardando il risultato della verifica: ${it.paths[activity.path]}`;
    case 'walkthrough':
      return `Eri al passaggio ${activity.stepIndex + 1} di ${activity.total} della procedura guidata: "${activity.stepTitle}".`;
    case 'triage':
      return `Stavi compilando un caso cliente (${activity.answered} risposte finora).`;
  }
}

export const it: Messages = {
  language: 'it',
  // Nomi come li mostra l'interfaccia di amministrazione in italiano, dove differiscono dall'inglese.
  planNames: {
    'o365-midsize-business': 'Office 365 - Azienda di medie dimensioni',
    'm365-e5-no-audio': 'Microsoft 365 E5 senza audioconferenza',
    // Same wording as its Microsoft 365 sibling, so one list does not mix the two languages.
    'o365-e5-no-audio': 'Office 365 E5 senza audioconferenza',
    'exchange-online-p1': 'Exchange Online (Piano 1)',
    'exchange-online-p2': 'Exchange Online (Piano 2)',
    'exchange-online-kiosk': 'Chiosco Exchange Online',
    'sharepoint-online-p1': 'SharePoint Online (Piano 1)',
    'sharepoint-online-p2': 'SharePoint Online (Piano 2)',
    'lync-online-p1': 'Lync Online (Piano 1)',
    'lync-online-p2': 'Lync Online (Piano 2)',
    'lync-online-p3': 'Lync Online (Piano 3)',
    'office-online-sharepoint': 'Office Online con SharePoint Online Piano 1 o Piano 2',
  },
  families: {
    business: 'Microsoft 365 for business',
    enterprise: 'Enterprise',
    frontline: 'Frontline',
    education: 'Education',
    standalone: 'Servizi autonomi',
    'small-business': 'Small Business (2013)',
    midsize: 'Azienda di medie dimensioni (2013)',
  },
  adminCenter: place,

  reasons: {
    'purchased-through-partner': {
      title: 'Acquistato tramite un partner',
      meaning: "L'abbonamento è fatturato da un partner Microsoft: il cambio non si fa dalla tua interfaccia di amministrazione.",
      remedy: 'Chiedi al partner di cambiare il piano: è lui a gestire l’abbonamento.',
    },
    'purchased-through-volume-licensing': {
      title: 'Acquistato con un contratto multilicenza',
      meaning: "L'abbonamento deriva da un contratto Volume Licensing, che l'interfaccia di amministrazione non può modificare.",
      remedy: 'Contatta il rappresentante del tuo account Microsoft per cambiare il piano nel contratto.',
    },
    'no-automatic-path': {
      title: 'Nessun cambio automatico da questo piano',
      meaning: "Dal piano attuale l'interfaccia di amministrazione non propone alcun cambio automatico.",
      remedy: 'Cambia piano a mano: acquista il nuovo, sposta gli utenti e annulla il vecchio. Posso guidarti passo per passo.',
    },
    'target-retired': {
      title: 'Il piano che vuoi non è più in vendita',
      meaning: 'Microsoft ha ritirato quel piano: non lo raggiungi né con il cambio automatico né con un acquisto.',
      remedy: "Scegli un piano in vendita oggi e passaci automaticamente, se l'interfaccia di amministrazione lo propone dal tuo, oppure a mano.",
    },
    'target-not-eligible': {
      title: 'Il piano che vuoi non è proposto dal tuo',
      meaning: "Dal tuo piano l'interfaccia di amministrazione propone solo alcuni piani, e quello che vuoi non è tra questi.",
      remedy: "Scegli un piano che l'interfaccia di amministrazione propone dal tuo, oppure passa a quello desiderato a mano.",
    },
    'target-undecided': {
      title: 'Nessuna fonte decide ancora questo cambio',
      meaning:
        "Microsoft cita questo piano, ma nessuna pagina dice verso quali piani o da quali l'interfaccia di amministrazione lo cambia automaticamente: questa risposta non promette un cambio automatico.",
      remedy: `Cercalo in **${place['view-upgrades']}**; se non c'è, cambia piano a mano: acquista il nuovo piano, sposta gli utenti e annulla il vecchio.`,
    },
    'target-fewer-services': {
      title: 'Il piano che vuoi ha meno servizi',
      meaning:
        "L'interfaccia di amministrazione cambia piano automaticamente solo verso un piano che mantiene tutti i tuoi servizi, alla stessa versione o a una superiore, perché nessun utente perda dati. Al piano che vuoi ne mancano alcuni.",
      remedy: 'Cambia piano a mano: fai il backup dei dati da conservare, acquista il nuovo piano, sposta gli utenti e annulla il vecchio.',
    },
    'business-plan-user-cap': {
      title: `Più di ${LIMITS.businessPlanLicenses.value} utenti per un piano Business`,
      meaning: `I piani Microsoft 365 Business arrivano a ${LIMITS.businessPlanLicenses.value} licenze, e questo abbonamento ha più utenti.`,
      remedy: `Scegli un piano Enterprise come E3 o E5, oppure tieni fino a ${LIMITS.businessPlanLicenses.value} utenti sul piano Business e assegna agli altri un piano Enterprise.`,
    },
    'end-of-sale-mca': {
      title: 'Il tuo piano è fuori vendita',
      meaning: 'Con un account di fatturazione MCA (Contratto del cliente Microsoft) un prodotto non più in vendita non si può aggiornare.',
      remedy: 'Acquista un piano in vendita oggi e sposta gli utenti a mano. Fino ad allora l’abbonamento attuale continua a funzionare.',
    },
    'wizard-user-limit': {
      title: 'Troppi utenti per il cambio automatico',
      meaning: `Per i piani coperti solo dalla tabella del 2013, il cambio automatico gestiva abbonamenti fino a ${LIMITS.wizardUsers.value} utenti.`,
      remedy: 'Cambia piano a mano: acquista il nuovo, riassegna le licenze a gruppi o con PowerShell, poi annulla il vecchio.',
    },
    'prepaid-plan': {
      title: 'Pagato con carta prepagata o codice Product Key',
      meaning: 'I piani acquistati con un codice Product Key non si possono cambiare automaticamente.',
      remedy: 'Cambia piano a mano: acquista il nuovo, sposta gli utenti, poi lascia scadere o annulla il piano prepagato.',
    },
    'custom-domain-small-business': {
      title: 'Dominio personalizzato su un piano Small Business',
      meaning:
        'Con un dominio personalizzato configurato, un piano Small Business non passa automaticamente a un piano per aziende di medie dimensioni o Enterprise.',
      remedy: 'Cambia piano a mano. Il dominio va rimosso e poi aggiunto di nuovo: prevedi un periodo di disservizio.',
    },
    'legacy-small-business-user-cap': {
      title: `Small Business di vecchia generazione con più di ${LIMITS.smallBusinessUsers.value} utenti`,
      meaning: `I piani Small Business acquistati prima dell'aggiornamento del servizio non si possono cambiare con più di ${LIMITS.smallBusinessUsers.value} utenti, il limite della versione nuova.`,
      remedy: 'Cambia piano a mano, oppure chiedi al supporto Microsoft quale soluzione è adatta alla tua organizzazione.',
    },
    'not-currently-eligible': {
      title: "L'abbonamento al momento non può cambiare piano",
      meaning: "L'interfaccia di amministrazione indica che questo abbonamento per ora non può cambiare piano automaticamente.",
      remedy: 'Cambia piano a mano: acquista il nuovo, sposta gli utenti e annulla il vecchio.',
    },
    'government-or-nonprofit': {
      title: 'Piano per enti pubblici o non profit',
      meaning: 'I piani per enti pubblici e non profit non si possono cambiare automaticamente.',
      remedy: 'Cambia piano a mano: acquista il nuovo, sposta gli utenti e annulla il vecchio.',
    },
    'role-not-permitted': {
      title: 'Il tuo ruolo non permette di cambiare piano',
      meaning:
        "Con un account di fatturazione MOSA serve almeno il ruolo di amministratore della fatturazione; con un account MCA, proprietario o collaboratore dell'account di fatturazione o di un profilo di fatturazione.",
      remedy: 'Chiedi a chi ha quel ruolo di fare il cambio, o di assegnartelo. Un amministratore globale può assegnare i ruoli di fatturazione.',
    },
    'trial-subscription': {
      title: 'È una versione di valutazione',
      meaning: 'Una versione di valutazione non si può cambiare direttamente in un altro piano a pagamento.',
      remedy: 'Acquista prima il piano che stai provando, poi cambia l’abbonamento a pagamento.',
    },
    'license-conflict': {
      title: 'Più utenti che licenze',
      meaning: 'Per cambiare piano automaticamente ogni utente deve avere una licenza valida, e ne risultano assegnate più di quelle acquistate.',
      remedy: `Togli licenze in ${place['users-active-users']} finché gli utenti non superano le licenze, oppure acquista quelle mancanti.`,
    },
    'scheduled-change': {
      title: 'Una modifica pianificata dal referente Microsoft',
      meaning:
        "Il referente ha pianificato una modifica a questo abbonamento per il rinnovo. Finché la modifica non avviene, l'abbonamento non si può passare a un piano superiore o inferiore, né ridurne le licenze.",
      remedy: `Vedila con **View scheduled changes** in ${place['billing-your-products']} e chiedi al referente Microsoft di cambiarla o annullarla se ti serve prima il nuovo piano.`,
    },
    'extended-service-term': {
      title: "L'abbonamento è su un Extended Service Term",
      meaning: "Un Extended Service Term (EST) mantiene il servizio mese per mese dopo la scadenza, ma non se ne può cambiare il tipo con un altro piano, né il numero di licenze.",
      remedy: "Cambia piano a mano: acquista il nuovo piano, sposta gli utenti e annulla l'EST. Puoi anche riportare l'EST a un abbonamento standard e cambiare quello.",
    },
    'billing-account-blocked': {
      title: "L'account di fatturazione è bloccato",
      meaning:
        "Microsoft blocca un account di fatturazione inutilizzato da un anno. Finché è bloccato non si possono aggiungere abbonamenti, quindi non passa né il cambio automatico né quello a mano.",
      remedy: 'Fallo sbloccare prima: contatta il supporto Microsoft se hai acquistato direttamente, oppure il partner o il tuo account manager. Poi ricontrolla.',
    },
    'add-on-present': {
      title: "L'abbonamento ha un componente aggiuntivo",
      meaning: "Un componente aggiuntivo sull'abbonamento può impedire il cambio automatico.",
      remedy: 'Rimuovi il componente aggiuntivo (puoi aggiungerlo di nuovo dopo, se ti serve) e riprova; oppure cambia piano a mano.',
    },
    'multiple-subscriptions-same-product': {
      title: 'Due abbonamenti allo stesso prodotto',
      meaning: "L'interfaccia di amministrazione cambia piano automaticamente solo se tutti gli utenti hanno licenze dello stesso piano.",
      remedy: 'Sposta tutti gli utenti su uno dei due, annulla quello inutilizzato, poi riprova.',
    },
    'unpaid-balance': {
      title: 'Saldo non pagato',
      meaning: 'Se paghi con bonifico, un saldo non pagato sulla fattura blocca il cambio.',
      remedy: `In ${place['billing-your-products']} trova l'abbonamento e seleziona ${place['pay-now']} o ${place['settle-balance']} nella sua sezione di fatturazione; a pagamento avvenuto, riprova.`,
    },
    'credit-check-pending': {
      title: 'Verifica del credito in corso',
      meaning: 'Microsoft sta ancora verificando il credito per un pagamento con fattura; fino ad allora il piano non si cambia.',
      remedy: `Attendi la fine della verifica (fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi), poi riprova.`,
    },
    'plan-change-in-progress': {
      title: 'È già in corso un altro cambio di piano',
      meaning: 'Un cambio precedente su questo abbonamento non è ancora terminato.',
      remedy: 'Attendi che finisca e nel frattempo non riassegnare le licenze.',
    },
    'service-health-issue': {
      title: 'Un servizio non è disponibile',
      meaning: 'Finché un servizio del tuo piano ha un evento imprevisto, il piano non si può cambiare.',
      remedy: `Controlla ${place['service-health']}, attendi qualche ora che il servizio torni disponibile e riprova; se persiste, contatta il supporto.`,
    },
    'provisioning-incomplete': {
      title: "L'abbonamento non è ancora configurato del tutto",
      meaning: "Alcuni servizi dell'abbonamento attuale sono ancora in fase di configurazione.",
      remedy: 'Attendi che la configurazione termini, poi riprova; se persiste, contatta il supporto.',
    },
  },

  warnings: {
    'admin-downtime': `Durante il cambio (fino a ${LIMITS.planChangeMaxMinutes.value} minuti) gli amministratori non possono modificare la pagina dei dettagli dell'abbonamento; il resto dell'interfaccia di amministrazione funziona.`,
    'users-keep-access': 'Gli utenti continuano a lavorare, con tutti i loro dati, durante il cambio e passano al nuovo piano alla fine.',
    'do-not-reassign-during-switch': 'Non riassegnare le licenze utente mentre il cambio è in corso: potrebbe impedirne il completamento.',
    'billing-switchover': 'Il giorno in cui il cambio termina, la fatturazione del vecchio abbonamento si ferma e quella del nuovo parte.',
    'cannot-remove-licenses-during-upgrade': 'Durante il cambio puoi aggiungere licenze ma non toglierle. Riduci il numero prima o dopo.',
    'add-ons-included-are-removed': "I componenti aggiuntivi già inclusi nel nuovo piano vengono tolti dall'ordine.",
    'invoice-credit-check': `Il pagamento con fattura, o un ordine importante, può richiedere una verifica del credito fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi.`,
    'cross-family-no-return': "Dopo il passaggio a un piano di un'altra famiglia non potrai tornare al vecchio piano.",
    'backup-before-cross-family': "Passi a un'altra famiglia di piani: fai il backup dei dati aziendali prima di iniziare.",
    'custom-domain-downtime': 'Il dominio personalizzato va rimosso e aggiunto di nuovo: posta e servizi su quel dominio resteranno fermi per un po’.',
    'public-website-domain-first':
      'Se il sito web pubblico deve usare un altro dominio personalizzato, cambialo prima del passaggio; dopo richiede lavoro in più.',
    'typical-duration': `Di solito il cambio richiede pochi minuti e può arrivare a ${LIMITS.planChangeMaxMinutes.value}. Se dopo ${LIMITS.contactSupportAfterMinutes.value} minuti risulta ancora in corso, contatta il supporto Microsoft.`,
    'e4-to-e3-loses-features':
      'Office 365 E3 e Microsoft 365 E3 non includono tutto ciò che aveva E4 (per esempio le funzioni di conferenza): verifica prima cosa usano gli utenti.',
    'bulk-reassign-with-powershell': `Con più di ${LIMITS.usersPerBatch.value} utenti, riassegna le licenze con Microsoft Graph PowerShell (Set-MgUserLicense) o con le licenze basate sui gruppi invece che a mano.`,
    'backup-before-fewer-services':
      'Il nuovo piano ha meno servizi legati ai dati: fai il backup di ciò che vuoi conservare (cassette postali, file di OneDrive, siti SharePoint) prima di spostare qualcuno.',
    'service-assignments-reset': 'Ogni utente riceve tutti i servizi del nuovo piano: i servizi che avevi disattivato per alcuni utenti saranno di nuovo attivi.',
    'prorated-credit-invoice': `A seconda del nuovo piano potresti ricevere un credito proporzionale; una nuova fattura che lo include arriva entro ${LIMITS.newInvoiceDays.value} giorni.`,
    'mca-refund-window': `Con un account MCA, annullando ricevi un credito o rimborso proporzionale solo entro ${LIMITS.mcaRefundDays.value} giorni dall'inizio o dal rinnovo dell'abbonamento; dopo, disattiva invece la fatturazione ricorrente.`,
    'mosa-cancel-license-limit': `Con un account MOSA puoi annullare online solo con ${LIMITS.mosaOnlineCancelLicenses.value} licenze o meno: prima riduci le licenze a ${LIMITS.mosaOnlineCancelLicenses.value}.`,
    'domain-before-cancel': `La pagina di Microsoft sull'annullamento chiede di rimuovere il dominio personalizzato usato con l'abbonamento prima di annullarlo. Controlla prima ${place.domains}: tieni il dominio se lo usa il nuovo piano nella stessa organizzazione, e chiedi al supporto se l'annullamento viene rifiutato per questo.`,
    'teams-suite-new-customers':
      "Da aprile 2024 (da ottobre 2023 nel SEE e in Svizzera) Microsoft vende le suite Enterprise con Teams solo a chi le aveva già: un nuovo cliente acquista la suite (no Teams) più Microsoft Teams Enterprise. Le suite Business e Frontline esistono sia con sia senza Teams.",
    'teams-suite-existing-customers':
      'La tua suite include Teams. Chi la aveva prima di aprile 2024 può continuare a usarla, rinnovarla, passare a un piano superiore e modificarla come prima, durata e frequenza di fatturazione comprese.',
  },

  steps: {
    'open-your-products': {
      title: 'Apri i tuoi prodotti',
      help: "Accedi ad admin.microsoft.com con un account che ha un ruolo di fatturazione. Se nel menu a sinistra manca Fatturazione, seleziona Mostra tutto.",
      instructions: () => [
        `Nell'interfaccia di amministrazione di Microsoft 365 vai a **${place['billing-your-products']}** (nella visualizzazione semplificata: **${place.subscriptions}**).`,
      ],
    },
    'select-subscription': {
      title: "Seleziona l'abbonamento",
      help: "Elenco lungo? Usa la casella di ricerca o i filtri sopra l'elenco per trovare l'abbonamento.",
      instructions: (input) => [`Nell'elenco seleziona **${current(input)}** per aprire la pagina dei dettagli.`],
    },
    'view-upgrades': {
      title: 'Guarda gli aggiornamenti consigliati',
      help: 'Il collegamento è disattivato? Qualcosa blocca il cambio automatico: seleziona "È disattivato" (o scrivimelo) e cerchiamo insieme il motivo.',
      instructions: () => [
        `Nella pagina dei dettagli, nella sezione **${place['product-details-and-upgrades']}**, seleziona **${place['view-upgrades']}**.`,
        'Se il collegamento è disattivato, per ora il piano non si può cambiare automaticamente: dimmelo e ti aiuto a capire perché.',
      ],
    },
    'choose-upgrade': {
      title: 'Scegli il nuovo piano',
      help: 'Il piano che vuoi non compare? Dal tuo non si raggiunge automaticamente: ci arrivi con i passaggi manuali.',
      instructions: (input) => [`Nella pagina **${place['available-upgrades']}** trova **${target(input)}** e seleziona **${place['upgrade-button']}**.`],
    },
    checkout: {
      title: 'Completa il pagamento',
      help: `Il pagamento con fattura può richiedere una verifica del credito fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi prima che il cambio parta.`,
      instructions: () => [`Nella pagina **${place.checkout}** scegli come pagare, o aggiungi una nuova forma di pagamento.`],
    },
    'change-subscription-option': {
      title: "Apri le altre opzioni dell'abbonamento",
      help: "Con un account MCA per vedere questa opzione serve il ruolo di proprietario o collaboratore dell'account o del profilo di fatturazione.",
      instructions: () => [
        `Nella pagina dei dettagli, nella sezione **${place['other-subscription-options']}**, seleziona **${place['change-subscription-option']}**.`,
      ],
    },
    'choose-options': {
      title: 'Scegli il nuovo piano e le sue condizioni',
      help: 'Per spostare solo alcuni utenti, indica meno licenze; poi assegni tu le nuove licenze a quegli utenti.',
      instructions: (input) => [
        `Scegli **${target(input)}** e quando deve avvenire il cambio.`,
        input.expectedLicenses === undefined
          ? 'Indica il numero di licenze che vuoi.'
          : `Indica il numero di licenze che vuoi (l'abbonamento attuale ne ha ${input.expectedLicenses}).`,
        "Seleziona la durata dell'abbonamento e la frequenza di fatturazione.",
      ],
    },
    'change-plan': {
      title: 'Cambia il piano',
      help: "Non avviare di nuovo il cambio mentre è in corso: la pagina dell'abbonamento resta bloccata fino alla fine.",
      instructions: () => [`Seleziona **${place['change-plan']}**.`],
    },
    'place-order': {
      title: "Effettua l'ordine",
      help: "Dopo aver effettuato l'ordine non riprovare e non ordinare di nuovo: la pagina dell'abbonamento resta bloccata fino alla fine del cambio.",
      instructions: () => [
        `Seleziona **${place['place-order']}**.`,
        "Finché il cambio non termina, la pagina dell'abbonamento è bloccata; gli utenti continuano a lavorare.",
      ],
    },
    'check-status': {
      title: 'Controlla lo stato',
      help: `Ancora in corso dopo ${LIMITS.contactSupportAfterMinutes.value} minuti? Contatta il supporto Microsoft indicando l'ordine effettuato.`,
      instructions: (input) => [
        `Torna a **${place['billing-your-products']}** e apri ${current(input)} oppure ${target(input)} per vedere a che punto è il cambio.`,
      ],
    },
    'open-upgrade-tab': {
      title: 'Apri la scheda Aggiornamento',
      help: 'Nessuna scheda Aggiornamento, o un messaggio al posto dei piani? Il messaggio indicava cosa bloccava l’aggiornamento.',
      instructions: () => [
        `Nella pagina dei dettagli seleziona la scheda **${place['upgrade-tab']}**.`,
        "I piani elencati lì si raggiungevano automaticamente; un messaggio al loro posto spiegava cosa bloccava l'aggiornamento.",
      ],
    },
    'choose-target': {
      title: 'Scegli il nuovo piano',
      help: 'Un piano non elencato non si raggiungeva automaticamente dal tuo.',
      instructions: (input) => [`Trova **${target(input)}** e seleziona **${place['upgrade-button']}** accanto.`],
    },
    'review-cart': {
      title: 'Controlla il carrello',
      help: "Nel carrello si potevano solo aggiungere licenze: per averne meno si riducevano prima o dopo l'aggiornamento.",
      instructions: (input) => [
        `Nella pagina **${place.cart}** scegli se pagare mensilmente o annualmente.`,
        input.expectedLicenses === undefined
          ? `Controlla il numero in **${place.quantity}**. Qui puoi aggiungere licenze ma non toglierle.`
          : `Controlla che **${place.quantity}** indichi almeno ${input.expectedLicenses} licenze. Qui puoi aggiungere licenze ma non toglierle.`,
        'Sono elencati anche i componenti aggiuntivi del piano attuale; quelli già inclusi nel nuovo piano verranno tolti.',
      ],
    },
    'go-to-checkout': {
      title: 'Vai alla cassa',
      help: "Non veniva ancora addebitato nulla: la pagina successiva mostrava tutto l'ordine prima di effettuarlo.",
      instructions: () => [`Quando il carrello è corretto, seleziona **${place['go-to-checkout']}**.`],
    },
    'review-checkout': {
      title: "Controlla i dati dell'ordine",
      help: 'Il pagamento con fattura era proposto solo per ordini sopra un certo importo.',
      instructions: () => [
        `Nella pagina **${place.checkout}** controlla **Venduto a**, **Fatturato a** e gli elementi dell'ordine.`,
        'Seleziona **Modifica** accanto a una voce per correggerla.',
      ],
    },
    'backup-data': {
      title: 'Fai il backup dei dati',
      help: 'Outlook esporta una cassetta postale in un file .pst; file di OneDrive e siti SharePoint si possono scaricare. Salva ora ciò che potrebbe servirti.',
      instructions: (input) => [
        input.backupBecause === 'other-family'
          ? "Stai passando a un'altra famiglia di piani e non potrai tornare al vecchio piano."
          : 'Il nuovo piano ha meno servizi legati ai dati di quello attuale: alcuni dati non avranno dove stare.',
        'Fai il backup dei dati aziendali importanti (cassette postali, file di OneDrive, siti SharePoint) prima di proseguire.',
      ],
    },
    'buy-subscription': {
      title: 'Acquista il nuovo abbonamento',
      help: `Acquistalo per la stessa organizzazione in cui sono ora gli utenti: gli abbonamenti non passano da un'organizzazione all'altra. Con il pagamento con fattura, la verifica del credito può richiedere fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi.`,
      instructions: (input) => [
        `Vai a **${place.marketplace}** (visualizzazione Dashboard) o a **${place['add-more-products']}** (visualizzazione semplificata) e acquista **${target(input)}**` +
          (input.expectedLicenses === undefined
            ? ', una licenza per ogni utente da spostare.'
            : ` con ${input.expectedLicenses} licenze, una per ogni utente da spostare.`),
        'Se lo hai già con abbastanza licenze libere, passa al passaggio successivo.',
      ],
    },
    'verify-licenses': {
      title: 'Controlla i due abbonamenti',
      help: 'Non ancora Attivo? I servizi sono ancora in configurazione: attendi e ricontrolla prima di spostare qualcuno.',
      instructions: (input) => [
        `In **${place['billing-your-products']}** verifica che entrambi gli abbonamenti risultino **${place['subscription-status-active']}**.`,
        input.expectedLicenses === undefined
          ? `Verifica che **${target(input)}** abbia una licenza libera per ogni utente da spostare.`
          : `Verifica che **${target(input)}** abbia ${input.expectedLicenses} licenze non assegnate, una per ogni utente da spostare.`,
      ],
    },
    'reassign-licenses': {
      title: 'Sposta gli utenti sulle nuove licenze',
      help: "Serve un amministratore globale, delle licenze o degli utenti. Un utente si sposta solo se c'è una licenza libera del nuovo piano.",
      instructions: (input) => {
        const lines = [
          `In **${place['users-active-users']}** seleziona gli utenti da spostare (fino a ${input.usersPerBatch ?? LIMITS.usersPerBatch.value} alla volta, come dice la guida del 2020), poi **${place['manage-product-licenses']}**.`,
          `Seleziona **${place['replace-licenses']}**, scegli **${target(input)}** al posto di ${current(input)}, poi **${place['save-changes']}**. Ripeti finché tutti sono stati spostati.`,
        ];
        if (input.usePowerShell) {
          lines.push(
            'Più veloce in blocco: in Microsoft Graph PowerShell, Set-MgUserLicense aggiunge la nuova licenza e toglie la vecchia con una sola chiamata per utente; oppure assegna la nuova licenza a un gruppo (licenze basate sui gruppi).',
          );
        }
        return lines;
      },
    },
    'move-custom-domain': {
      title: 'Sposta il dominio personalizzato',
      help: "Avvisa prima gli utenti: la posta verso il dominio può essere respinta o ritardata finché il dominio non è di nuovo verificato.",
      instructions: () => [
        `In **${place.domains}** rimuovi il dominio personalizzato, poi aggiungilo di nuovo quando gli utenti sono sul nuovo piano.`,
        'Posta e servizi su quel dominio si fermano finché non è di nuovo attivo: fallo in un momento tranquillo.',
      ],
    },
    'cancel-old-subscription': {
      title: 'Annulla il vecchio abbonamento',
      help: `Annullare troppo presto lascia senza servizio chi è ancora sul vecchio piano: controlla prima ${place['users-active-users']}. Se hai spostato solo alcuni utenti, togli invece le licenze che non ti servono più.`,
      instructions: (input) => {
        const lines = [
          'Solo quando ogni utente ha una licenza del nuovo piano:',
          `In **${place['billing-your-products']}** seleziona ${current(input)} e scegli **${place['cancel-subscription']}**.`,
        ];
        if (input.reduceLicensesTo !== undefined) {
          lines.push(`Ha più di ${input.reduceLicensesTo} licenze: prima riducile a ${input.reduceLicensesTo}, poi annulla.`);
        }
        if (input.billingAccountType === 'mca') {
          lines.push(
            `Sono passati più di ${LIMITS.mcaRefundDays.value} giorni dall'inizio o dal rinnovo? Disattiva invece la fatturazione ricorrente (**${place['edit-recurring-billing']}** > Off): dopo non c'è rimborso.`,
          );
        }
        return lines;
      },
    },
  },

  paths: {
    'upgrade-tab': "Buone notizie: l'interfaccia di amministrazione può cambiare il tuo piano automaticamente.",
    'resolve-then-upgrade-tab': "L'interfaccia di amministrazione può cambiare il piano automaticamente, dopo che qualcosa è stato sistemato o è terminato.",
    manual: "L'interfaccia di amministrazione non può fare questo cambio automaticamente: devi cambiare piano a mano.",
    'contact-partner': "Questo cambio deve passare da chi ti ha venduto l'abbonamento.",
  },

  facts: {
    currentPlan: {
      label: 'Piano attuale',
      question: 'Quale piano hai adesso?',
      help: `Lo trovi in ${place['billing-your-products']}.`,
    },
    targetPlan: {
      label: 'Piano desiderato',
      question: 'A quale piano vuoi passare?',
      help: 'Scegli il piano che vorresti avere alla fine.',
    },
    licensedUsers: {
      label: "Utenti dell'abbonamento",
      question: 'Quanti utenti hanno una licenza di questo abbonamento?',
      help: `Lo vedi in ${place['users-active-users']} o nella pagina dell'abbonamento in ${place['billing-your-products']}.`,
    },
    licensesPurchased: {
      label: 'Licenze acquistate',
      question: 'Quante licenze hai acquistato per questo abbonamento?',
      help: `È indicato sull'abbonamento in ${place['billing-your-products']}.`,
    },
    licensesAssigned: {
      label: 'Licenze assegnate',
      question: 'Quante di queste licenze sono assegnate a utenti?',
      help: `È indicato sull'abbonamento in ${place['billing-your-products']}.`,
    },
    moreUsersThanLicenses: {
      label: 'Più utenti che licenze',
      question: 'Ci sono più licenze assegnate agli utenti di quante ne sono state acquistate?',
      help: `Confronta le licenze assegnate e acquistate dell'abbonamento in ${place['billing-your-products']}.`,
    },
    adminRole: {
      label: 'Il tuo ruolo di amministratore',
      question: 'Quale ruolo di amministratore hai?',
      help: `Lo vedi in ${place['role-assignments']}.`,
    },
    purchaseChannel: {
      label: 'Come è stato acquistato',
      question: "Come è stato acquistato l'abbonamento?",
      help: `${place['bills-payments']} mostra chi ti fattura; un partner o un contratto significa che te lo vende qualcun altro.`,
    },
    commitmentTerm: {
      label: 'Durata dell’impegno',
      question: "L'abbonamento ha un impegno mensile, annuale o triennale?",
      help: `La pagina dell'abbonamento in ${place['billing-your-products']} ne mostra la durata e la data di rinnovo.`,
    },
    billingAccountType: {
      label: 'Tipo di account di fatturazione',
      question: 'Che tipo di account di fatturazione hai: MOSA o MCA?',
      help: `${place['billing-accounts']} lo indica nella colonna del tipo di account di fatturazione.`,
    },
    trial: {
      label: 'Valutazione',
      question: "L'abbonamento è una versione di valutazione?",
      help: `${place['billing-your-products']} indica le versioni di valutazione.`,
    },
    creditCheckPending: {
      label: 'Verifica del credito in sospeso',
      question: 'È ancora in corso una verifica del credito per un pagamento con fattura?',
      help: 'Succede dopo aver scelto il pagamento con fattura o dopo un ordine importante.',
    },
    planChangeInProgress: {
      label: 'Cambio di piano in corso',
      question: 'È già in corso un altro cambio di piano su questo abbonamento?',
      help: `${place['billing-your-products']} mostra se sull'abbonamento c'è un cambio in corso.`,
    },
    serviceHealthIssue: {
      label: 'Problema di integrità del servizio',
      question: 'Integrità dei servizi mostra un problema aperto in questo momento?',
      help: `Guarda in ${place['service-health']}.`,
    },
    provisioningIncomplete: {
      label: 'Configurazione non finita',
      question: "L'abbonamento è ancora in fase di configurazione (alcuni servizi non sono pronti)?",
      help: 'Dopo un acquisto recente può servire un po’ di tempo prima che tutti i servizi siano pronti.',
    },
    customDomain: {
      label: 'Dominio personalizzato',
      question: 'Usi un tuo nome di dominio (come contoso.com) con questo abbonamento?',
      help: `${place.domains} li elenca; ignora quello onmicrosoft.com.`,
    },
    legacySmallBusiness: {
      label: 'Small Business di vecchia generazione',
      question: "Questo piano Small Business è stato acquistato prima dell'aggiornamento del servizio?",
      help: `Gli abbonamenti Small Business più vecchi precedono il limite di ${LIMITS.smallBusinessUsers.value} utenti della versione nuova.`,
    },
    notCurrentlyEligible: {
      label: 'Al momento non idoneo',
      question: "L'interfaccia di amministrazione dice che l'abbonamento al momento non è idoneo al cambio di piano?",
      help: `Lo indica quando ${place['view-upgrades']} è disattivato nella pagina dell'abbonamento.`,
    },
    scheduledChange: {
      label: 'Modifica pianificata da Microsoft',
      question: 'Il referente Microsoft ha pianificato una modifica a questo abbonamento, per il rinnovo?',
      help: `In quel caso la pagina dell'abbonamento in ${place['billing-your-products']} mostra **View scheduled changes**.`,
    },
    extendedServiceTerm: {
      label: 'Abbonamento Extended Service Term',
      question: "L'abbonamento è su un Extended Service Term (EST), che prosegue mese per mese dopo la scadenza?",
      help: `In ${place['billing-your-products']} il nome dell'abbonamento termina con "Extended Service Term".`,
    },
    billingAccountBlocked: {
      label: 'Account di fatturazione bloccato',
      question: "Microsoft ha bloccato l'account di fatturazione per inattività?",
      help: 'Microsoft invia un avviso 30 giorni prima di bloccare un account inutilizzato da un anno.',
    },
    hasAddOn: {
      label: 'Componente aggiuntivo',
      question: "L'abbonamento ha un componente aggiuntivo?",
      help: `I componenti aggiuntivi compaiono con l'abbonamento in ${place['billing-your-products']}.`,
    },
    multipleSubscriptionsSameProduct: {
      label: 'Abbonamenti doppi',
      question: 'Hai più di un abbonamento a questo stesso prodotto?',
      help: `Controlla l'elenco in ${place['billing-your-products']}.`,
    },
    unpaidBalance: {
      label: 'Saldo non pagato',
      question: "C'è un saldo non pagato o scaduto sull'account?",
      help: `Guarda in ${place['bills-payments']}.`,
    },
    governmentOrNonprofit: {
      label: 'Ente pubblico o non profit',
      question: 'È un piano per enti pubblici o non profit?',
      help: 'Questi piani hanno regole proprie.',
    },
  },

  choices: {
    adminRole: {
      'global-admin': 'Amministratore globale',
      'billing-admin': 'Amministratore fatturazione',
      'billing-account-role': "Proprietario o collaboratore dell'account o del profilo di fatturazione (MCA)",
      other: 'Un altro ruolo',
    },
    purchaseChannel: {
      'direct-card': 'Da Microsoft, con carta',
      'direct-invoice': 'Da Microsoft, con fattura',
      partner: 'Tramite un partner',
      'volume-licensing': 'Contratto multilicenza (Volume Licensing)',
      'prepaid-key': 'Carta prepagata o Product Key',
    },
    commitmentTerm: {
      monthly: 'Mensile',
      annual: 'Annuale',
      'three-year': 'Triennale',
    },
    billingAccountType: {
      mosa: 'MOSA (Microsoft Online Subscription Agreement)',
      mca: 'MCA (Contratto del cliente Microsoft)',
    },
  },

  sources: citations('it'),

  notes: {
    'credit-check-two-weeks-2013': 'La guida del 2013 indicava fino a due settimane per la verifica del credito.',
    'switch-plans-wizard-2013': 'Nel 2013 si usava la procedura guidata Cambia piano in Amministratore > Licenze.',
    'switch-plans-status-page-2013':
      'Nel 2013 la procedura mostrava una pagina di stato fino alla fine del cambio; oggi si guardano gli abbonamenti.',
    'admin-role-2013': "Nel 2013 poteva cambiare piano solo l'amministratore globale (qualsiasi amministratore su Small Business).",
    'service-health-location-2013': "Nel 2013 l'integrità dei servizi era in Amministratore > Office 365 > Supporto.",
    'reduce-licenses-via-support-2013': 'Nel 2013 per ridurre le licenze bisognava chiamare il supporto.',
    'manual-switch-via-support-2013': 'Nel 2013 il cambio manuale passava dal supporto; oggi i passaggi li fai tu.',
    'office-365-powershell-retired': 'Il vecchio modulo Office 365 PowerShell è stato ritirato: usa Microsoft Graph PowerShell.',
    'upgrade-tab-2020': "Nel 2020 c'era la scheda Aggiornamento dell'abbonamento, seguita da una pagina Carrello e da Vai alla cassa.",
    'cart-page-2020': 'Nel 2020 veniva prima una pagina Carrello, dove si sceglieva la fatturazione mensile o annuale e la Quantità.',
    'admin-center-locked-2020':
      "Nel 2020 durante il cambio gli amministratori non potevano usare affatto l'interfaccia di amministrazione; oggi è bloccata solo la pagina dell'abbonamento.",
    'ten-minutes-2020': `Le guide del 2013 e del 2020 dicevano che un cambio richiedeva di solito meno di ${LIMITS.typicalUpgradeMinutes.value} minuti.`,
    'e3-to-e4-2013': 'Nel 2013 un piano E3 poteva passare a E4; Microsoft ha ritirato E4 nel 2015.',
    'unpaid-balance-invoice-2024': 'La versione di dicembre 2024 della pagina lo applicava a chiunque pagasse con fattura; quella di ottobre 2025 lo limita al bonifico.',
    'purchase-services-label': "Nelle versioni precedenti dell'interfaccia di amministrazione questa pagina si chiamava Fatturazione > Acquisto di servizi.",
    'prepaid-not-in-2024-list': 'Viene dalla guida del 2013; gli elenchi dei blocchi di Microsoft del 2024 e del 2025 non citano più i piani prepagati.',
    'custom-domain-small-business-2013':
      'Nel 2013 un piano Small Business con un dominio personalizzato non poteva passare a un piano Enterprise o Azienda di medie dimensioni: il dominio veniva rimosso e aggiunto di nuovo dopo il passaggio, con un periodo di inattività.',
    'no-switch-back-across-families-2013': "Nel 2013 un piano passato a un'altra famiglia di piani non poteva tornare a quello vecchio.",
  },

  undecided: {
    'mca-blockers-undocumented': `Microsoft documenta cosa blocca un cambio di piano solo per gli account MOSA. Con il tuo account MCA, la pagina **${place['change-subscription-option']}** mostra cosa puoi cambiare.`,
    'education-plans-undocumented': `Nessuna pagina Microsoft attuale dice quali piani per l'istruzione si possono cambiare automaticamente; questa risposta segue la tabella del 2013. **${place['view-upgrades']}** mostra cosa ti propone l'interfaccia di amministrazione.`,
    'plan-targets-undocumented': `Microsoft cita questo piano (${getPlan('m365-e7').name} nel 2026, ${getPlan('teams-enterprise').name}, i piani Microsoft 365 A), ma nessuna fonte dice ancora quali cambi l'interfaccia di amministrazione fa automaticamente verso di esso o da esso. **${place['view-upgrades']}** mostra cosa ti propone.`,
    'prepaid-plan-undocumented': `Nel 2013 e nel 2020 un piano acquistato con una scheda prepagata o un codice Product Key non poteva cambiare automaticamente; l'elenco attuale dei blocchi di Microsoft non cita più i piani prepagati e nessuna pagina attuale dice se bloccano ancora. **${place['view-upgrades']}** mostra se l'interfaccia di amministrazione ti propone un cambio.`,
    'retired-plan-targets-2013': `Il tuo piano non è più in vendita: questi piani vengono dalla tabella del 2013, meno quelli ritirati da allora. **${place['view-upgrades']}** mostra cosa propone davvero l'interfaccia di amministrazione.`,
  },

  ui: {
    welcome:
      "Ciao! Aiuto gli amministratori di Microsoft 365 a cambiare un abbonamento con un altro piano. Ti dico se l'interfaccia di amministrazione può farlo automaticamente, cosa lo blocca, e ti guido nel cambio.",
    welcomeInCopilot: "Ciao! Dimmi il tuo piano di Microsoft 365 e quello che vuoi, e ti dico se l'interfaccia di amministrazione può cambiarlo per te, e come.",
    journeyIntro: {
      'can-i-upgrade': "Vediamo se l'interfaccia di amministrazione può cambiare il tuo piano automaticamente. Prima qualche domanda veloce.",
      'why-no-upgrade-tab': 'Cerchiamo cosa blocca il cambio automatico. Ti chiedo solo ciò che serve.',
      'walkthrough-auto': 'Ti guido nel cambio. Prima mi serve sapere qualcosa sul tuo abbonamento.',
      'walkthrough-manual': 'Ti guido nel cambio manuale. Prima qualche domanda sul tuo abbonamento.',
    },
    menuTitle: 'Cosa vuoi fare?',
    menu: {
      'can-i-upgrade': 'Posso cambiare piano?',
      'why-no-upgrade-tab': 'Perché non posso cambiare piano?',
      'walkthrough-auto': 'Guidami nel cambio',
      'walkthrough-manual': 'Passaggi per il cambio manuale',
      triage: 'Analizza il caso di un cliente',
      resume: 'Riprendi da dove mi ero fermato',
    },
    help: [
      "Verifico se l'interfaccia di amministrazione può cambiare automaticamente il tuo abbonamento Microsoft 365 in un altro piano, spiego cosa lo blocca e ti guido passo per passo.",
      'Parole che capisco in ogni momento:',
      '- **aiuto**: questo messaggio',
      '- **annulla** o **stop**: interrompo quello che stiamo facendo',
      '- **ricomincia**: torno al menu',
      '- **italiano** / **english**: cambio lingua',
      '- **dove ero**: ti ricordo a che punto sei',
      '- **i miei casi**: i casi cliente che hai creato',
      "- **caso** seguito dall'identificativo: apro un caso",
    ].join('\n'),
    cancelled: 'Va bene, mi sono fermato. Scrivi qualsiasi cosa per rivedere il menu.',
    cancelledCanResume:
      'Va bene, mi sono fermato. La procedura guidata è salvata: seleziona Riprendi, o scrivi "riprendi", per continuare.',
    startedOver: 'Ricominciamo da capo.',
    confirmStartOver: (stepNumber, total) =>
      `Ricominciando dimentico le tue risposte e la procedura guidata salvata al passaggio ${stepNumber} di ${total}. Ricomincio lo stesso?`,
    keptWalkthrough: 'Non ho dimenticato nulla: le tue risposte e i passaggi sono come prima.',
    languageSwitched: "D'ora in poi parlo italiano.",
    nothingToResume: 'Non c’è nulla da riprendere: non hai procedure guidate in corso.',
    whereWasI,
    reprompt: {
      notANumber: 'Scrivi un numero intero, per esempio 25.',
      negativeNumber: 'Un conteggio non può essere sotto zero: scrivi quanti sono, ad esempio 25.',
      notAPlan: 'Non ho riconosciuto il piano. Sceglilo dall’elenco o scrivine il nome, per esempio "Enterprise E3".',
      notYesNo: 'Rispondi sì o no.',
      notAChoice: 'Scegli uno dei pulsanti del riquadro.',
      notUnderstood: 'Scusa, non ho capito la risposta. Usa il riquadro o riscrivila.',
      notAnOption: (options) => `Scegli una di queste opzioni: ${options.join(', ')}.`,
      outOfRange: (min, max) =>
        max === undefined ? `Scrivi un numero non inferiore a ${min}.` : `Scrivi un numero tra ${min} e ${max}.`,
    },
    staleCard: 'Quel riquadro è di un passaggio precedente, quindi l’ho ignorato. Usa il riquadro più recente, oppure scrivi "dove eravamo".',
    invalidSubmit: 'Non sono riuscito a leggere la risposta. Usa i pulsanti del riquadro più recente.',
    buttons: {
      done: 'Fatto',
      back: 'Indietro',
      help: 'Aiuto',
      stopForNow: 'Fermati per ora',
      startWalkthrough: 'Avvia la procedura guidata',
      checkAgain: 'Verifica di nuovo',
      startOver: 'Ricomincia',
      open: 'Apri',
      submit: 'Invia',
      yes: 'Sì',
      no: 'No',
      dontKnow: 'Non lo so',
      greyedOut: 'È disattivato',
      startOverYes: 'Sì, ricomincia',
      keepSteps: 'No, tieni i passaggi',
      resume: 'Riprendi',
    },
    diagnosis: {
      title: "L'interfaccia di amministrazione può cambiare il tuo piano?",
      currentPlan: (planName) => `Piano attuale: ${planName}`,
      targetPlan: (planName) => `Piano desiderato: ${planName}`,
      reasonsTitle: 'Cosa lo impedisce',
      whatItMeans: 'Cosa significa',
      whatToDo: 'Cosa fare',
      source: (citation) => `Fonte: ${citation}`,
      targetsTitle: 'Piani raggiungibili automaticamente',
      noAutomaticTargets: "Qui l'interfaccia di amministrazione non propone alcun cambio automatico.",
      wantedRefusedTargetsTitle: "Il piano che vuoi non è tra questi; l'interfaccia di amministrazione propone invece",
      planRetired: (planName, year, evidence) =>
        evidence === 'notice'
          ? `${planName} è stato ritirato nel ${year}.`
          : `${planName} non è più nel riferimento delle licenze di Microsoft (${year}).`,
      replacedBy: (planNames) => `Sostituito da: ${planNames.join(', ')}.`,
      undecidedTitle: 'Non stabilito da nessuna fonte',
      moreWarnings: (count) => (count === 1 ? "Un'altra cosa da sapere" : `Altre ${count} cose da sapere`),
      sourcesTitle: 'Fonti',
      warningsTitle: 'Buono a sapersi',
      stillUnknown: (labels) => `Alcune risposte potrebbero ancora cambiare questo risultato: ${labels.join(', ')}.`,
      allClear: 'Nulla blocca il cambio.',
      nothingKnownBlocks: 'Nulla di quello che mi hai detto blocca il cambio, ma le risposte che mancano potrebbero farlo.',
      placeTitle: "Dove, nell'interfaccia di amministrazione",
      placeFor: (kind, trail) =>
        kind === 'mosa' ? `Account MOSA: ${trail}` : kind === 'mca' ? `Account MCA: ${trail}` : `Prima acquista il nuovo piano: ${trail}`,
      useButtons: 'Scegli uno dei pulsanti del riquadro, oppure scrivi "ricomincia".',
      needPlan: `Il piano attuale è l'unica risposta che mi serve. Lo trovi in **${place['billing-your-products']}**: ogni abbonamento lì porta il nome del suo piano. Quando ce l'hai, scrivilo e basta, per esempio "siamo su Business Standard".`,
      servicesTitle: (fromPlan, toPlan) => `Cosa cambia da ${fromPlan} a ${toPlan}`,
      servicesLost: (names) => `I tuoi utenti perderebbero: ${names.join(', ')}.`,
      servicesGained: (names) => `Otterrebbero: ${names.join(', ')}.`,
      servicesSame: 'I due piani includono gli stessi servizi.',
      wouldLose: (names) => `Toglierebbe: ${names.join(', ')}.`,
      termTitle: 'Cosa cambia per la durata e la fattura',
      yourTerm: (term) => `La tua durata: ${term}.`,
      termEffects: {
        'billing-switches-on-completion': `Il giorno in cui il cambio termina, la fatturazione del vecchio abbonamento si ferma e quella del nuovo parte; a seconda del nuovo piano puoi ricevere un credito proporzionale, in una fattura entro ${LIMITS.newInvoiceDays.value} giorni.`,
        'mca-choose-when-and-term': 'Nella pagina del cambio scegli quando avviene (subito o programmato, per esempio al rinnovo), il numero di licenze, la durata e la frequenza di fatturazione; una nuova durata o frequenza vale dal rinnovo. Una modifica programmata da un rappresentante Microsoft lo blocca finché non avviene o non viene annullata.',
        'partner-upgrade-keeps-term': `Il cambio lo fa il partner. Le indicazioni pubblicate dai partner per il nuovo commercio (non di Microsoft): un aggiornamento verso un nuovo abbonamento conserva durata, frequenza di fatturazione e data di fine al prezzo di oggi; non si può annullare, e la finestra di ${LIMITS.mcaRefundDays.value} giorni non vale per gli aggiornamenti.`,
        'smaller-plan-at-renewal': `Il piano che vuoi ha meno servizi. Con un impegno annuale o triennale, le licenze del vecchio piano si possono togliere solo entro ${LIMITS.mcaLicenseReductionDays.value} giorni dall'acquisto o dal rinnovo (MCA); dopo, una riduzione aspetta il rinnovo, quindi il vecchio piano si paga fino alla fine. I partner dicono lo stesso del nuovo commercio: si scende solo al rinnovo. Programma il cambio per la data di rinnovo.`,
        'smaller-plan-monthly': `Il piano che vuoi ha meno servizi. Con un impegno mensile una riduzione del vecchio piano aspetta al massimo il rinnovo del mese successivo (con MCA, dopo i primi ${LIMITS.mcaLicenseReductionDays.value} giorni), quindi se ne paga poco dopo il cambio.`,
        'old-plan-cancel-window': `Annullare poi il vecchio piano: con MCA un rimborso proporzionale arriva solo entro ${LIMITS.mcaRefundDays.value} giorni dall'inizio o dal rinnovo, altrimenti disattiva la fatturazione ricorrente e resta attivo fino alla fine del periodo (un impegno annuale pagato mensilmente continua a essere addebitato); con MOSA ricevi un credito proporzionale.`,
      },
    },
    walkthrough: {
      stepOfTotal: (stepNumber, total) => `Passaggio ${stepNumber} di ${total}`,
      lastStepNote: {
        'upgrade-tab': `Di solito il cambio richiede pochi minuti, fino a ${LIMITS.planChangeMaxMinutes.value}. Se dopo ${LIMITS.contactSupportAfterMinutes.value} minuti risulta ancora in corso, contatta il supporto Microsoft.`,
        'resolve-then-upgrade-tab': `Tolto il blocco, il cambio di solito richiede pochi minuti, fino a ${LIMITS.planChangeMaxMinutes.value}; se dopo ${LIMITS.contactSupportAfterMinutes.value} minuti è ancora in corso, contatta il supporto Microsoft.`,
        manual:
          "Verifica che alcuni utenti accedano e usino il nuovo piano. Se una licenza o l'annullamento non vanno a buon fine, contatta il supporto Microsoft.",
        'contact-partner': 'Il partner o il rappresentante del tuo account confermerà quando il cambio è fatto.',
      },
      stepDone: 'Fatto',
      stepWentBack: 'Tornato indietro',
      stepStopped: 'Fermato qui',
      before: 'Com’era prima',
      finished: (kind) =>
        kind === 'upgrade-tab'
          ? "Era l'ultimo passaggio: il cambio è avviato. Gli utenti passano al nuovo piano appena termina."
          : "Era l'ultimo passaggio: tutti sono sul nuovo piano e il vecchio abbonamento è annullato.",
      stopped: (stepNumber, total) =>
        `Fermato al passaggio ${stepNumber} di ${total}. Seleziona Riprendi, o scrivi "riprendi", per continuare da lì.`,
      alreadyFirst: 'Questo è già il primo passaggio.',
      useButtons: 'Usa i pulsanti del passaggio (Fatto, Indietro, Aiuto, Fermati per ora), oppure scrivi fatto o indietro.',
      warningsTitle: 'Attenzione',
      source: (citation) => `Fonte: ${citation}`,
      linkUnavailable: (stepNumber, total) =>
        `Allora per ora qualcosa blocca il cambio automatico. I passaggi restano salvati al ${stepNumber} di ${total} ("riprendi" li riporta); prima cerchiamo cosa lo blocca.`,
      labelsInEnglish:
        "Le voci in inglese sono quelle della documentazione Microsoft: nessuna pagina Microsoft in italiano ne dà la traduzione, quindi nell'interfaccia in italiano potresti trovarle con altre parole.",
    },
    triage: {
      requiredHint: 'Scegli il piano attuale.',
      notKnown: 'Non noto',
    },
    history: {
      title: 'Nel 2020: la scheda Aggiornamento',
      intro: "Così la guida Microsoft del 2020 descriveva il cambio. L'interfaccia di amministrazione di oggi è diversa: segui i passaggi che ti do per oggi.",
    },
    summary: {
      heading: 'Riepilogo caso di Upgrade Assistant',
      caseId: 'Caso',
      agent: 'Operatore',
      created: 'Creato',
      path: 'Esito',
      reasons: 'Blocchi',
      targets: 'Piani automatici',
      warnings: 'Avvertenze',
      facts: 'Risposte',
      unknownFacts: 'Da chiedere',
      none: 'nessuno',
    },
    planPickerPlaceholder: 'Scegli un piano',
    numberPlaceholder: 'Scrivi un numero',
    automaticTargetMark: '(automatico)',
    retiredPlanMark: '(ritirato)',
    olderPlansHint: 'Hai un piano più vecchio, come Office 365 E4 o Small Business? Scrivine il nome.',
    turnFailed: (failure) =>
      ({
        save: 'Non sono riuscito a salvare questo passaggio, quindi non l\'ho registrato. Non si è perso nulla: siamo dove eravamo prima del tuo ultimo messaggio. Rimandalo tra un momento.',
        conflict: 'Questo messaggio si è incrociato con un altro di questa conversazione, che ho salvato per primo. Non si è perso nulla: rimandalo.',
        error:
          'Qualcosa è andato storto da parte mia con quel messaggio, quindi non l\'ho registrato. Non si è perso nulla: le tue risposte e i progressi della procedura sono come prima. Rimandalo, oppure scrivi "dove eravamo".',
        'stack-reset':
          'Qualcosa è andato di nuovo storto da parte mia, quindi ho chiuso la domanda su cui eravamo. Non si è perso nulla: risposte, casi e progressi della procedura sono conservati. Scrivi "riprendi" o "dove eravamo" per continuare.',
      })[failure],
  },
  desk: itDesk,
  answers: itAnswers,
  tenant: itTenant,
  intake: itIntake,
};
