import { z } from 'zod';

/** What one per-key state file holds: the key (to catch a file in the wrong place), its eTag, the item. */
export const StoredItemSchema = z.object({
  key: z.string().min(1),
  eTag: z.string().min(1),
  value: z.record(z.string(), z.unknown()),
});
export type StoredItem = z.infer<typeof StoredItemSchema>;

/** An item as the store keeps it in memory: its eTag and its value serialised once, at write time. */
export interface SerialisedItem {
  eTag: string;
  valueJson: string;
}

/**
 * The JSON text of a stored item, built around JSON the value already has, so an item is
 * serialised once per write whether it goes to the journal or to its per-key file.
 */
export function storedItemJson(key: string, item: SerialisedItem): string {
  return `{"key":${JSON.stringify(key)},"eTag":${JSON.stringify(item.eTag)},"value":${item.valueJson}}`;
}
