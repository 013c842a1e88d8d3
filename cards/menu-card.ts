import { CHECK_TENANT_CHOICE, MENU_CHOICES, messagesFor, type Language } from '../i18n/index.js';
import { actionSet, adaptiveCard, heading, submitAction, textBlock, type AdaptiveCardJson } from './adaptive-card.js';

export interface MenuCardOptions {
  /** Offer "Resume where I stopped" only when a walkthrough was stopped. */
  canResume: boolean;
  /** Greet first (the first menu of a conversation). */
  greet?: boolean;
  /** Offer "Check my tenant" first: only when the bot can sign in to Microsoft 365. */
  canCheckTenant?: boolean;
}

/** The main menu: one full-width button per choice, stacked so long labels are not cut. */
export function buildMenuCard(lang: Language, { canResume, greet = false, canCheckTenant = false }: MenuCardOptions): AdaptiveCardJson {
  const { ui, tenant } = messagesFor(lang);
  const choices = MENU_CHOICES.filter((choice) => choice !== 'resume' || canResume);
  return adaptiveCard(
    [
      ...(greet ? [textBlock(ui.welcome)] : []),
      heading(ui.menuTitle),
      ...(canCheckTenant ? [actionSet([submitAction(tenant.menu, { action: 'menu', choice: CHECK_TENANT_CHOICE })], { spacing: 'small' })] : []),
      ...choices.map((choice) =>
        actionSet([submitAction(ui.menu[choice], { action: 'menu', choice })], { spacing: 'small' }),
      ),
    ],
    [],
    ui.menuTitle,
  );
}
