import { COPILOT, getPlan, LIMITS, type QuestionTopicId } from '../domain/index.js';
import { adminCenterNames } from './admin-center.js';
import type { AnswerMessages } from './answer-messages.js';

const place = adminCenterNames('it');
const hour = LIMITS.planChangeMaxMinutes.value;
const name = (id: Parameters<typeof getPlan>[0]) => getPlan(id).name;
const COPILOT_NAME = 'Microsoft 365 Copilot';
const copilotBases = [...COPILOT.basePlans.map(name), ...COPILOT.otherProducts].join(', ');

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
    'teams-suites': 'le suite con e senza Teams',
    'mca-or-mosa': 'gli account MOSA e MCA',
    'what-it-does': 'cosa fa il cambio automatico',
    'where-is-upgrade-tab': 'la scheda Aggiornamento',
    'who-can-change': 'chi può cambiare piano',
    'mid-term-downgrade': 'scendere o ridurre a metà periodo',
    'cancel-window': 'la finestra di annullamento e i rimborsi',
    'upgrade-timing': 'cambiare subito o al rinnovo',
    'partial-upgrade': 'spostare solo alcuni utenti',
    'term-length': 'impegno mensile e annuale',
    'mid-term-upgrade': 'aggiornare a metà periodo',
    'remove-licenses': 'rimuovere licenze durante un cambio',
    'add-licenses-mid-term': 'le licenze aggiunte a metà periodo',
    'billing-frequency': 'ogni quanto si paga',
    'stop-renewal': 'fermare un rinnovo',
    'data-after-cancel': "i dati dopo l'annullamento",
    'other-partner': 'cambiare tramite un altro partner',
    copilot: 'il componente aggiuntivo Microsoft 365 Copilot',
    'trial-to-paid': 'passare da una prova a un piano a pagamento',
    'trial-ends': 'la fine di una prova',
    'renewed-new-sku': 'un rinnovo verso un nuovo piano',
    'nonprofit-grant': 'le modifiche alle donazioni per il non profit',
    'business-user-cap': 'il limite di 300 utenti dei piani Business',
    'end-of-sale': 'i prodotti a fine vendita',
    'bulk-license-swap': 'spostare molti utenti insieme',
    'enterprise-to-business': 'passare da Enterprise a un piano Business',
  } satisfies Record<QuestionTopicId, string>,
  comparison: {
    heading: (from, to) => `Da ${from} a ${to}`,
    gained: 'Cosa guadagnano gli utenti',
    lost: 'Cosa perdono gli utenti',
    nothingGained: 'Nulla: ogni servizio del nuovo piano è già in quello vecchio.',
    nothingLost: 'Nulla: il nuovo piano conserva ogni servizio alla stessa versione o a una superiore.',
    fewerServices: "Il nuovo piano ha meno servizi, quindi l'interfaccia di amministrazione non può fare questo cambio automaticamente: è un cambio manuale, e prima va fatto il backup dei dati degli utenti nei servizi che perdono.",
    sameOrMore: 'Il nuovo piano conserva ogni servizio, quindi i servizi da soli non impediscono un cambio automatico; altre regole possono ancora farlo.',
    notAFact: 'Solo un confronto: i tuoi piani e le tue risposte restano come erano.',
    samePlan: (plan) => `Così confronti ${plan} con sé stesso: non cambia nulla. Indica due piani diversi, per esempio "E3 vs E5".`,
    unknownPlan: (unknown) => `Non ho un elenco dei servizi di ${unknown}, quindi non posso confrontarlo.`,
    onePlan: 'Nella tua domanda ho trovato un solo piano che conosco, e nessun piano con cui confrontarlo.',
    canCompare: (plans) => `Posso confrontare due qualsiasi di questi: ${plans}.`,
  },
  answers: {
    'how-long': `Il cambio vero e proprio di solito richiede pochi minuti e può arrivare a ${hour} minuti. Ancora in corso dopo ${LIMITS.contactSupportAfterMinutes.value} minuti? Contatta il supporto Microsoft. Con il pagamento con fattura, prima può servire una verifica del credito fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi.`,
    'users-impact': `Durante un cambio automatico gli utenti non notano nulla: continuano a lavorare, conservano tutti i loro dati (cassette postali, SharePoint, OneDrive) e passano al nuovo piano alla fine. I servizi che avevi disattivato per alcuni utenti saranno di nuovo attivi nel nuovo piano. In un cambio manuale un utente passa quando sostituisci la sua licenza; verso un piano con meno servizi legati ai dati, prima fai il backup dei suoi dati.`,
    'admin-impact': `Durante il cambio (fino a ${hour} minuti) gli amministratori non possono modificare la pagina dei dettagli dell'abbonamento; il resto dell'interfaccia di amministrazione funziona come sempre.`,
    'credit-check': `Il pagamento con fattura, o un ordine importante, può richiedere una verifica del credito. Richiede fino a ${LIMITS.creditCheckBusinessDays.value} giorni lavorativi e il piano non si può cambiare finché non termina.`,
    billing: `Il giorno in cui il cambio termina, la fatturazione del vecchio abbonamento si ferma e quella del nuovo parte. A seconda del nuovo piano potresti ricevere un credito proporzionale; una nuova fattura che lo include arriva entro ${LIMITS.newInvoiceDays.value} giorni.`,
    licenses: `Il cambio automatico sposta sul nuovo piano tutti gli utenti dell'abbonamento. Con un account MCA indichi il numero di licenze, quindi puoi spostare solo alcuni utenti e assegnare tu le nuove licenze. Con MOSA, per spostare solo alcuni utenti, acquista il nuovo piano e spostali a mano.`,
    'going-back': `Le pagine Microsoft non descrivono alcun modo per annullare un cambio di piano. Tornare indietro è un nuovo cambio: verso un piano con meno servizi legati ai dati è manuale, con un backup prima. Annullare il nuovo abbonamento: con un account MCA il credito o rimborso proporzionale arriva solo entro ${LIMITS.mcaRefundDays.value} giorni dall'inizio o dal rinnovo; con MOSA puoi annullare con un credito proporzionale. I partner che vendono con il nuovo commercio aggiungono, nelle loro indicazioni pubblicate (non di Microsoft), che un aggiornamento non si può annullare e che la finestra di ${LIMITS.mcaRefundDays.value} giorni non vale per gli aggiornamenti.`,
    'custom-domain': `La pagina Microsoft attuale sul cambio di piano non parla dei domini personalizzati. Quella sull'annullamento chiede di rimuovere il dominio personalizzato usato con un abbonamento prima di annullare quell'abbonamento: controlla ${place.domains} prima di annullare un vecchio piano.`,
    'add-ons': 'Un componente aggiuntivo sull’abbonamento può impedire il cambio automatico: rimuovilo, cambia il piano, poi aggiungilo di nuovo se ti serve ancora. Puoi anche cambiare piano a mano. I componenti aggiuntivi che il nuovo piano include già vengono tolti dall’ordine.',
    'mca-or-mosa': `Il tuo account di fatturazione è un Microsoft Online Subscription Agreement (MOSA, da un'iscrizione diretta prima del passaggio a MCA) oppure un Contratto del cliente Microsoft (MCA). ${place['billing-accounts']} lo indica nella colonna del tipo di account. Con MOSA cambi piano con ${place['view-upgrades']}, con almeno il ruolo di amministratore della fatturazione; con MCA con ${place['change-subscription-option']}, come proprietario o collaboratore dell'account o di un profilo di fatturazione.`,
    'what-it-does': "Ti guida in tutto il cambio nell'interfaccia di amministrazione: acquisti il nuovo piano, poi la licenza di ogni utente passa al nuovo piano e il vecchio viene annullato per te.",
    'where-is-upgrade-tab': `La scheda Aggiornamento non c'è più. Con un account MOSA la pagina dell'abbonamento ha ${place['product-details-and-upgrades']} > ${place['view-upgrades']}; con un account MCA, ${place['other-subscription-options']} > ${place['change-subscription-option']}.`,
    'teams-suites': `Da aprile 2024 (da ottobre 2023 nel SEE e in Svizzera) un nuovo cliente non può acquistare le suite Enterprise con Teams: acquista la suite (no Teams) e, accanto, ${getPlan('teams-enterprise').name}. Chi aveva una suite con Teams prima di allora può continuare a usarla, rinnovarla, passare a un piano superiore e modificarla. Le suite Business (fino a ${LIMITS.businessPlanLicenses.value} utenti) e le suite Frontline si vendono sia con sia senza Teams. Nessuna pagina Microsoft che abbiamo dice cosa fa un cambio di durata o di frequenza di fatturazione a una suite con Teams: controlla l'offerta nell'interfaccia di amministrazione o chiedi al tuo partner.`,
    'who-can-change': "Con un account MOSA serve almeno il ruolo di amministratore della fatturazione; con un account MCA, proprietario o collaboratore dell'account o di un profilo di fatturazione. Chi si è iscritto è il proprietario dell'account di fatturazione, e un amministratore globale può assegnarsi un ruolo dell'account di fatturazione.",
    'mid-term-downgrade': `Con un account MCA puoi rimuovere licenze solo entro ${LIMITS.mcaLicenseReductionDays.value} giorni dall'acquisto o dal rinnovo; una riduzione chiesta dopo vale dal rinnovo, e la pagina dell'abbonamento mostra quella data. Un piano più piccolo (con meno servizi legati ai dati) non è mai un cambio automatico: acquistalo, sposta gli utenti e chiudi il vecchio piano secondo le regole del suo account. I partner che vendono con il nuovo commercio dicono lo stesso nelle loro indicazioni: con un impegno annuale o triennale licenze e piani salgono quando vuoi e scendono solo al rinnovo.`,
    'cancel-window': `Sette giorni, non ${LIMITS.nceLaunchCancelHours.value} ore (le ${LIMITS.nceLaunchCancelHours.value} ore erano la regola all'avvio del nuovo commercio nel 2021, secondo i partner). Con un account MCA, annullando entro ${LIMITS.mcaRefundDays.value} giorni dall'inizio o dal rinnovo ricevi un credito o rimborso proporzionale; dopo puoi solo disattivare la fatturazione ricorrente, l'abbonamento resta attivo fino alla fine del periodo, e un impegno annuale pagato mensilmente continua a essere addebitato ogni mese. Acquistato tramite partner con MCA: anche qui ${LIMITS.mcaRefundDays.value} giorni (${LIMITS.chilePartnerCancelDays.value} in Cile), tramite il partner. Con MOSA puoi annullare quando vuoi con un credito proporzionale. Le licenze aggiunte a metà periodo hanno i loro ${LIMITS.mcaLicenseReductionDays.value} giorni.`,
    'upgrade-timing': `Con un account MCA, ${place['change-subscription-option']} chiede quando fare il cambio: subito o programmato (per esempio al rinnovo), con il numero di licenze, la durata e la frequenza di fatturazione. Una modifica programmata da un rappresentante Microsoft blocca aggiornamenti e downgrade finché non avviene o non viene annullata, e disattivare la fatturazione ricorrente annulla le modifiche programmate. Con MOSA il cambio automatico avviene quando effettui l'ordine. Subito conviene quando gli utenti hanno bisogno dei nuovi servizi adesso; al rinnovo quando il cambio ha meno servizi o riduce le licenze.`,
    'partial-upgrade': `Sì, ma non con il cambio automatico su MOSA, che sposta tutti gli utenti dell'abbonamento. Acquista il nuovo piano con tante licenze quanti sono gli utenti da spostare, assegna loro quelle licenze (${place['replace-licenses']}), poi rimuovi dal vecchio piano le licenze che non servono più. Con un account MCA, ${place['change-subscription-option']} ti lascia indicare un numero di licenze più piccolo, e poi assegni le nuove licenze agli utenti che hai scelto.`,
    'term-length': `Un impegno mensile si può annullare o ridurre ogni mese; un impegno annuale (o triennale) ti lega alle licenze per tutto il periodo. Con un account MCA la finestra di rimborso è di ${LIMITS.mcaRefundDays.value} giorni dall'inizio o dal rinnovo, qualunque sia la durata, dopo le licenze scendono solo al rinnovo, e una nuova durata o frequenza di fatturazione vale dal rinnovo. Controlla il prezzo di ogni durata per il tuo piano nell'interfaccia di amministrazione prima di scegliere.`,
    'mid-term-upgrade': `La pagina Microsoft dice che con MOSA, il giorno in cui il cambio termina, la fatturazione del vecchio abbonamento si ferma e quella del nuovo parte, con un credito proporzionale a seconda del nuovo piano e una fattura entro ${LIMITS.newInvoiceDays.value} giorni. Le pagine Microsoft non dicono nulla sulla data di fine. Le indicazioni pubblicate dai partner per il nuovo commercio: un aggiornamento verso un nuovo abbonamento conserva durata, frequenza di fatturazione e data di fine, al prezzo di listino di oggi; verso un abbonamento esistente prende il prezzo e la data di fine di quello; e non si può annullare.`,
    'remove-licenses': `Non nello stesso passaggio. Il cambio automatico sposta le licenze che hai; riduci il numero dopo, secondo le regole dell'account. Con un account MCA le licenze si possono rimuovere solo entro ${LIMITS.mcaLicenseReductionDays.value} giorni dall'acquisto o dal rinnovo, altrimenti la riduzione vale dal rinnovo; con MOSA puoi rimuovere le licenze non assegnate dalla pagina dell'abbonamento. Prima togli le licenze agli utenti.`,
    'add-licenses-mid-term': `Puoi aggiungere licenze quando vuoi; arrivano nella fattura successiva. Con un account MCA hai ${LIMITS.mcaLicenseReductionDays.value} giorni dall'acquisto per toglierle; dopo restano fino al rinnovo.`,
    'billing-frequency': `Con MOSA, ${place['billing-your-products']} > l'abbonamento > Edit billing frequency passa dal pagamento mensile a quello annuale e viceversa. Con un account MCA una nuova frequenza di fatturazione si può solo programmare per il rinnovo (Subscription length & billing frequency > Edit settings) e compare tra le modifiche programmate. Un impegno annuale pagato mensilmente resta un impegno per l'anno.`,
    'stop-renewal': `Disattiva la fatturazione ricorrente nella pagina dell'abbonamento (Edit recurring billing > Off). L'abbonamento non viene annullato: resta attivo fino alla data di fine, poi scade. Disattivarla annulla anche le modifiche programmate per l'abbonamento.`,
    'data-after-cancel': `Quando un annullamento ha effetto gli utenti perdono l'accesso ai dati dell'abbonamento. Ciò che resta può essere eliminato dopo ${LIMITS.dataMayBeDeletedAfterDays.value} giorni e viene eliminato al più tardi dopo ${LIMITS.dataDeletedWithinDays.value} giorni. Sposta gli utenti sul nuovo piano prima di annullare il vecchio, e chi non passa salvi prima posta e file.`,
    'other-partner': `Il partner che ha venduto l'abbonamento ne gestisce i cambi e l'annullamento. Le indicazioni pubblicate dai partner dicono che un partner non può aggiornare un abbonamento acquistato tramite un altro partner; per cambiare partner chiedi al nuovo di farne richiesta, oppure acquista da lui il nuovo piano e sposta gli utenti a mano.`,
    copilot: `${COPILOT_NAME} è un componente aggiuntivo, da acquistare accanto a un piano di base idoneo: ${copilotBases}. Sono idonei anche i piani Business ed Education senza Teams. Se il tuo piano è nell’elenco non serve cambiarlo prima.`,
    'trial-to-paid': `Con MOSA: ${place['billing-your-products']} > la prova > Buy paid subscription now, scegli un impegno mensile o annuale, Checkout, Place order. Con MCA: la prova > Start a paid subscription now, indica licenze, durata e frequenza di fatturazione, Change plan. Quasi tutte le prove diventano da sole un abbonamento a pagamento dello stesso piano alla fine, a meno che la fatturazione ricorrente sia disattivata.`,
    'trial-ends': `Alla fine del mese di prova quasi tutte le prove diventano un abbonamento a pagamento, con impegno annuale per impostazione predefinita, a meno che tu abbia disattivato la fatturazione ricorrente. Una prova senza metodo di pagamento scade e basta. Per conservare i dati degli utenti che passano a un altro piano, spostali prima che la prova finisca; una prova ha ${LIMITS.trialLicenses.value} licenze finché dura.`,
    'renewed-new-sku': `È previsto: un rinnovo che cambia piano (per esempio da ${name('o365-enterprise-e3')} a ${name('m365-e3')}) non sposta gli utenti. Assegna tu le nuove licenze (Utenti > Utenti attivi > selezionali > Gestisci licenze prodotto > Sostituisci), dopo aver controllato che entrambi gli abbonamenti siano attivi.`,
    'nonprofit-grant': `La pagina Microsoft sul cambio di piano dice solo che un piano non profit si cambia a mano (acquisti il nuovo piano, sposti gli utenti, chiudi il vecchio). Nessuna pagina Microsoft che abbiamo descrive il cambio delle donazioni del 2025; un post della comunità dice che la donazione di ${LIMITS.nonprofitPremiumGrantLicenses.value} licenze gratuite di Business Premium è finita a luglio 2025 o al rinnovo successivo, che Business Basic resta donato fino a ${LIMITS.nonprofitBasicGrantUsers.value} utenti e che Standard e Premium hanno prezzi per il non profit. Controlla l'offerta nell'interfaccia di amministrazione prima del rinnovo.`,
    'business-user-cap': `Ogni piano Business (Basic, Standard, Premium) si ferma a ${LIMITS.businessPlanLicenses.value} licenze. Oltre, passa a un piano Enterprise, oppure tieni il piano Business per un massimo di ${LIMITS.businessPlanLicenses.value} utenti e dai agli altri un piano Enterprise: i due si possono avere nella stessa organizzazione.`,
    'end-of-sale': 'Un prodotto a fine vendita (MCA) mostra "This product is no longer available to buy, so some actions below are turned off.": non puoi acquistare altre licenze, aggiornarlo, convertire la sua prova o cambiarne la durata. Acquista un abbonamento diverso e sposta lì gli utenti.',
    'bulk-license-swap': 'In Utenti > Utenti attivi seleziona gli utenti (anche diversi insieme), poi Gestisci licenze prodotto > Sostituisci, scegli la nuova licenza e salva. I servizi che avevi disattivato per alcuni utenti non vengono conservati da un cambio automatico: annotali prima e disattivali di nuovo dopo. Le pagine sul commercio non indicano strumenti per spostare centinaia di utenti in un colpo.',
    'enterprise-to-business': `È un cambio manuale: acquista il piano Business, sposta gli utenti, poi chiudi il piano Enterprise secondo le regole del suo account. Un piano Business si ferma a ${LIMITS.businessPlanLicenses.value} licenze e può avere meno servizi legati ai dati del piano Enterprise: prima fai il backup di ciò che andrebbe perso.`,
  },
};
