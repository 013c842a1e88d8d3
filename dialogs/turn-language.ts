import type { TurnContext } from 'botbuilder';
import { languageFromLocale, messagesFor, type Language, type Messages } from '../i18n/index.js';

// Decided once a turn by the bot (user's choice, else the channel's locale) and read by every dialog.
const TURN_LANGUAGE = Symbol('upgradeAssistant.turnLanguage');

export function setTurnLanguage(context: TurnContext, language: Language): void {
  context.turnState.set(TURN_LANGUAGE, language);
}

export function turnLanguage(context: TurnContext): Language {
  const chosen = context.turnState.get(TURN_LANGUAGE) as Language | undefined;
  return chosen ?? languageFromLocale(context.activity.locale);
}

export function turnMessages(context: TurnContext): Messages {
  return messagesFor(turnLanguage(context));
}
