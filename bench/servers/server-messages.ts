import { z } from 'zod';

/** What a benchmark parent and its server process say to each other over IPC. */
export const SERVER_KINDS = ['bare-restify', 'echo-bot', 'upgrade-assistant'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export const ParentMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('cpu') }), z.object({ type: z.literal('stop') })]);
export const ChildMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), url: z.string() }),
  z.object({ type: z.literal('cpu'), user: z.number(), system: z.number() }),
]);
export type ChildMessage = z.infer<typeof ChildMessageSchema>;
