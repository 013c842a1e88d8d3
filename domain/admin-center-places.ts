/**
 * Pages, tabs and buttons of the Microsoft 365 admin center, named as the admin sees them. These
 * are facts (labels), not sentences: i18n composes the sentences. English labels are MSD-2024's
 * (and the seeds' for the 2020 pages). An Italian label is given only where a Microsoft Italian page
 * shows it (comment: HT human translation, MT machine translation, LEARN a current Learn page);
 * where none does, the Italian bot shows the English label rather than invent one.
 */

export const ADMIN_CENTER_PLACE_IDS = [
  'billing-your-products',
  'subscriptions',
  'product-details-and-upgrades',
  'view-upgrades',
  'available-upgrades',
  'upgrade-button',
  'checkout',
  'place-order',
  'other-subscription-options',
  'change-subscription-option',
  'change-plan',
  'billing-accounts',
  'subscription-status-active',
  'purchase-services',
  'marketplace',
  'add-more-products',
  'licenses',
  'users-active-users',
  'manage-product-licenses',
  'replace-licenses',
  'save-changes',
  'bills-payments',
  'pay-now',
  'settle-balance',
  'service-health',
  'role-assignments',
  'domains',
  'cancel-subscription',
  'edit-recurring-billing',
  'upgrade-tab',
  'cart',
  'quantity',
  'go-to-checkout',
  'help-and-support',
  'contact-support',
] as const;

export type AdminCenterPlaceId = (typeof ADMIN_CENTER_PLACE_IDS)[number];

export interface AdminCenterPlace {
  en: string;
  /** Only where a Microsoft Italian page gives it. */
  it?: string;
}

export const ADMIN_CENTER_PLACES: Record<AdminCenterPlaceId, AdminCenterPlace> = {
  // HT: cancel-your-subscription.md it-IT (2021-04-08).
  'billing-your-products': { en: 'Billing > Your products', it: 'Fatturazione > I tuoi prodotti' },
  // LEARN: it-IT upgrade-to-different-plan ("selezionare Sottoscrizioni").
  subscriptions: { en: 'Subscriptions', it: 'Sottoscrizioni' },
  'product-details-and-upgrades': { en: 'Product details and upgrades' },
  'view-upgrades': { en: 'View upgrades recommended for your org' },
  'available-upgrades': { en: 'Available upgrades' },
  // Seed 000 (MT, 2020): "selezionare Aggiorna".
  'upgrade-button': { en: 'Upgrade', it: 'Aggiorna' },
  // MT: upgrade-Office-365-E4.md it-IT (2021) keeps the English word.
  checkout: { en: 'Checkout', it: 'Checkout' },
  'place-order': { en: 'Place order' },
  'other-subscription-options': { en: 'Other subscription options' },
  'change-subscription-option': { en: 'Change to a different subscription option' },
  'change-plan': { en: 'Change plan' },
  // MT: manage-billing-accounts.md it-IT (2021).
  'billing-accounts': { en: 'Billing > Billing accounts', it: 'Fatturazione > Account di fatturazione' },
  // MT: upgrade-Office-365-E4.md it-IT (2021).
  'subscription-status-active': { en: 'Active', it: 'Attivo' },
  // HT: AlchemyInsights change-exchange-online-plans it-IT (2020).
  // History: the label before TRYBUY-2026; kept for the note on the buy step.
  'purchase-services': { en: 'Billing > Purchase services', it: 'Fatturazione > Acquisto di servizi' },
  // TRYBUY-2026: Dashboard view "Marketplace", Simplified view "Billing" > "Add more products" (no Italian version read).
  marketplace: { en: 'Marketplace' },
  'add-more-products': { en: 'Billing > Add more products' },
  licenses: { en: 'Billing > Licenses' },
  // HT: AlchemyInsights change-exchange-online-plans it-IT (2020).
  'users-active-users': { en: 'Users > Active users', it: 'Utenti > Utenti attivi' },
  // MT: move-users-different-subscription.md it-IT (2021).
  'manage-product-licenses': { en: 'Manage product licenses', it: 'Gestisci licenze prodotto' },
  'replace-licenses': { en: 'Replace', it: 'Sostituisci' },
  'save-changes': { en: 'Save changes', it: 'Salva modifiche' },
  // MT: manage-billing-profiles.md it-IT (2021).
  'bills-payments': { en: 'Billing > Bills & payments', it: 'Fatturazione > Fatture e pagamenti' },
  // MT: why-cant-i-change-plans.md it-IT (2020).
  'pay-now': { en: 'Pay now', it: 'Paga ora' },
  // MT: pay-for-your-subscription.md it-IT (2020).
  'settle-balance': { en: 'Settle balance', it: 'Liquidazione del saldo' },
  // LEARN: it-IT service-health page.
  'service-health': { en: 'Health > Service health', it: 'Integrità > Integrità dei servizi' },
  'role-assignments': { en: 'Roles > Role assignments' },
  // MT: domains it-IT (2020).
  domains: { en: 'Settings > Domains', it: 'Impostazioni > Domini' },
  // HT: cancel-your-subscription.md it-IT (2021-04-08).
  'cancel-subscription': { en: 'Cancel subscription', it: 'Annulla abbonamento' },
  'edit-recurring-billing': { en: 'Edit recurring billing' },
  // Seed 000 (2020): the Upgrade tab and its Cart, history now.
  'upgrade-tab': { en: 'Upgrade', it: 'Aggiornamento' },
  cart: { en: 'Cart', it: 'Carrello' },
  quantity: { en: 'Quantity', it: 'Quantità' },
  'go-to-checkout': { en: 'Go to checkout', it: 'Vai alla cassa' },
  // microsoft-365/admin/get-help-support.md: the Help & support pane, then Contact Support.
  'help-and-support': { en: 'Help & support' },
  'contact-support': { en: 'Contact Support' },
};

/** The label in the admin's language, or the English one where no Italian page gives it. */
export function adminCenterLabel(id: AdminCenterPlaceId, language: 'en' | 'it'): string {
  const place = ADMIN_CENTER_PLACES[id];
  return (language === 'it' ? place.it : undefined) ?? place.en;
}
