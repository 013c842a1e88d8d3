import { describe, expect, it } from 'vitest';
import { QUESTION_TOPICS, VOCABULARIES, readQuestion, type QuestionTopicId } from '../../domain/index.js';

// The sentence table (test/understanding) measures the reader on many sentences; these state its rules.

/** One English and one Italian way to ask each topic. */
const ASKED: [string, QuestionTopicId][] = [
    ["we're a new customer, can we buy Microsoft 365 E5 with Teams?", 'teams-suites'],
    ['siamo un nuovo cliente, possiamo acquistare Microsoft 365 E5 con Teams?', 'teams-suites'],
    ['How long does the upgrade take?', 'how-long'],
    ['quanto tempo ci vuole', 'how-long'],
    ['will my users lose email', 'users-impact'],
    ['gli utenti perderanno la posta', 'users-impact'],
    ['can admins still work in the admin center meanwhile?', 'admin-impact'],
    ["l'interfaccia di amministrazione resta disponibile?", 'admin-impact'],
    ['will a credit check be required', 'credit-check'],
    ['serve una verifica del credito', 'credit-check'],
    ['will I be charged twice', 'billing'],
    ['mi verrà addebitato il doppio?', 'billing'],
    ['do I need to reassign licenses', 'licenses'],
    ['devo riassegnare le licenze', 'licenses'],
    ['can I downgrade later', 'going-back'],
    ['posso tornare indietro', 'going-back'],
    ['do I keep my custom domain', 'custom-domain'],
    ['il dominio personalizzato resta?', 'custom-domain'],
    ['what happens to my add-ons', 'add-ons'],
    ['cosa succede ai componenti aggiuntivi', 'add-ons'],
    ['am I on MCA or MOSA', 'mca-or-mosa'],
    ['che tipo di account di fatturazione ho?', 'mca-or-mosa'],
    ['where is the upgrade tab', 'where-is-upgrade-tab'],
    ["dov'è la scheda Aggiornamento", 'where-is-upgrade-tab'],
    ['who can change the plan', 'who-can-change'],
    ['chi può cambiare il piano', 'who-can-change'],
    ['what does the automatic change do', 'what-it-does'],
    ['cosa fa il cambio automatico', 'what-it-does'],
    // The commercial half (issue 24), some with the typos admins make.
    ["We're on an annual plan: can we downgrade mid-term?", 'mid-term-downgrade'],
    ['Siamo su un piano annuale: possiamo fare il downgrade a metà periodo?', 'mid-term-downgrade'],
    ['Is it 72 hours or 7 days to cancel?', 'cancel-window'],
    ['Sono 72 ore o 7 giorni per annullare?', 'cancel-window'],
    ['Upgrade now or at renewal?', 'upgrade-timing'],
    ['Aggiornare subito o al rinnovo?', 'upgrade-timing'],
    ['Can I upgrade only some of my users?', 'partial-upgrade'],
    ['Posso aggiornare solo alcuni utenti?', 'partial-upgrade'],
    ['Monthly or annual term: what changes?', 'term-length'],
    ['Impegno mensile o annuale: cosa cambia?', 'term-length'],
    ['E3 → E5 mid-term: how is it billed, does the end date change?', 'mid-term-upgrade'],
    ['Da E3 a E5 a metà periodo: come viene fatturato, la data di scadenza cambia?', 'mid-term-upgrade'],
    ['can I remove licenses while upgrading?', 'remove-licenses'],
    ["posso rimuovere licenze durante l'aggiornamento?", 'remove-licenses'],
    ['if we add seats mid-term can we remove them later?', 'add-licenses-mid-term'],
    ['se aggiungiamo licenze possiamo toglierle dopo?', 'add-licenses-mid-term'],
    ['can we switch to monthly billing instead?', 'billing-frequency'],
    ['possiamo passare alla fatturazione mensile?', 'billing-frequency'],
    ['how do I turn off auto-renew?', 'stop-renewal'],
    ['come disattivo il rinnovo automatico?', 'stop-renewal'],
    ['what happens to our data after we cancel the old plan?', 'data-after-cancel'],
    ['cosa succede ai dati dopo che annulliamo il vecchio piano?', 'data-after-cancel'],
    ['can a different partner do the upgrade?', 'other-partner'],
    ['un altro partner può fare il cambio?', 'other-partner'],
    ['Which plans qualify for Microsoft 365 Copilot?', 'copilot'],
    ['Quali piani sono idonei per Microsoft 365 Copilot?', 'copilot'],
    ['How do I turn the trial into a paid plan?', 'trial-to-paid'],
    ['Come faccio a convertire la prova in un piano a pagamento?', 'trial-to-paid'],
    ['what happens when the trial ends?', 'trial-ends'],
    ['cosa succede quando la prova scade?', 'trial-ends'],
    ['We renewed to Microsoft 365 E3 but users still have the old license', 'renewed-new-sku'],
    ['Abbiamo rinnovato a Microsoft 365 E3 ma gli utenti hanno ancora la vecchia licenza', 'renewed-new-sku'],
    ['Our nonprofit grant ended: what now?', 'nonprofit-grant'],
    ['La nostra donazione non profit è finita: e adesso?', 'nonprofit-grant'],
    ['we hit 300 users on Business Premium, what now?', 'business-user-cap'],
    ['abbiamo superato i 300 utenti su Business Premium, che facciamo?', 'business-user-cap'],
    ['why are the buttons turned off? it says end of sale', 'end-of-sale'],
    ['il prodotto è a fine vendita, cosa posso fare?', 'end-of-sale'],
    ['how do I swap licenses for hundreds of users at once?', 'bulk-license-swap'],
    ['come sostituisco le licenze di centinaia di utenti insieme?', 'bulk-license-swap'],
    ['how do we move from Office 365 E3 to Business Premium?', 'enterprise-to-business'],
    ['come passiamo da Office 365 E3 a Business Premium?', 'enterprise-to-business'],
];

