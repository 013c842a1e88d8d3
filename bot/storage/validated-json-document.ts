import { Low } from 'lowdb';
import { JSONFile, TextFile } from 'lowdb/node';
import { z } from 'zod';
import { setDamagedFileAside, type DamagedFileHandler } from './damaged-file.js';

/**
 * The data a JSON file's text holds, checked with zod; null for no file (`text` null). Text that
 * is not JSON (torn, truncated) or has the wrong shape is set aside, reported, and also gives
 * null, so the caller starts afresh without losing the old bytes.
 */
export async function validatedJsonData<Schema extends z.ZodType>(
  file: string,
  text: string | null,
  schema: Schema,
  onDamagedFile: DamagedFileHandler,
): Promise<z.output<Schema> | null> {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    onDamagedFile(await setDamagedFileAside(file, `not valid JSON: ${message}`));
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  onDamagedFile(await setDamagedFileAside(file, `unexpected shape: ${z.prettifyError(parsed.error)}`));
  return null;
}

/**
 * Opens one lowdb JSON document and validates it with zod (see validatedJsonData); a missing or
 * damaged file gives `data: null`. Writes go through lowdb's JSONFile, which writes a temp file and
 * renames it (steno).
 */
export async function openValidatedJsonDocument<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  onDamagedFile: DamagedFileHandler,
): Promise<Low<z.output<Schema> | null>> {
  const document = new Low<z.output<Schema> | null>(new JSONFile<z.output<Schema> | null>(file), null);
  // Read the text ourselves: lowdb maps a missing file and a file holding `null` both to null,
  // and the second is damage to report, not an empty key.
  document.data = await validatedJsonData(file, await new TextFile(file).read(), schema, onDamagedFile);
  return document;
}
