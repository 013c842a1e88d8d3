import { MENU_CHOICES, messagesFor, type Language } from '../i18n/index.js';
import { actionSet, adaptiveCard, heading, submitAction, textBlock, type AdaptiveCardJson } from './adaptive-card.js';

export interface MenuCardOptions {
  /** Offer "Resume where I stopped" only when a walkthrough was stopped. */
  canResume: boolean;
  /** Greet first (the first menu of a conversation). */
  greet?: boolean;
}

/** The main menu: one full-width button per choice, stacked so long labels are not cut. */
export function buildMenuCard(lang: Language, { canResume, greet = false }: MenuCardOptions): AdaptiveCardJson {
  const { ui } = messagesFor(lang);
  const choices = MENU_CHOICES.filter((choice) => choice !== 'resume' || canResume);
  return adaptiveCard(
    [
      ...(greet ? [textBlock(ui.welcome)] : []),
      heading(ui.menuTitle),
      ...choices.map((choice) =>
        actionSet([submitAction(ui.menu[choice], { action: 'menu', choice })], { spacing: 'small' }),
      ),
    ],
    [],
    ui.menuTitle,
  );
}
