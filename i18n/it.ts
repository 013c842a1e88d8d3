import { adminCenterNames } from './admin-center.js';
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
    'small-business': 'Small Business',
    midsize: 'Azienda di medie dimensioni',
    enterprise: 'Enterprise',
    education: 'Education',
    standalone: 'Servizi autonomi',
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
      title: 'Nessun aggiornamento automatico da questo piano',
      meaning: 'Dal piano attuale la scheda Aggiornamento non porta a nessun altro piano.',
      remedy: 'Cambia piano a mano: acquista il nuovo, sposta le licenze e annulla il vecchio. Posso guidarti passo per passo.',
    },
    'target-not-eligible': {
      title: 'Il piano scelto non è un aggiornamento automatico',
      meaning: 'La scheda Aggiornamento propone solo alcuni piani a partire dal tuo, e quello scelto non è tra questi.',
      remedy: 'Scegli uno dei piani proposti dalla scheda Aggiornamento, oppure passa a quello desiderato a mano.',
    },
    'wizard-user-limit': {
      title: 'Troppi utenti per il cambio automatico',
      meaning: 'Il cambio automatico gestisce solo abbonamenti fino a 300 utenti.',
      remedy: 'Cambia piano a mano: acquista il nuovo, riassegna le licenze a gruppi o con PowerShell, poi annulla il vecchio.',
    },
    'prepaid-plan': {
      title: 'Pagato con scheda prepagata o codice Product Key',
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
      title: 'Small Business di vecchia generazione con più di 25 utenti',
      meaning:
        "I piani Small Business acquistati prima dell'aggiornamento del servizio non si possono cambiare con più di 25 utenti, il limite della versione nuova.",
      remedy: 'Cambia piano a mano, oppure chiedi al supporto Microsoft quale soluzione è adatta alla tua organizzazione.',
    },
    'government-or-nonprofit': {
      title: 'Abbonamento per enti pubblici o non profit',
      meaning: 'Le offerte per enti pubblici e non profit spesso non hanno un percorso automatico verso altri piani.',
      remedy: 'Cambia piano a mano, oppure chiedi al supporto Microsoft quali piani consente la tua offerta.',
    },
    'role-not-permitted': {
      title: 'Il tuo ruolo non permette di cambiare piano',
      meaning: 'Solo un amministratore globale o un amministratore della fatturazione può aggiornare un abbonamento.',
      remedy: 'Chiedi a un amministratore globale o della fatturazione di fare l’aggiornamento, o di assegnarti uno di questi ruoli.',
    },
    'trial-subscription': {
      title: 'È una versione di valutazione',
      meaning: 'Una versione di valutazione non si può aggiornare direttamente a un altro piano a pagamento.',
      remedy: 'Acquista prima il piano che stai provando, poi aggiorna l’abbonamento a pagamento.',
    },
    'license-conflict': {
      title: 'Più licenze assegnate di quelle acquistate',
      meaning: "Alcuni utenti hanno licenze non coperte dall'abbonamento, e questo blocca l'aggiornamento.",
      remedy: 'Acquista le licenze mancanti oppure toglile agli utenti finché i due numeri coincidono.',
    },
    'multiple-subscriptions-same-product': {
      title: 'Due abbonamenti allo stesso prodotto',
      meaning: 'Con più abbonamenti allo stesso prodotto, la scheda Aggiornamento non sa quale aggiornare.',
      remedy: 'Sposta tutti gli utenti su uno dei due, annulla l’altro, poi aggiorna.',
    },
    'unpaid-balance': {
      title: 'Saldo non pagato',
      meaning: 'Un saldo scaduto sull’account blocca i nuovi acquisti, aggiornamenti compresi.',
      remedy: `Salda l'importo in ${place['bills-payments']} con ${place['pay-now']}, poi riprova.`,
    },
    'credit-check-pending': {
      title: 'Verifica del credito in corso',
      meaning: 'Microsoft sta ancora verificando il credito per un pagamento con fattura; fino ad allora il piano non si cambia.',
      remedy: 'Attendi la fine della verifica, di solito entro due giorni lavorativi, poi riprova.',
    },
    'plan-change-in-progress': {
      title: 'È già in corso un altro cambio di piano',
      meaning: 'Un cambio precedente su questo abbonamento non è ancora terminato.',
      remedy: 'Attendi che finisca e nel frattempo non riassegnare le licenze.',
    },
    'service-health-issue': {
      title: 'Un servizio ha un problema di integrità',
      meaning: "Finché un servizio è ridotto, l'aggiornamento resta in sospeso.",
      remedy: `Controlla ${place['service-health']} e riprova quando il problema è risolto.`,
    },
    'provisioning-incomplete': {
      title: "La configurazione dell'abbonamento non è finita",
      meaning: "Alcuni servizi dell'abbonamento attuale sono ancora in fase di configurazione (provisioning).",
      remedy: 'Attendi che la configurazione termini, poi riprova.',
    },
  },

  warnings: {
    'admin-downtime':
      "Durante il cambio gli amministratori non possono usare l'interfaccia di amministrazione di Microsoft 365. Può durare da minuti a ore secondo il numero di utenti: scegli un momento tranquillo.",
    'users-keep-access': 'Gli utenti continuano a lavorare con il piano attuale durante il cambio e ricevono il nuovo piano alla fine.',
    'do-not-reassign-during-switch':
      'Non riassegnare le licenze utente mentre il cambio è in corso: potrebbe impedirne il completamento.',
    'billing-switchover':
      "La fatturazione del vecchio abbonamento si ferma quando effettui l'ordine; quella del nuovo parte quando il cambio è completato.",
    'cannot-remove-licenses-during-upgrade':
      "Durante l'aggiornamento puoi aggiungere licenze ma non toglierle. Riduci il numero prima o dopo.",
    'add-ons-included-are-removed': "I componenti aggiuntivi già inclusi nel nuovo piano vengono tolti dall'ordine.",
    'invoice-credit-check':
      'Il pagamento con fattura, o un ordine importante, può richiedere una verifica del credito che aggiunge fino a due giorni lavorativi.',
    'cross-family-no-return': "Dopo il passaggio a un piano di un'altra famiglia non potrai tornare al vecchio piano.",
    'backup-before-cross-family': "Passi a un'altra famiglia di piani: fai il backup dei dati aziendali prima di iniziare.",
    'custom-domain-downtime':
      'Il dominio personalizzato va rimosso e aggiunto di nuovo: posta e servizi su quel dominio resteranno fermi per un po’.',
    'public-website-domain-first':
      'Se il sito web pubblico deve usare un altro dominio personalizzato, cambialo prima del passaggio; dopo richiede lavoro in più.',
    'typical-duration':
      'Di solito il cambio richiede meno di dieci minuti. Se dopo un’ora risulta ancora in corso, contatta il supporto Microsoft.',
    'e4-to-e3-loses-features':
      "Un piano E3 non include tutto ciò che aveva E4 (per esempio le funzioni vocali e di conferenza). Verifica prima cosa usano gli utenti.",
    'bulk-reassign-with-powershell':
      'Con più di 20 utenti, riassegna le licenze con Microsoft Graph PowerShell (Set-MgUserLicense) o con le licenze basate sui gruppi, invece di 20 alla volta.',
  },

  steps: {
    'open-your-products': {
      title: 'Apri i tuoi prodotti',
      help: "Accedi ad admin.microsoft.com con un account di amministratore globale o della fatturazione. Se nel menu a sinistra manca Fatturazione, seleziona Mostra tutto.",
      instructions: () => [`Nell'interfaccia di amministrazione di Microsoft 365 vai a **${place['billing-your-products']}**.`],
    },
    'select-subscription': {
      title: "Seleziona l'abbonamento",
      help: "Elenco lungo? Usa la casella di ricerca o i filtri sopra l'elenco per trovare l'abbonamento.",
      instructions: (input) => [`Nell'elenco seleziona **${current(input)}** per aprire la pagina dei dettagli.`],
    },
    'open-upgrade-tab': {
      title: 'Apri la scheda Aggiornamento',
      help: "Nessuna scheda Aggiornamento, o un messaggio al posto dei piani? Scegli \"Perché non vedo la scheda Aggiornamento?\" nel menu e cerchiamo insieme il motivo.",
      instructions: () => [
        `Nella pagina dei dettagli seleziona la scheda **${place['upgrade-tab']}**.`,
        "I piani elencati lì si raggiungono automaticamente. Se invece compare un messaggio, spiega cosa blocca l'aggiornamento: dimmelo e ti aiuto.",
      ],
    },
    'choose-target': {
      title: 'Scegli il nuovo piano',
      help: "Il piano che vuoi non compare? Dal tuo non si raggiunge automaticamente: ci arrivi con i passaggi manuali.",
      instructions: (input) => [`Trova **${target(input)}** e seleziona **${place['upgrade-button']}** accanto.`],
    },
    'review-cart': {
      title: 'Controlla il carrello',
      help: "Ti servono meno licenze? Riducile prima o dopo l'aggiornamento: nel carrello puoi solo aggiungerne.",
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
      help: "Non viene ancora addebitato nulla: nella pagina successiva rivedi tutto l'ordine prima di effettuarlo.",
      instructions: () => [`Quando il carrello è corretto, seleziona **${place['go-to-checkout']}**.`],
    },
    'review-checkout': {
      title: "Controlla i dati dell'ordine",
      help: "Il pagamento con fattura è proposto solo per ordini sopra un certo importo; sotto, paga con carta.",
      instructions: () => [
        `Nella pagina **${place.checkout}** controlla **Venduto a**, **Fatturato a** e gli elementi dell'ordine.`,
        'Seleziona **Modifica** accanto a una voce per correggerla.',
        "Il pagamento con fattura può richiedere una verifica del credito che ritarda l'aggiornamento fino a due giorni lavorativi.",
      ],
    },
    'place-order': {
      title: "Effettua l'ordine",
      help: "Dopo aver effettuato l'ordine non riprovare e non ordinare di nuovo: l'interfaccia di amministrazione resta bloccata fino alla fine dell'aggiornamento.",
      instructions: () => [
        `Seleziona **${place['place-order']}**.`,
        "Da qui alla fine dell'aggiornamento gli amministratori non possono usare l'interfaccia di amministrazione; gli utenti continuano a lavorare.",
      ],
    },
    'check-status': {
      title: 'Controlla lo stato',
      help: "Ancora in corso dopo un'ora? Contatta il supporto Microsoft indicando l'ordine effettuato.",
      instructions: (input) => [
        `Torna a **${place['billing-your-products']}** e apri ${current(input)} oppure ${target(input)} per vedere a che punto è l'aggiornamento.`,
      ],
    },
    'backup-data': {
      title: 'Fai il backup dei dati',
      help: "Usa i tuoi soliti strumenti di backup. Esporta ora ciò che potrebbe servirti: non si torna al vecchio piano.",
      instructions: () => [
        "Stai passando a un'altra famiglia di piani e non potrai tornare al vecchio piano.",
        'Fai il backup dei dati aziendali importanti (cassette postali, file, siti) prima di proseguire.',
      ],
    },
    'buy-subscription': {
      title: 'Acquista il nuovo abbonamento',
      help: "Acquista almeno tante licenze quanti sono gli utenti da spostare. Con il pagamento con fattura, la verifica del credito può bloccare l'abbonamento fino a due giorni lavorativi.",
      instructions: (input) => [
        `Vai a **${place['purchase-services']}** e acquista **${target(input)}**` +
          (input.expectedLicenses === undefined ? '.' : ` con ${input.expectedLicenses} licenze.`),
        'Se lo hai già, passa al passaggio successivo.',
      ],
    },
    'verify-licenses': {
      title: 'Controlla le nuove licenze',
      help: "Non ancora Attivo? I servizi sono ancora in configurazione: attendi e ricontrolla prima di spostare qualcuno.",
      instructions: (input) => [
        `Vai a **${place['billing-your-products']}** e filtra per **${place['subscription-status-active']}**.`,
        input.expectedLicenses === undefined
          ? `Verifica che **${target(input)}** compaia con tante licenze quante ne ha ${current(input)}.`
          : `Verifica che **${target(input)}** compaia con ${input.expectedLicenses} licenze, quante ne ha ${current(input)}.`,
        'Se non compare ancora, riprova più tardi (la verifica del credito per il pagamento con fattura può richiedere fino a due giorni lavorativi). Se le licenze non bastano, acquistane altre prima.',
      ],
    },
    'reassign-licenses': {
      title: 'Sposta gli utenti sulle nuove licenze',
      help: "Un utente si sposta solo se c'è una licenza libera del nuovo piano: se finiscono, acquistane altre prima.",
      instructions: (input) => {
        const batch = input.usersPerBatch ?? 20;
        const lines = [
          `In **${place['users-active-users']}** seleziona fino a ${batch} utenti alla volta e apri la gestione delle licenze dei prodotti.`,
          `Attiva **${target(input)}**, disattiva ${current(input)} e salva. Ripeti finché tutti sono stati spostati.`,
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
      help: "Annullare troppo presto lascia senza servizio chi è ancora sul vecchio piano: controlla prima Utenti > Utenti attivi.",
      instructions: (input) => [
        'Solo quando ogni utente ha una licenza del nuovo piano:',
        `In **${place['billing-your-products']}** seleziona ${current(input)} e scegli **${place['cancel-subscription']}**.`,
      ],
    },
  },

  paths: {
    'upgrade-tab': "Buone notizie: puoi cambiare piano da solo con la scheda Aggiornamento dell'interfaccia di amministrazione.",
    'resolve-then-upgrade-tab': 'La scheda Aggiornamento funzionerà, ma prima qualcosa va sistemato o deve terminare.',
    manual: 'La scheda Aggiornamento non può fare questo cambio: devi cambiare piano a mano.',
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
      help: `È indicato in ${place.licenses}.`,
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
      help: 'Gli abbonamenti Small Business più vecchi precedono il limite di 25 utenti della versione attuale.',
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
      question: "È un'offerta per enti pubblici o non profit?",
      help: 'Queste offerte hanno regole proprie sui piani.',
    },
  },

  choices: {
    adminRole: {
      'global-admin': 'Amministratore globale',
      'billing-admin': 'Amministratore fatturazione',
      other: 'Un altro ruolo',
    },
    purchaseChannel: {
      'direct-card': 'Da Microsoft, con carta',
      'direct-invoice': 'Da Microsoft, con fattura',
      partner: 'Tramite un partner',
      'volume-licensing': 'Contratto multilicenza (Volume Licensing)',
      'prepaid-key': 'Scheda prepagata o Product Key',
    },
  },

  sources: {
    '000': "Documentazione Microsoft: Eseguire l'aggiornamento da un abbonamento a Office 365 E4 (2020)",
    '002': 'Documentazione Microsoft: Modificare il piano o la sottoscrizione di Office 365 (2013)',
    MSD: 'Documentazione Microsoft 365: Passare a un piano diverso (attuale)',
  },

  notes: {
    'credit-check-two-weeks-2013':
      'La guida del 2013 indicava fino a due settimane per la verifica del credito; oggi sono fino a due giorni lavorativi.',
    'switch-plans-wizard-2013':
      'Nel 2013 si usava la procedura guidata Cambia piano in Amministratore > Licenze; oggi la scheda Aggiornamento.',
    'switch-plans-status-page-2013':
      'Nel 2013 la procedura mostrava una pagina di stato fino alla fine del cambio; oggi si controlla il vecchio o il nuovo abbonamento.',
    'admin-role-2013':
      "Nel 2013 poteva cambiare piano solo l'amministratore globale (qualsiasi amministratore su Small Business); oggi anche l'amministratore della fatturazione.",
    'service-health-location-2013':
      "Nel 2013 l'integrità dei servizi era in Amministratore > Office 365 > Supporto; oggi in Integrità > Integrità dei servizi.",
    'reduce-licenses-via-support-2013':
      "Nel 2013 per ridurre le licenze bisognava chiamare il supporto; oggi puoi farlo da solo prima o dopo l'aggiornamento.",
    'manual-switch-via-support-2013': 'Nel 2013 il cambio manuale passava dal supporto; oggi i passaggi li fai tu.',
    'office-365-powershell-retired':
      'Il vecchio modulo Office 365 PowerShell è stato ritirato: usa Microsoft Graph PowerShell.',
  },

  ui: {
    welcome:
      "Ciao! Aiuto gli amministratori di Microsoft 365 a passare un abbonamento Office 365 a un altro piano. Ti dico se la scheda Aggiornamento funzionerà, perché potrebbe non funzionare, e ti guido nel cambio.",
    journeyIntro: {
      'can-i-upgrade': 'Vediamo se la scheda Aggiornamento può cambiare il tuo piano. Prima qualche domanda veloce.',
      'why-no-upgrade-tab': 'Cerchiamo cosa nasconde o blocca la scheda Aggiornamento. Ti chiedo solo ciò che serve.',
      'walkthrough-auto': "Ti guido nell'aggiornamento. Prima mi serve sapere qualcosa sul tuo abbonamento.",
      'walkthrough-manual': 'Ti guido nel cambio manuale. Prima qualche domanda sul tuo abbonamento.',
    },
    notUnderstoodHere: 'Non ho capito. Ecco cosa posso fare:',
    menuTitle: 'Cosa vuoi fare?',
    menu: {
      'can-i-upgrade': 'Posso aggiornare?',
      'why-no-upgrade-tab': 'Perché non vedo la scheda Aggiornamento?',
      'walkthrough-auto': "Guidami nell'aggiornamento",
      'walkthrough-manual': 'Passaggi per il cambio manuale',
      triage: 'Analizza il caso di un cliente',
      resume: 'Riprendi da dove mi ero fermato',
    },
    help: [
      "Verifico se il tuo abbonamento Office 365 può passare a un altro piano con la scheda Aggiornamento, spiego cosa lo blocca e ti guido passo per passo.",
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
      'Va bene, mi sono fermato. La procedura guidata è salvata: scegli "Riprendi da dove mi ero fermato" nel menu per continuare.',
    startedOver: 'Ricominciamo da capo.',
    languageSwitched: "D'ora in poi parlo italiano.",
    nothingToResume: 'Non c’è nulla da riprendere: non hai procedure guidate in corso.',
    whereWasI,
    reprompt: {
      notANumber: 'Scrivi un numero intero, per esempio 25.',
      notAPlan: 'Non ho riconosciuto il piano. Sceglilo dall’elenco o scrivine il nome, per esempio "Enterprise E3".',
      notYesNo: 'Rispondi sì o no.',
      notAChoice: 'Scegli uno dei pulsanti della scheda.',
      notUnderstood: 'Scusa, non ho capito la risposta. Usa la scheda o riscrivila.',
      notAnOption: (options) => `Scegli una di queste opzioni: ${options.join(', ')}.`,
      outOfRange: (min, max) =>
        max === undefined ? `Scrivi un numero non inferiore a ${min}.` : `Scrivi un numero tra ${min} e ${max}.`,
    },
    staleCard: 'Quella scheda è di un passaggio precedente, quindi l’ho ignorata. Usa la scheda più recente, oppure scrivi "dove ero".',
    invalidSubmit: 'Non sono riuscito a leggere la risposta. Usa i pulsanti della scheda più recente.',
    somethingWentWrong: 'Mi dispiace, qualcosa è andato storto da parte mia. Riprova, oppure scrivi "ricomincia".',
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
    },
    diagnosis: {
      title: 'Puoi usare la scheda Aggiornamento?',
      currentPlan: (planName) => `Piano attuale: ${planName}`,
      targetPlan: (planName) => `Piano desiderato: ${planName}`,
      reasonsTitle: 'Cosa lo impedisce',
      whatItMeans: 'Cosa significa',
      whatToDo: 'Cosa fare',
      source: (citation) => `Fonte: ${citation}`,
      targetsTitle: 'Piani raggiungibili con la scheda Aggiornamento',
      noAutomaticTargets: 'La scheda Aggiornamento non propone alcun piano per questo cambio.',
      warningsTitle: 'Buono a sapersi',
      stillUnknown: (labels) => `Alcune risposte potrebbero ancora cambiare questo risultato: ${labels.join(', ')}.`,
      allClear: "Nulla blocca l'aggiornamento.",
      useButtons: 'Scegli uno dei pulsanti della scheda, oppure scrivi "ricomincia".',
      needPlan: 'Senza il piano attuale non posso verificare nulla. Torna quando lo conosci.',
      recheckIntro: 'Verifichiamo di nuovo. Ti chiedo solo ciò che potrebbe essere cambiato.',
    },
    walkthrough: {
      stepOfTotal: (stepNumber, total) => `Passaggio ${stepNumber} di ${total}`,
      lastStepNote: {
        'upgrade-tab':
          "Di solito l'aggiornamento termina entro dieci minuti. Se dopo un'ora risulta ancora in corso, contatta il supporto Microsoft.",
        'resolve-then-upgrade-tab':
          "Risolto il blocco, l'aggiornamento di solito termina entro dieci minuti; se dopo un'ora è ancora in corso, contatta il supporto Microsoft.",
        manual:
          "Verifica che alcuni utenti accedano e usino il nuovo piano. Se una licenza o l'annullamento non vanno a buon fine, contatta il supporto Microsoft.",
        'contact-partner': 'Il partner o il rappresentante del tuo account confermerà quando il cambio è fatto.',
      },
      stepDone: 'Fatto',
      stepWentBack: 'Tornato indietro',
      finished: (kind) =>
        kind === 'upgrade-tab'
          ? "Era l'ultimo passaggio: l'aggiornamento è avviato. Gli utenti passano al nuovo piano appena termina."
          : "Era l'ultimo passaggio: tutti sono sul nuovo piano e il vecchio abbonamento è annullato.",
      stopped: (stepNumber, total) =>
        `Fermato al passaggio ${stepNumber} di ${total}. Scegli "Riprendi da dove mi ero fermato" nel menu, o scrivi "riprendi", per continuare da lì.`,
      alreadyFirst: 'Questo è già il primo passaggio.',
      useButtons: 'Usa i pulsanti del passaggio (Fatto, Indietro, Aiuto, Fermati per ora), oppure scrivi fatto o indietro.',
      warningsTitle: 'Attenzione',
      source: (citation) => `Fonte: ${citation}`,
    },
    triage: {
      formTitle: 'Nuovo caso cliente',
      formIntro: 'Inserisci ciò che ti ha detto il cliente. Serve solo il piano attuale; lascia vuoto il resto se non lo sai.',
      requiredHint: 'Scegli il piano attuale.',
      notKnown: 'Non noto',
      caseTitle: (caseId) => `Caso ${caseId}`,
      caseCreated: (caseId) => `Caso ${caseId} salvato. Scrivi "caso ${caseId}" per riaprirlo.`,
      caseNotFound: (caseId) => `Non ho trovato nessun caso con identificativo ${caseId}.`,
      myCasesTitle: 'I tuoi casi',
      myCasesEmpty: 'Non hai ancora casi. Scegli "Analizza il caso di un cliente" per crearne uno.',
      caseListLine: (caseId, planName, created) => `${caseId}: ${planName} (${created})`,
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
    automaticTargetMark: '(scheda Aggiornamento)',
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
};
