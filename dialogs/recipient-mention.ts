import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** A mention entity as Teams sends it; anything else in `entities` is not a mention we can use. */
const MentionSchema = z.looseObject({
  type: z.string().regex(/^mention$/i),
  text: z.string().min(1),
  mentioned: z.looseObject({ id: z.string() }),
});

/**
 * Takes the bot's own @mention out of the text, so "@Upgrade Assistant help" reads as "help" in a
 * team. TurnContext.removeRecipientMention does the same but reads `mentioned.id` and
 * `text.replace` unchecked, so a mention without `mentioned` or a message with null text threw
 * and failed the turn; here a malformed entity is skipped and a message without text left alone.
 */
export function removeRecipientMention(activity: Partial<Activity>): void {
  const { text, entities, recipient } = activity;
  if (typeof text !== 'string' || !Array.isArray(entities)) return;
  for (const entity of entities) {
    const mention = MentionSchema.safeParse(entity);
    if (mention.success && mention.data.mentioned.id === recipient?.id) {
      activity.text = text.replace(mention.data.text, '').trim();
      return;
    }
  }
}
