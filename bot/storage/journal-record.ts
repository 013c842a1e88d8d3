import { z } from 'zod';
import { storedItemJson, StoredItemSchema, type SerialisedItem } from './stored-item.js';

/** A journal line saying a key was deleted, so a replay never brings an older value back. */
const DeletionSchema = z.strictObject({ key: z.string().min(1), deleted: z.literal(true) });

/** One journal line: a key's new item (the same shape as its per-key file), or its deletion. */
export const JournalRecordSchema = z.union([StoredItemSchema.strict(), DeletionSchema]);
export type JournalRecord = z.infer<typeof JournalRecordSchema>;

/** The journal line for a write: one JSON document ending in a newline. */
export function itemLine(key: string, item: SerialisedItem): string {
  return `${storedItemJson(key, item)}\n`;
}

/** The journal line for a deletion. */
export function deletionLine(key: string): string {
  return `${JSON.stringify({ key, deleted: true } satisfies z.infer<typeof DeletionSchema>)}\n`;
}
