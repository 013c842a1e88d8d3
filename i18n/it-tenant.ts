import { tenantLine, type TenantLineWords } from './tenant-line.js';
import type { TenantMessages } from './tenant-messages.js';

const list = (items: readonly string[]): string => items.join(', ');

const LINE: TenantLineWords = {
  label: 'Dal tuo tenant:',
  licensesPurchased: (count) => `${count} licenze acquistate`,
  licensesAssigned: (count) => `${count} assegnate`,
  licensedUsers: (count) => `${count} utenti`,
  trial: { yes: 'in periodo di prova', no: 'nessun periodo di prova' },
  multipleSubscriptionsSameProduct: { yes: 'abbonamenti doppi di questo prodotto (2 o più)', no: 'nessun abbonamento doppio di questo prodotto' },
  customDomain: { yes: (domains) => `dominio personalizzato ${domains}`, no: 'nessun dominio personalizzato' },
  serviceHealthIssue: { yes: 'problemi di integrità del servizio', no: 'nessun problema di integrità del servizio' },
  provisioningIncomplete: { yes: 'provisioning in corso', no: 'nessun provisioning in corso' },
  adminRole: {
    'global-admin': 'accesso come amministratore globale',
    'billing-admin': 'accesso come amministratore di fatturazione',
    other: 'accesso come utente senza ruolo di amministratore (né globale né di fatturazione)',
  },
  boughtThroughPartner: 'acquistato tramite un partner',
};

export const itTenant: TenantMessages = {
  menu: 'Controlla il mio tenant',
  help: '*Controlla il mio tenant*: accedi con il tuo account di amministratore di Microsoft 365 e leggo io piano, licenze, domini, integrità dei servizi e ruolo. *Disconnetti* dimentica l\'accesso.',
  intro:
    'Leggerò da Microsoft 365 i tuoi abbonamenti, le licenze, i domini, l\'integrità dei servizi e il tuo ruolo di amministratore. Leggo soltanto: non cambio nulla e tengo solo i dati di questa conversazione. Accedi con il tuo account di amministratore.',
  signInTitle: 'Accedi',
  signInText: 'Accedi a Microsoft 365 così posso leggere il tuo tenant',
  signInSkipped: 'Nessun accesso, quindi te lo chiederò.',
  signInUnavailable: 'Non riesco a raggiungere il servizio di accesso di Microsoft 365, quindi te lo chiedo io. Riprova Controlla il mio tenant più tardi.',
  parts: {
    tenantId: 'la tua organizzazione',
    skus: 'i tuoi prodotti e le licenze',
    subscriptions: 'i tuoi abbonamenti',
    domains: 'i tuoi domini',
    serviceHealth: "l'integrità dei servizi",
    adminRoles: 'il tuo ruolo di amministratore',
  },
  fault: {
    forbidden: (parts) =>
      `Non ho il permesso di leggere ${list(parts)}: l'app non ha ancora il consenso per quell'autorizzazione, oppure il tuo ruolo non può leggerlo. Un amministratore globale può dare il consenso; intanto te lo chiedo.`,
    throttled: (parts) => `Microsoft 365 mi ha chiesto di rallentare mentre leggevo ${list(parts)} e aspettare oltre ti farebbe attendere troppo. Te lo chiedo io; riprova Controlla il mio tenant tra qualche minuto.`,
    unavailable: (parts) => `Microsoft 365 non ha risposto in tempo per ${list(parts)}. Te lo chiedo io; riprova Controlla il mio tenant più tardi.`,
    'token-expired': (parts) => `Il tuo accesso è scaduto, quindi non ho potuto leggere ${list(parts)}. Te lo chiedo io; scrivi Controlla il mio tenant per accedere di nuovo.`,
    'unexpected-response': (parts) => `Microsoft 365 ha risposto in un modo che non capisco per ${list(parts)}, quindi non l'ho usato. Te lo chiedo io.`,
  },
  chooseProductTitle: 'Quale abbonamento vuoi cambiare?',
  chooseProductHint: 'Il tuo tenant ne ha più di uno. Scegline uno o scrivi il suo numero.',
  productLabel: ({ planName, skuPartNumber, licensesPurchased, licensesAssigned }) =>
    `${planName} (${skuPartNumber}): ${licensesPurchased} licenze, ${licensesAssigned} assegnate`,
  noKnownProduct: (skus) => `Nessuno dei prodotti del tuo tenant è un piano che conosco (${list(skus)}), quindi non so su quale piano sei. Te lo chiedo.`,
  unknownProducts: (skus) => `Il tuo tenant ha anche prodotti che non conosco: ${list(skus)}. Non li ho usati.`,
  fromTenantLabel: LINE.label,
  fromTenant: tenantLine(LINE),
  servicesWithIssues: (services) => `Al momento non funzionano normalmente: ${list(services)}.`,
  correctHint: 'Qualcosa non va? Scrivi il valore giusto quando vedi la mia risposta (per esempio "300 licenze acquistate"): quello che scrivi sostituisce quello che ho letto.',
  signedOut: 'Sei disconnesso. Del tuo tenant non tengo nulla oltre ai dati di questa conversazione.',
};
