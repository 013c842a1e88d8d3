import { rename } from 'node:fs/promises';

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
export async function setDamagedFileAside(file: string, reason: string): Promise<DamagedFileReport> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${file}.damaged-${stamp}`;
  await rename(file, movedTo);
  return { file, movedTo, reason };
}
