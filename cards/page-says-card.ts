import { CURRENT_ADMIN_CENTER_MESSAGE_IDS } from '../domain/index.js';
import { messagesFor, type Language } from '../i18n/index.js';
import { actionSet, adaptiveCard, heading, submitAction, subtleText, type AdaptiveCardJson } from './adaptive-card.js';

/**
 * "What does the page say?": the messages today's admin center shows when it cannot change the
 * plan (MSD-2024's list), one button each, so "why can't I" starts from what the admin sees.
 */
export function buildPageSaysCard(lang: Language): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const text = messages.intake.pageSays;
  return adaptiveCard(
    [
      heading(text.title),
      subtleText(text.intro),
      ...CURRENT_ADMIN_CENTER_MESSAGE_IDS.map((message) =>
        actionSet([submitAction(text.messages[message], { action: 'page-says', message })], { spacing: 'small' }),
      ),
      subtleText(`${text.sourceNote} ${messages.sources['MSD-2024']}`),
    ],
    [],
    text.title,
  );
}
