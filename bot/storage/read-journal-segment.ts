import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { JournalRecordSchema, type JournalRecord } from './journal-record.js';

/** What one segment file holds, read back at start-up. */
export interface ReadSegment {
  /** Valid records, in the order they were appended. */
  records: JournalRecord[];
  /**
   * Bytes after the last newline: what a crash in the middle of an append leaves. That append was
   * never acknowledged, so it is not applied (the caller keeps the bytes aside and logs it).
   */
  tornTailBytes: number;
  /** Those bytes, kept by the caller beside the segment for a human to look at. */
  tornTail: string;
  /** Complete lines that are not valid records, each as "line N: why". Any is damage to report. */
  damagedLines: string[];
}

/** Reads a journal segment: every complete line parsed and validated, a partial last line told apart. */
export async function readSegment(file: string): Promise<ReadSegment> {
  const text = await readFile(file, 'utf8');
  const lastNewline = text.lastIndexOf('\n');
  const complete = text.slice(0, lastNewline + 1);
  const tail = text.slice(lastNewline + 1);
  const records: JournalRecord[] = [];
  const damagedLines: string[] = [];
  const lines = complete.split('\n');
  // The text up to and including the last newline splits into lines plus one empty string at the end.
  lines.pop();
  lines.forEach((line, index) => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      damagedLines.push(`line ${index + 1}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const parsed = JournalRecordSchema.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else damagedLines.push(`line ${index + 1}: unexpected shape: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  });
  return { records, tornTailBytes: Buffer.byteLength(tail, 'utf8'), tornTail: tail, damagedLines };
}