/** The same questions as admins type them in a hurry: misspelt words are forgiven. */
const TYPED_IN_A_HURRY: [string, QuestionTopicId][] = [
  ['can we downgrade midterm on an anual plan?', 'mid-term-downgrade'],
  ['is it 72 hours or 7 days to cancle?', 'cancel-window'],
  ['can i upgrade ony some of my usres?', 'partial-upgrade'],
  ['wich plans qualify for copilot?', 'copilot'],
  ['how do i trun the trail into a paid plan?', 'trial-to-paid'],
  ['can i remove licneses while upgrading?', 'remove-licenses'],
  ['gli utenti perdono la posta durante il cmabio?', 'users-impact'],
  ['posso aggiornare solo alcuni utneti?', 'partial-upgrade'],
  ['sono 72 ore o 7 giorni per anullare?', 'cancel-window'],
];

describe('reading a question', () => {
  it.each(ASKED)('"%s" asks %s', (text, topic) => {
    expect(readQuestion(text)).toBe(topic);
  });

  it.each(TYPED_IN_A_HURRY)('"%s", misspelt, still asks %s', (text, topic) => {
    expect(readQuestion(text)).toBe(topic);
  });

  it('has a way to ask every topic in each language', () => {
    const topics = ASKED.map(([, topic]) => topic);
    for (const topic of QUESTION_TOPICS) expect(topics.filter((each) => each === topic), topic).toHaveLength(2);
  });

  it.each([
    'we have a custom domain',
    'there is an add-on on the subscription',
    'the credit check is still pending',
    'billing account: MCA',
    "I'm a billing admin",
    'we want to downgrade from E5 to E3',
    'E3, 120 users, invoice, global admin',
    'has an add-on',
    'abbiamo un componente aggiuntivo',
    'quando ho provato a cambiare piano c’era un componente aggiuntivo',
  ])('"%s" states facts and asks nothing', (text) => {
    expect(readQuestion(text)).toBeUndefined();
  });

  it.each([
    'how long?',
    'quanto tempo?',
    'Can I change my plan?',
    "Why can't I change plans?",
    'can I upgrade on MCA?',
    "can I upgrade if I'm a billing admin?",
    'how much does E5 cost?',
  ])(
    '"%s" asks nothing the bot answers: too short to say what, a journey (a fact inside it), or a question without an answer',
    (text) => {
      expect(readQuestion(text)).toBeUndefined();
    },
  );

  it('reads no question in a word typed alone as a command, a step word, a next move or a language', () => {
    for (const vocabulary of Object.values(VOCABULARIES)) {
      const words = [
        ...Object.values(vocabulary.commands),
        ...Object.values(vocabulary.stepWords),
        ...Object.values(vocabulary.nextMoves),
        ...Object.values(vocabulary.languageRequest.names),
      ].flat();
      for (const word of words) expect(readQuestion(word), word).toBeUndefined();
    }
  });

  it('reads the question of a message that also states facts', () => {
    expect(readQuestion("we're on E3 with 300 users, how long does the upgrade take?")).toBe('how-long');
    expect(readQuestion('siamo su E3 con 300 utenti, quanto tempo ci vuole?')).toBe('how-long');
  });

  it('reads a clause that points back to the one before: "we have a custom domain, do we lose it?"', () => {
    expect(readQuestion('we have a custom domain, do we lose it?')).toBe('custom-domain');
    expect(readQuestion('abbiamo un componente aggiuntivo: lo devo togliere?')).toBe('add-ons');
    // A clause that names its own topic asks about that one.
    expect(readQuestion('we have a custom domain, how long does it take?')).toBe('how-long');
  });

  it('takes a ticket label with its answer for a fact, not a question', () => {
    expect(readQuestion('custom domain? yes')).toBeUndefined();
    expect(readQuestion('custom domain?')).toBe('custom-domain');
  });

  it('reads a message pasted from the admin center as facts, not a question', () => {
    expect(readQuestion('Another plan is in the process of being changed or a credit check is pending.')).toBeUndefined();
  });

  it('forgives misspelt key words as the facts reader does', () => {
    expect(readQuestion('is there any dowtnime?')).toBe('users-impact');
    expect(readQuestion('can I downgarde later?')).toBe('going-back');
    expect(readQuestion('quanto dura la verifca del credito?')).toBe('credit-check');
  });

  it('asked about two topics, answers the subject rather than the frame around it', () => {
    expect(readQuestion('how long does the credit check take?')).toBe('credit-check');
    expect(readQuestion('quanto dura la verifica del credito?')).toBe('credit-check');
    expect(readQuestion('what happens to the add-ons when I upgrade?')).toBe('add-ons');
    expect(readQuestion('is there downtime for admins?')).toBe('admin-impact');
    expect(readQuestion('what billing account type do I have?')).toBe('mca-or-mosa');
    // Whichever comes first in the text.
    expect(readQuestion('will users notice anything, and do we keep our domain?')).toBe('custom-domain');
    expect(readQuestion('do we keep our domain, and will users notice anything?')).toBe('custom-domain');
  });
});
