import type { ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { CheckBack } from '../../domain/index.js';
import type { HostAdapter } from '../adapter.js';
import { withdrawReplies } from '../outbox.js';
import type { CheckBackDelivery } from './send-claimed.js';

/** What the dialogs stored as the conversation's address, checked before the host writes there. */
const ReferenceSchema = z.looseObject({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
});

/** The channel did not take the check-back (it answered an error, refused or timed out). */
export class CheckBackNotDelivered extends Error {
  override readonly name = 'CheckBackNotDelivered';
}

/**
 * Writes a check-back into its conversation: a proactive turn through the adapter's
 * continueConversationAsync with the conversation reference saved when it was booked. Rejects
 * when it did not reach the channel, so the sender can try again.
 */
export function checkBackDelivery(adapter: HostAdapter, botAppId: string | undefined, send: (context: TurnContext, checkBack: CheckBack) => Promise<void>): CheckBackDelivery {
  return async (checkBack, beforePost) => {
    // The fields the adapter needs are checked; the rest is the reference as botbuilder wrote it.
    const reference = ReferenceSchema.parse(checkBack.address) as unknown as Partial<ConversationReference>;
    // A failure inside the turn is kept here, not thrown: the adapter would hand it to onTurnError,
    // which apologises to the user for a turn they never took.
    let failure: unknown;
    let posted = false;
    await adapter.continueConversationAsync(botAppId ?? '', reference, async (context) => {
      try {
        await send(context, checkBack);
        await beforePost();
      } catch (error) {
        withdrawReplies(context);
        failure = error;
        return;
      }
      // A proactive turn runs the outbox middleware too: its held reply is posted by afterLogic, as a message turn's is.
      posted = await adapter.afterLogic(context);
    });
    if (failure !== undefined) throw failure;
    if (!posted) throw new CheckBackNotDelivered(`the channel did not take the check-back for ${checkBack.conversationKey}`);
  };
}
