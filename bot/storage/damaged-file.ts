import { rename, writeFile } from 'node:fs/promises';

/** A stored file that could not be parsed or validated, and where it was moved. */
export interface DamagedFileReport {
  file: string;
  movedTo: string;
  reason: string;
}

export type DamagedFileHandler = (report: DamagedFileReport) => void;

/**
 * Moves a damaged file out of the way under a name that keeps it for a human to inspect,
 * so the key can be written again without losing what was there.
 */
function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Keeps the partial last line of a journal segment in a file beside it; returns that file's name. */
export async function keepTornTail(segmentFile: string, tail: string): Promise<string> {
  const keptAs = `${segmentFile}.torn-${stamp()}`;
  await writeFile(keptAs, tail, 'utf8');
  return keptAs;
}

export async function setDamagedFileAside(file: string, reason: string): Promise<DamagedFileReport> {
  const movedTo = `${file}.damaged-${stamp()}`;
  await rename(file, movedTo);
  return { file, movedTo, reason };
}
