import { LIMITS, type QuestionTopicId } from '../domain/index.js';
import { adminCenterNames } from './admin-center.js';
import type { AnswerMessages } from './answer-messages.js';

const place = adminCenterNames('it');
const hour = LIMITS.planChangeMaxMinutes.value;

export const itAnswers: AnswerMessages = {
  // The topic itself, capitalized: "Su" before an article would have to merge with it ("sulla", "sui").
  title: (question) => `${question.charAt(0).toUpperCase()}${question.slice(1)}`,
  backTo: (where) => `Torniamo a dove eravamo: ${where}`,
  pendingCard: (activity) => {
    switch (activity.kind) {
      case 'questions':
        return 'il riquadro con la domanda qui sopra aspetta ancora la tua risposta.';
      case 'diagnosis':
        return 'il risultato qui sopra; i suoi pulsanti funzionano ancora.';
      case 'walkthrough':
        return `il passaggio ${activity.stepIndex + 1} di ${activity.total} qui sopra («${activity.stepTitle}»); i suoi pulsanti funzionano ancora.`;
      case 'triage':
        return 'il modulo del caso qui sopra.';
      case 'nothing':
        return 'non c’era nulla in sospeso: scegli dal menu cosa fare.';
    }
  },
  notUnderstood:
    'Non ho capito. Posso verificare se il tuo piano si può cambiare, dirti perché no, rispondere a domande sul cambio (quanto dura, gli utenti, la fatturazione, tornare indietro…) e guidarti nei passaggi. Scrivi "aiuto" per le parole che conosco.',
  whereToLook: "Dove guardare nell'interfaccia di amministrazione",
  historyTitle: 'Come era prima',
  topics: {
    'how-long': 'quanto dura',
    'users-impact': 'cosa notano gli utenti',
    'admin-impact': 'cosa possono fare gli amministratori nel frattempo',
    'credit-check': 'la verifica del credito',
    billing: 'la fatturazione',
    licenses: 'le licenze',
    'going-back': 'tornare indietro',
    'custom-domain': 'i domini personalizzati',
    'add-ons': 'i componenti aggiuntivi',
    'mca-or-mosa': 'gli account MOSA e MCA',
    'what-it-does': 'cosa fa il cambio automatico',
    'where-is-upgrade-tab': 'la scheda Aggiornamento',
    'who-can-change': 'chi può cambiare piano',
  } satisfies Record<QuestionTopicId, string>,
  answers: {
    'how-long': `Il cambio vero e proprio di solito richiede pochi minuti e può arrivare a ${hour} minuti. Ancora in corso dopo ${LIMITS.contactSupportAfterMinutes.value} minuti? Contatta il supporto Microsoft. Con il pagamento con fattura, prima può servire una verifica del credito fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi.`,
    'users-impact': `Durante un cambio automatico gli utenti non notano nulla: continuano a lavorare, conservano tutti i loro dati (cassette postali, SharePoint, OneDrive) e passano al nuovo piano alla fine. I servizi che avevi disattivato per alcuni utenti saranno di nuovo attivi nel nuovo piano. In un cambio manuale un utente passa quando sostituisci la sua licenza; verso un piano con meno servizi legati ai dati, prima fai il backup dei suoi dati.`,
    'admin-impact': `Durante il cambio (fino a ${hour} minuti) gli amministratori non possono modificare la pagina dei dettagli dell'abbonamento; il resto dell'interfaccia di amministrazione funziona come sempre.`,
    'credit-check': `Il pagamento con fattura, o un ordine importante, può richiedere una verifica del credito. Richiede fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi e il piano non si può cambiare finché non termina.`,
    billing: `Il giorno in cui il cambio termina, la fatturazione del vecchio abbonamento si ferma e quella del nuovo parte. A seconda del nuovo piano potresti ricevere un credito proporzionale; una nuova fattura che lo include arriva entro ${LIMITS.newInvoiceDays.value} giorni.`,
    licenses: `Il cambio automatico sposta sul nuovo piano tutti gli utenti dell'abbonamento. Con un account MCA indichi il numero di licenze, quindi puoi spostare solo alcuni utenti e assegnare tu le nuove licenze. Con MOSA, per spostare solo alcuni utenti, acquista il nuovo piano e spostali a mano.`,
    'going-back': `Nessuna pagina Microsoft descrive come annullare un cambio automatico. Tornare a un piano con meno servizi legati ai dati è un cambio manuale, con un backup prima. Annullare il nuovo abbonamento: con un account MCA il credito o rimborso proporzionale arriva solo entro ${LIMITS.mcaRefundDays.value} giorni dall'inizio o dal rinnovo; con MOSA puoi annullare con un credito proporzionale.`,
    'custom-domain': `La pagina Microsoft attuale sul cambio di piano non parla dei domini personalizzati. Quella sull'annullamento chiede di rimuovere il dominio personalizzato usato con un abbonamento prima di annullare quell'abbonamento: controlla ${place.domains} prima di annullare un vecchio piano.`,
    'add-ons': 'Un componente aggiuntivo sull’abbonamento può impedire il cambio automatico: rimuovilo, cambia il piano, poi aggiungilo di nuovo se ti serve ancora. Puoi anche cambiare piano a mano. I componenti aggiuntivi che il nuovo piano include già vengono tolti dall’ordine.',
    'mca-or-mosa': `Il tuo account di fatturazione è un Microsoft Online Subscription Agreement (MOSA, da un'iscrizione diretta prima del passaggio a MCA) oppure un Contratto del cliente Microsoft (MCA). ${place['billing-accounts']} lo indica nella colonna del tipo di account. Con MOSA cambi piano con ${place['view-upgrades']}, con almeno il ruolo di amministratore della fatturazione; con MCA con ${place['change-subscription-option']}, come proprietario o collaboratore dell'account o di un profilo di fatturazione.`,
    'what-it-does': "Ti guida in tutto il cambio nell'interfaccia di amministrazione: acquisti il nuovo piano, poi la licenza di ogni utente passa al nuovo piano e il vecchio viene annullato per te.",
    'where-is-upgrade-tab': `La scheda Aggiornamento non c'è più. Con un account MOSA la pagina dell'abbonamento ha ${place['product-details-and-upgrades']} > ${place['view-upgrades']}; con un account MCA, ${place['other-subscription-options']} > ${place['change-subscription-option']}.`,
    'who-can-change': "Con un account MOSA serve almeno il ruolo di amministratore della fatturazione; con un account MCA, proprietario o collaboratore dell'account o di un profilo di fatturazione. Chi si è iscritto è il proprietario dell'account di fatturazione, e un amministratore globale può assegnarsi un ruolo dell'account di fatturazione.",
  },
};
