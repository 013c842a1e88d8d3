import { adminCenterNames } from './admin-center.js';
import type { IntakeMessages } from './intake-messages.js';

const place = adminCenterNames('it');

export const itIntake: IntakeMessages = {
  questionsLeft: (count) => (count === 1 ? 'Questa è l’ultima domanda.' : `Circa ${count} domande ancora, compresa questa.`),
  checklist: {
    title: 'Qualcuna di queste cose vale per l’abbonamento?',
    intro: 'Spunta quelle che valgono e seleziona Invia. Non ne vale nessuna? Seleziona Nessuna di queste.',
    statements: {
      customDomain: 'Usi un tuo nome di dominio (come contoso.com) con l’abbonamento',
      legacySmallBusiness: 'È un piano Small Business più vecchio, acquistato prima del suo aggiornamento del servizio',
      notCurrentlyEligible: 'L’interfaccia di amministrazione dice che al momento non è idoneo al cambio di piano',
      governmentOrNonprofit: 'È un piano per enti pubblici o non profit',
      trial: 'È una versione di prova',
      moreUsersThanLicenses: 'Ci sono più licenze assegnate agli utenti di quante ne sono state acquistate',
      hasAddOn: 'Ha un componente aggiuntivo',
      multipleSubscriptionsSameProduct: 'Hai due o più abbonamenti dello stesso prodotto',
      unpaidBalance: 'C’è un saldo non pagato o scaduto',
      creditCheckPending: 'È ancora in corso una verifica del credito per il pagamento con fattura',
      planChangeInProgress: 'È già in corso un altro cambio di piano sull’abbonamento',
      serviceHealthIssue: `${place['service-health']} mostra un problema aperto`,
      provisioningIncomplete: 'È ancora in fase di configurazione (alcuni servizi non sono pronti)',
    },
    send: 'Invia',
    none: 'Nessuna di queste',
    notSure: 'Non sono sicuro',
    whereToLook: 'Dove controllare',
    whichOnes: 'Quali? Spuntale nel riquadro, oppure scrivile, ad esempio "è una versione di prova".',
  },
  choices: {
    title: 'Qualche informazione sull’abbonamento',
    intro: 'Rispondi a ciò che sai e seleziona Invia: quello che lasci vuoto te lo richiedo solo se serve ancora.',
    send: 'Invia',
    pickOne: 'Scegli almeno una risposta nel riquadro ("Non lo so" vale), poi seleziona Invia.',
  },
  noted: (facts) => `Preso nota: ${facts.join('; ')}.`,
  assumedPlan: (typed, taken, alternative) => `Ho inteso ${typed} come ${taken}: se è ${alternative}, dimmelo e basta.`,
  keptFacts: (facts) => `Riparto da quello che mi avevi detto: ${facts.join('; ')}. Scrivi "ricomincia" per partire da zero.`,
  othersDoNotApply: 'Le altre voci dell’elenco non valgono.',
  conflict: {
    title: 'Prima avevi detto un’altra cosa. Qual è giusta?',
    line: (label, before, now) => `${label}: prima ${before}, ora ${now}.`,
    useNew: 'Usa la nuova risposta',
    keepBefore: 'Tieni quella di prima',
    keptBefore: 'Ho tenuto la risposta di prima.',
  },
  pageSays: {
    title: 'Cosa dice l’interfaccia di amministrazione?',
    intro: `Quando non può cambiare il piano automaticamente, ${place['view-upgrades']} è disattivato e la pagina dice perché. Scegli il messaggio che vedi, oppure incollalo qui.`,
    messages: {
      'more-users-than-licenses': 'Più utenti che licenze',
      'not-set-up-or-unavailable': 'L’abbonamento non è configurato del tutto, oppure il servizio non è disponibile',
      'plan-change-or-credit-check': 'È in corso un altro cambio di piano, oppure una verifica del credito',
      'not-currently-eligible': 'L’abbonamento al momento non è idoneo',
      'two-plans-same-product': 'Due o più piani dello stesso prodotto',
      'government-or-nonprofit': 'Un piano per enti pubblici o non profit',
      'target-not-supported': 'Il piano che vuoi non è un’opzione supportata',
      'has-add-on': 'L’abbonamento ha un componente aggiuntivo',
      'unpaid-balance': 'Un saldo non pagato sulla fattura',
      'different-problem': 'Altro, oppure nessun messaggio',
      'prepaid-plan': 'Un piano prepagato (lo mostrava la scheda Aggiornamento del 2020)',
      'temporary-issue': 'Un problema temporaneo dell’abbonamento (lo mostrava la scheda Aggiornamento del 2020)',
    },
    sourceNote: 'L’elenco dei messaggi è quello di Microsoft, dalla sua pagina sul cambio di piano (in inglese).',
    recognised: (message) => `È il messaggio dell’interfaccia di amministrazione «${message}».`,
  },
  whatIf: {
    supposing: (changes) => `E se: ${changes.join('; ')}`,
    notKept: 'È solo un’ipotesi: le tue risposte non cambiano. Scrivi il dato senza "e se" per tenerlo.',
  },
  nothingToRecheck:
    'Niente in questo risultato può cambiare sistemando qualcosa o aspettando, quindi non c’è nulla da richiedere. Scrivi un dato che è cambiato (ad esempio "ora abbiamo 250 utenti") per vederne l’effetto.',
  recheckAsks: (labels) => `Ricontrolliamo. Ti chiederò solo ciò che può essere cambiato: ${labels.join(', ')}.`,
  updated: (facts) => `Aggiornato: ${facts.join('; ')}. Ecco il risultato.`,
};
