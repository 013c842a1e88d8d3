import type { ActivityTimestamps } from 'botbuilder';
import { z } from 'zod';

/** What an Adaptive Card Universal Action's invoke carries (botbuilder's AdaptiveCardInvokeValue). */
const AdaptiveCardActionValue = z.looseObject({ action: z.looseObject({}) });

/** Someone in a conversation: channels always send an id. */
const party = z.looseObject({ id: z.string().min(1) });
const optionalText = z.string().nullish();

/**
 * What the edge insists on before an activity may reach the adapter: the fields every channel
 * sends and the types botbuilder assumes (a numeric serviceUrl or text would throw deep inside a
 * turn; a missing conversation id breaks the state keys). Other fields pass through untouched.
 */
export const ActivityEnvelopeSchema = z.looseObject(
  {
    type: z.string({ error: 'the activity needs a "type" string' }).min(1, { error: 'the activity "type" is empty' }),
    channelId: z.string().min(1),
    serviceUrl: z.url({ protocol: /^https?$/ }),
    conversation: party,
    from: party,
    recipient: party,
    id: optionalText,
    replyToId: optionalText,
    text: optionalText,
    locale: z.string().max(100).nullish(),
    deliveryMode: optionalText,
    name: optionalText,
    action: optionalText,
    timestamp: optionalText,
    localTimestamp: optionalText,
    // Lists are left out when empty, never null: botbuilder reads `entities.length` when it is not undefined.
    attachments: z.array(z.looseObject({ contentType: z.string() })).optional(),
    entities: z.array(z.looseObject({ type: z.string() })).optional(),
    membersAdded: z.array(party).optional(),
    membersRemoved: z.array(party).optional(),
  },
  { error: 'the body must be a JSON object (Content-Type: application/json)' },
).superRefine((activity, ctx) => {
  // botbuilder reads value.action.type of an Adaptive Card action unchecked: a string or a value
  // without an action threw, failed the turn, and two in a row reset the dialog stack.
  if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action' && !AdaptiveCardActionValue.safeParse(activity['value']).success) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'an adaptiveCard/action invoke needs a value object with an "action" object' });
  }
});

/**
 * How deep an activity's JSON may nest. Channels send a few levels (an Adaptive Card's submitted
 * data, Teams' channelData); thousands of levels reached code that walks values recursively
 * (cloning, serialising state) only after the turn had been applied, and failed it with a 500.
 */
export const MAX_ACTIVITY_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `maxDepth` objects or arrays; walked with a stack, not recursion. */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
    }
  }
  return false;
}

/** Why the edge refused an activity, in one line: the field and what it must be. */
export function envelopeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not an activity';
  return issue.path.length === 0 || issue.path[0] === 'type' ? issue.message : `"${issue.path.join('.')}": ${issue.message}`;
}

export type ActivityEnvelope = z.output<typeof ActivityEnvelopeSchema>;

/** The wire's timestamp fields and where botbuilder keeps their text once they are Dates. */
const TIMESTAMPS = [
  ['timestamp', 'rawTimestamp'],
  ['localTimestamp', 'rawLocalTimestamp'],
  ['expiration', 'rawExpiration'],
] as const;

/**
 * The checked envelope as botbuilder's Activity: timestamps become Dates and their text is kept
 * (what CloudAdapter.process does before a turn; the host runs turns itself, see HostAdapter).
 * The envelope is zod's own copy of the body, so it is converted in place.
 */
export function activityFromEnvelope(envelope: ActivityEnvelope): ActivityTimestamps {
  const activity: Record<string, unknown> = envelope;
  for (const [field, rawField] of TIMESTAMPS) {
    const text = activity[field];
    if (typeof text === 'string') {
      activity[rawField] = text;
      activity[field] = new Date(text);
    }
  }
  return activity as unknown as ActivityTimestamps;
}
