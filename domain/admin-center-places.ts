/**
 * Pages, tabs and buttons of the Microsoft 365 admin center, named as the admin sees them in
 * English and Italian. These are facts (labels), not sentences: i18n composes the sentences.
 */

export const ADMIN_CENTER_PLACE_IDS = [
  'billing-your-products',
  'subscription-status-active',
  'upgrade-tab',
  'upgrade-button',
  'cart',
  'quantity',
  'go-to-checkout',
  'checkout',
  'place-order',
  'purchase-services',
  'licenses',
  'users-active-users',
  'bills-payments',
  'pay-now',
  'service-health',
  'role-assignments',
  'domains',
  'cancel-subscription',
] as const;

export type AdminCenterPlaceId = (typeof ADMIN_CENTER_PLACE_IDS)[number];

export interface AdminCenterPlace {
  en: string;
  it: string;
}

export const ADMIN_CENTER_PLACES: Record<AdminCenterPlaceId, AdminCenterPlace> = {
  'billing-your-products': { en: 'Billing > Your products', it: 'Fatturazione > I tuoi prodotti' },
  'subscription-status-active': { en: 'Subscription status > Active', it: 'Stato sottoscrizione > Attivo' },
  'upgrade-tab': { en: 'Upgrade', it: 'Aggiornamento' },
  'upgrade-button': { en: 'Upgrade', it: 'Aggiorna' },
  cart: { en: 'Cart', it: 'Carrello' },
  quantity: { en: 'Quantity', it: 'Quantità' },
  'go-to-checkout': { en: 'Go to checkout', it: 'Vai alla cassa' },
  checkout: { en: 'Checkout', it: 'Pagamento' },
  'place-order': { en: 'Place order', it: 'Effettua ordine' },
  'purchase-services': { en: 'Billing > Purchase services', it: 'Fatturazione > Acquista servizi' },
  licenses: { en: 'Billing > Licenses', it: 'Fatturazione > Licenze' },
  'users-active-users': { en: 'Users > Active users', it: 'Utenti > Utenti attivi' },
  'bills-payments': { en: 'Billing > Bills & payments', it: 'Fatturazione > Fatture e pagamenti' },
  'pay-now': { en: 'Pay now', it: 'Paga ora' },
  'service-health': { en: 'Health > Service health', it: 'Integrità > Integrità dei servizi' },
  'role-assignments': { en: 'Roles > Role assignments', it: 'Ruoli > Assegnazioni di ruolo' },
  domains: { en: 'Settings > Domains', it: 'Impostazioni > Domini' },
  'cancel-subscription': { en: 'Cancel subscription', it: 'Annulla abbonamento' },
};
