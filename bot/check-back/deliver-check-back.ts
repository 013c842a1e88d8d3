import type { ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { CheckBack } from '../../domain/index.js';
import type { HostAdapter } from '../adapter.js';

/** What the dialogs stored as the conversation's address, checked before the host writes there. */
const ReferenceSchema = z.looseObject({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
});

/**
 * Writes a check-back into its conversation: a proactive turn through the adapter's
 * continueConversationAsync with the conversation reference saved when it was booked.
 */
export function checkBackDelivery(
  adapter: HostAdapter,
  botAppId: string | undefined,
  send: (context: TurnContext, checkBack: CheckBack) => Promise<void>,
): (checkBack: CheckBack) => Promise<void> {
  return async (checkBack) => {
    // The fields the adapter needs are checked; the rest is the reference as botbuilder wrote it.
    const reference = ReferenceSchema.parse(checkBack.address) as unknown as Partial<ConversationReference>;
    // A proactive turn runs the outbox middleware too: its held reply is posted by afterLogic, as a message turn's is.
    await adapter.continueConversationAsync(botAppId ?? '', reference, async (context) => {
      await send(context, checkBack);
      await adapter.afterLogic(context);
    });
  };
}
