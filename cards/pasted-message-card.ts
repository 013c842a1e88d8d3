import { ADMIN_CENTER_MESSAGES, REASONS, type AdminCenterMessageId } from '../domain/index.js';
import { messagesFor, type Language } from '../i18n/index.js';
import { adaptiveCard, subtleText, textBlock, type AdaptiveCardJson, type CardElement } from './adaptive-card.js';
import { Citations } from './citations.js';

/**
 * A message pasted from the admin center, explained at once: which one it is, what it means and
 * what to do, with the reason's sources. The questions (or the verdict) follow it.
 */
export function buildPastedMessageCard(lang: Language, id: AdminCenterMessageId): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { pageSays } = messages.intake;
  const { diagnosis } = messages.ui;
  const recognised = pageSays.recognised(pageSays.messages[id]);
  const body: CardElement[] = [textBlock(recognised, { weight: 'bolder' })];
  const reason = ADMIN_CENTER_MESSAGES[id].reason;
  if (reason !== undefined) {
    const citations = new Citations();
    const words = messages.reasons[reason];
    body.push(
      textBlock(`**${diagnosis.whatItMeans}:** ${words.meaning}`, { spacing: 'small' }),
      textBlock(`**${diagnosis.whatToDo}:** ${words.remedy} ${citations.cite(REASONS[reason].sources)}`, { spacing: 'small' }),
      subtleText(`${diagnosis.sourcesTitle}\n${citations.lines(messages).join('\n')}`),
    );
  }
  return adaptiveCard(body, [], recognised);
}
