import type { TenantLineInput, TenantMessages } from './tenant-messages.js';

const list = (items: readonly string[]): string => items.join(', ');

/**
 * Ogni parte è scritta in modo che il bot la rilegga come lo stesso dato quando un agente del
 * supporto incolla la riga in un caso (un test verifica l'andata e ritorno).
 */
function fromTenant({ planName, facts, customDomains }: TenantLineInput): string {
  const clauses: string[] = [];
  if (planName !== undefined) clauses.push(planName);
  if (facts.licensesPurchased !== undefined) clauses.push(`${facts.licensesPurchased} licenze acquistate`);
  if (facts.licensesAssigned !== undefined) clauses.push(`${facts.licensesAssigned} assegnate`);
  if (facts.licensedUsers !== undefined) clauses.push(`${facts.licensedUsers} utenti`);
  if (facts.trial !== undefined) clauses.push(facts.trial ? 'in periodo di prova' : 'nessun periodo di prova');
  if (facts.multipleSubscriptionsSameProduct !== undefined) {
    clauses.push(facts.multipleSubscriptionsSameProduct ? '2 o più abbonamenti di questo prodotto' : 'un solo abbonamento di questo prodotto (non diversi abbonamenti)');
  }
  if (facts.customDomain !== undefined) clauses.push(facts.customDomain ? `dominio personalizzato ${list(customDomains)}` : 'nessun dominio personalizzato');
  if (facts.serviceHealthIssue !== undefined) clauses.push(facts.serviceHealthIssue ? 'problemi di integrità del servizio' : 'nessun problema di integrità del servizio');
  if (facts.provisioningIncomplete !== undefined) clauses.push(facts.provisioningIncomplete ? 'provisioning in corso' : 'nessun provisioning in corso');
  if (facts.adminRole === 'global-admin') clauses.push('sei amministratore globale');
  if (facts.adminRole === 'billing-admin') clauses.push('sei amministratore di fatturazione');
  if (facts.adminRole === 'other') clauses.push('hai un altro ruolo (non amministratore globale né di fatturazione)');
  if (facts.purchaseChannel === 'partner') clauses.push('acquistato tramite un partner');
  return `Dal tuo tenant: ${clauses.join(', ')}.`;
}

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
  fromTenantLabel: 'Dal tuo tenant:',
  fromTenant,
  servicesWithIssues: (services) => `Al momento non funzionano normalmente: ${list(services)}.`,
  correctHint: 'Qualcosa non va? Scrivi il valore giusto quando vedi la mia risposta (per esempio "300 licenze acquistate"): quello che scrivi sostituisce quello che ho letto.',
  corrected: 'Grazie, ho usato quello che hai scritto al posto di quello che avevo.',
  signedOut: 'Sei disconnesso. Del tuo tenant non tengo nulla oltre ai dati di questa conversazione.',
};
