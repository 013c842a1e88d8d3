import { randomUUID } from 'node:crypto';
import { DeliveryModes, type BotState, type Middleware, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { Logger } from './logger.js';
import { turnFields } from './turn-logging.js';

/** Marks the id a held reply is given until it is posted; no channel's ids look like it. */
const PENDING_REPLY_ID = 'urn:upgrade-assistant:pending-reply:';
const OUTBOX = Symbol('outbox');

/**
 * A turn's replies, held until the turn's state is saved. On normal delivery (Teams) botbuilder
 * posts each reply to the channel the moment the bot sends it, before the state is saved: a
 * crash or a failed save then left the user looking at a step the bot never recorded. Held here,
 * they are posted after the turn, or dropped when the turn fails (the failure message goes
 * instead). expectReplies needs no outbox: its replies leave in the HTTP response, after the turn.
 *
 * A held reply's id is a placeholder (the channel assigns the real one when it is posted); once
 * posted, the placeholders the turn stored in the conversation state are replaced by the real ids
 * and the state saved again, so a card can still be updated in place later (the walkthrough's).
 */
class Outbox {
  #holding = true;
  /** Each held send: the rest of its send pipeline (later handlers, then the adapter) and its placeholders. */
  readonly #held: { send: () => Promise<ResourceResponse[]>; ids: string[] }[] = [];

  get holding(): boolean {
    return this.#holding;
  }

  hold(count: number, send: () => Promise<ResourceResponse[]>): ResourceResponse[] {
    const ids = Array.from({ length: count }, () => `${PENDING_REPLY_ID}${randomUUID()}`);
    this.#held.push({ send, ids });
    return ids.map((id) => ({ id }));
  }

  /** The turn failed: nothing held is sent, and what the host sends now goes straight out. */
  discard(): void {
    this.#holding = false;
    this.#held.length = 0;
  }

  /** Posts what was held, in order, through the rest of each send's pipeline; returns each placeholder's real id. */
  async deliver(): Promise<Map<string, string>> {
    this.#holding = false;
    const realIds = new Map<string, string>();
    for (const { send, ids } of this.#held.splice(0)) {
      const responses = await send();
      ids.forEach((id, index) => {
        const realId = responses[index]?.id;
        if (realId) realIds.set(id, realId);
      });
    }
    return realIds;
  }
}

/** Replaces placeholder ids anywhere in a JSON value, in place; true when any was found. */
function replacePendingIds(value: unknown, realIds: ReadonlyMap<string, string>): boolean {
  if (Array.isArray(value)) {
    let replaced = false;
    value.forEach((item, index) => {
      const realId = typeof item === 'string' ? realIds.get(item) : undefined;
      if (realId !== undefined) value[index] = realId;
      replaced = realId !== undefined || replacePendingIds(item, realIds) || replaced;
    });
    return replaced;
  }
  if (value === null || typeof value !== 'object') return false;
  let replaced = false;
  for (const [key, item] of Object.entries(value)) {
    const realId = typeof item === 'string' ? realIds.get(item) : undefined;
    if (realId !== undefined) (value as Record<string, unknown>)[key] = realId;
    replaced = realId !== undefined || replacePendingIds(item, realIds) || replaced;
  }
  return replaced;
}

/** Drops what the turn's outbox holds (normal delivery) or its buffered replies (expectReplies). */
export function withdrawReplies(context: TurnContext): void {
  (context.turnState.get(OUTBOX) as Outbox | undefined)?.discard();
  context.bufferedReplyActivities.length = 0;
}

/** Holds a turn's replies from the moment the turn starts (normal delivery only). */
export function createOutboxMiddleware(): Middleware {
  return {
    onTurn: async (context, next) => {
      if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return next();
      const outbox = new Outbox();
      context.turnState.set(OUTBOX, outbox);
      context.onSendActivities(async (_context, activities, send) => {
        if (!outbox.holding) return send();
        // What TurnContext does once a reply is sent; held replies count as the turn's answer.
        if (activities.some((activity) => activity.type !== 'trace')) context.responded = true;
        return outbox.hold(activities.length, send);
      });
      await next();
    },
  };
}

/**
 * Posts the replies the turn held, once the bot's run (which saves its state) has returned; runs
 * at the end of the turn's logic, so middleware that watches sends (a transcript logger) still
 * sees them within the turn. A failed post is logged: the state is saved, so the turn stands.
 * Resolves to whether the channel took what was held: a check-back (a proactive turn) is sent
 * again when it did not, where a user's turn has nothing to resend.
 */
export async function deliverHeldReplies(context: TurnContext, conversationState: Pick<BotState, 'get' | 'saveChanges'>, logger: Logger): Promise<boolean> {
  const outbox = context.turnState.get(OUTBOX) as Outbox | undefined;
  if (!outbox) return true;
  let realIds: Map<string, string>;
  try {
    realIds = await outbox.deliver();
  } catch (error) {
    logger.warn({ err: error, ...turnFields(context) }, 'could not deliver the replies of a saved turn');
    return false;
  }
  if (realIds.size === 0 || !replacePendingIds(conversationState.get(context), realIds)) return true;
  try {
    await conversationState.saveChanges(context);
  } catch (error) {
    // The card keeps its placeholder id: updating it later fails, and the card stays as it was.
    logger.warn({ err: error, ...turnFields(context) }, 'could not record the ids of the replies sent');
  }
  return true;
}
