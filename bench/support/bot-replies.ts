import { z } from 'zod';

const ReplySchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  replyToId: z.string().optional(),
  conversation: z.looseObject({ id: z.string() }).optional(),
  attachments: z.array(z.looseObject({ contentType: z.string(), content: z.unknown() })).optional(),
});
export type Reply = z.infer<typeof ReplySchema>;

/** What an expectReplies turn answers with. */
export const ExpectedRepliesSchema = z.object({ activities: z.array(ReplySchema) });

const SubmitDataSchema = z.looseObject({ action: z.string() });
export type CardSubmit = z.infer<typeof SubmitDataSchema>;

/** Every Action.Submit's data in the replies' Adaptive Cards, wherever the button sits. */
export function submitsOf(replies: readonly Reply[]): CardSubmit[] {
  const found: CardSubmit[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element['type'] === 'Action.Submit') {
        const data = SubmitDataSchema.safeParse(element['data']);
        if (data.success) found.push(data.data);
      }
      for (const [key, child] of Object.entries(element)) if (key !== 'data') walk(child);
    }
  };
  for (const reply of replies) walk(reply.attachments?.map((attachment) => attachment.content));
  return found;
}

/** All words a user reads: message text and card text, titles and fact values. */
export function wordsOf(replies: readonly Reply[]): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'data') continue;
        if (typeof child === 'string' && (key === 'text' || key === 'title' || key === 'value')) parts.push(child);
        else walk(child);
      }
    }
  };
  for (const reply of replies) {
    if (reply.text !== undefined) parts.push(reply.text);
    walk(reply.attachments?.map((attachment) => attachment.content));
  }
  return parts.join('\n');
}

/** Replies that belong to another conversation or answer another activity: must never happen. */
export function strayReplies(replies: readonly Reply[], conversationId: string, activityId: string): Reply[] {
  return replies.filter((reply) => reply.conversation?.id !== conversationId || reply.replyToId !== activityId);
}
