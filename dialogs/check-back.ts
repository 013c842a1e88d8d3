import { CardFactory, MessageFactory, TurnContext, type Activity } from 'botbuilder';
import { newCheckBack, type CheckBack, type CheckBackStore, type TenantFacts } from '../domain/index.js';
import { buildCheckBackAdviceCard, buildCheckBackQuestionCard, buildCheckBackScheduledCard } from '../cards/index.js';
import { LanguageSchema } from '../i18n/index.js';
import { turnClock } from './turn-clock.js';
import { setTurnLanguage, turnLanguage, turnMessages } from './turn-language.js';

/** One check-back a conversation: the channel and the conversation id. */
export function conversationKeyOf(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}:${activity.conversation.id}`;
}

/**
 * The check-back after an order, on the dialogs' side: booking it (through the CheckBackStore
 * port), cancelling it, the message the host sends an hour later, and the answers to it.
 */
export class CheckBackDesk {
  constructor(private readonly store: CheckBackStore) {}

  async schedule(context: TurnContext, facts: Partial<TenantFacts>): Promise<void> {
    const reference = TurnContext.getConversationReference(context.activity);
    const checkBack = newCheckBack({
      conversationKey: conversationKeyOf(context.activity),
      address: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
      language: turnLanguage(context),
      ...(facts.currentPlan ? { currentPlan: facts.currentPlan } : {}),
      ...(facts.targetPlan ? { targetPlan: facts.targetPlan } : {}),
      now: new Date(),
    });
    await this.store.schedule(checkBack);
    const card = buildCheckBackScheduledCard(turnLanguage(context), checkBack, turnClock(context));
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  async cancel(context: TurnContext): Promise<void> {
    const cancelled = await this.store.cancel(conversationKeyOf(context.activity));
    const words = turnMessages(context).desk.checkBack;
    await context.sendActivity(cancelled ? words.cancelled : words.nothingToCancel);
  }

  /** The answer to "has the change finished?": good news, or the seeds' advice and the way to support. */
  async answer(context: TurnContext, finished: boolean): Promise<void> {
    if (finished) {
      await context.sendActivity(turnMessages(context).desk.checkBack.finished);
      return;
    }
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildCheckBackAdviceCard(turnLanguage(context)))));
  }
}

/** The proactive message itself, in the language the admin had when booking it. */
export async function sendCheckBackQuestion(context: TurnContext, checkBack: CheckBack): Promise<void> {
  const language = LanguageSchema.catch('en').parse(checkBack.language);
  setTurnLanguage(context, language);
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildCheckBackQuestionCard(language, checkBack))));
}
