import { randomUUID } from 'node:crypto';

export const MESSAGES_PATH = '/api/messages';

export interface Conversation {
  id: string;
  userId: string;
  locale: string;
  /** Where normal (not expectReplies) replies go; nothing listens on the default. */
  serviceUrl: string;
  channelId: string;
}

export function newConversation(tag: string, locale = 'en-US', serviceUrl = 'http://127.0.0.1:9/', channelId = 'bench'): Conversation {
  return { id: `${tag}-${randomUUID()}`, userId: `user-${randomUUID()}`, locale, serviceUrl, channelId };
}

/**
 * A message activity as a channel sends it, asking for the replies in the HTTP response
 * (expectReplies) so no connector is needed to receive them.
 */
export function messageActivity(conversation: Conversation, content: { text?: string; value?: unknown }): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: conversation.channelId,
    serviceUrl: conversation.serviceUrl,
    deliveryMode: 'expectReplies',
    locale: conversation.locale,
    from: { id: conversation.userId, name: 'Bench Admin' },
    recipient: { id: 'upgrade-assistant', name: 'Upgrade Assistant' },
    conversation: { id: conversation.id, conversationType: 'personal' },
    ...content,
  };
}
