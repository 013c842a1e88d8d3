import { z } from 'zod';
import type { Playground } from './playground.js';

/**
 * The Playground stamps every activity the page sends with `locale: "en-US"` (hard-coded), so an
 * Italian turn cannot come from the message box. Its "custom activity" API can: it returns a base
 * activity for a conversation (ids, serviceUrl, from, recipient) that we complete and post back.
 */
const baseActivitySchema = z.looseObject({
  channelId: z.string(),
  serviceUrl: z.url(),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: z.looseObject({ id: z.string().min(1) }),
  recipient: z.looseObject({ id: z.string().min(1) }),
});

export const localizedMessageSchema = z
  .object({
    text: z.string().min(1).optional(),
    /** What a card click would carry (an object, as with Action.Submit data). */
    value: z.record(z.string(), z.unknown()).optional(),
    /** BCP 47, e.g. "it-IT". */
    locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a locale such as it-IT'),
  })
  .refine((message) => message.text !== undefined || message.value !== undefined, 'give text, value or both');
export type LocalizedMessage = z.input<typeof localizedMessageSchema>;

/**
 * Sends the bot a message in the personal chat as the Playground's user, with the given locale.
 * The bot's replies appear in the page like any other; the message itself does not.
 */
export async function sendMessageInLocale(playground: Playground, input: LocalizedMessage): Promise<void> {
  const message = localizedMessageSchema.parse(input);
  const templateUrl = new URL('_internal/v1/customActivities/template', playground.url);
  templateUrl.searchParams.set('conversationId', playground.personalChatId);
  const response = await fetch(templateUrl);
  if (!response.ok) throw new Error(`No activity template from the Playground: ${response.status} ${await response.text()}`);
  const base = baseActivitySchema.parse(await response.json());
  await playground.sendActivityToBot({
    ...base,
    type: 'message',
    ...(message.text === undefined ? {} : { text: message.text }),
    ...(message.value === undefined ? {} : { value: message.value }),
    locale: message.locale,
    from: { ...base.from, name: playground.user.name },
    entities: [{ type: 'clientInfo', locale: message.locale, platform: 'Web' }],
  });
}
