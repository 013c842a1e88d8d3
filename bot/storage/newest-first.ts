/**
 * Sorts records by `createdAt` (ISO 8601), newest first. Compared as instants, not strings,
 * so offsets such as `+02:00` sort correctly; ties fall back to the id to keep the order stable.
 */
export function newestFirst<T extends { id: string; createdAt: string }>(records: T[]): T[] {
  return [...records].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
