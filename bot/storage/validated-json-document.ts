import { Low } from 'lowdb';
import { JSONFile, TextFile } from 'lowdb/node';
import { z } from 'zod';
import { setDamagedFileAside, type DamagedFileHandler } from './damaged-file.js';

/**
 * Opens one lowdb JSON document and validates it with zod. A missing file gives `data: null`.
 * A file that is not JSON (torn, truncated) or has the wrong shape is set aside, reported, and
 * also gives `data: null`, so the caller starts afresh without losing the old bytes.
 * Writes go through lowdb's JSONFile, which writes a temp file and renames it (steno).
 */
export async function openValidatedJsonDocument<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  onDamagedFile: DamagedFileHandler,
): Promise<Low<z.output<Schema> | null>> {
  const document = new Low<z.output<Schema> | null>(new JSONFile<z.output<Schema> | null>(file), null);
  // Read the text ourselves: lowdb maps a missing file and a file holding `null` both to null,
  // and the second is damage to report, not an empty key.
  const text = await new TextFile(file).read();
  if (text === null) return document;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    onDamagedFile(await setDamagedFileAside(file, `not valid JSON: ${message}`));
    return document;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) {
    document.data = parsed.data;
  } else {
    onDamagedFile(await setDamagedFileAside(file, `unexpected shape: ${z.prettifyError(parsed.error)}`));
  }
  return document;
}
