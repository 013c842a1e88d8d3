import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdminCenterMessageId } from '../domain/index.js';
import { buildPastedMessageCard } from '../cards/index.js';
import { turnLanguage } from './turn-language.js';

/** What a pasted admin-center message means and what to do, said at once; the journey then goes on. */
export async function explainPastedMessage(context: TurnContext, id: AdminCenterMessageId): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildPastedMessageCard(turnLanguage(context), id))));
}
