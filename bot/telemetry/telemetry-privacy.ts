import { createHash } from 'node:crypto';

/**
 * What may leave the process in a telemetry event. Properties are sorted into three kinds; any
 * other property is dropped, so a property a botbuilder upgrade adds cannot carry personal data out
 * unnoticed.
 */

/** Ids: sent as a hash, so events of one conversation or user can be told together but not traced back. */
const HASHED = new Set(['fromId', 'recipientId', 'conversationId', 'userId', 'activityId', 'replyActivityId', 'conversationKey']);
/** What a person typed or is called: sent only with TELEMETRY_INCLUDE_TEXT=true (debugging). */
const PERSONAL = new Set(['text', 'speak', 'attachments', 'fromName', 'recipientName', 'conversationName']);
/** Ids of the bot's own making and channel facts: sent as they are. */
const PLAIN = new Set([
  // botbuilder's TelemetryLoggerMiddleware and dialogs
  'channelId',
  'locale',
  'type',
  'DialogId',
  'StepName',
  'InstanceId',
  // ours (dialogs/turn-telemetry.ts)
  'path',
  'reasons',
  'currentPlan',
  'targetPlan',
  'walkthrough',
  'step',
  'stepNumber',
  'stepCount',
  'part',
  'fault',
  'statusCode',
]);

/** A stable pseudonym for an id: the first 16 hex digits of its SHA-256. */
export function hashId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 16);
}

/** The properties an event may carry out of the process. */
export function privateProperties(properties: Readonly<Record<string, unknown>> | undefined, includeText: boolean): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(properties ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (HASHED.has(name)) kept[name] = hashId(text);
    else if (PLAIN.has(name) || (includeText && PERSONAL.has(name))) kept[name] = text;
  }
  return kept;
}
