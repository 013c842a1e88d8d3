import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** DATA_DIR cannot be used: the message names the folder and why, in words an operator acts on. */
export class DataFolderError extends Error {
  override readonly name = 'DataFolderError';
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

const WHY: Record<string, string> = {
  EROFS: 'is on a read-only file system',
  EACCES: 'is not writable by this process',
  EPERM: 'is not writable by this process',
};

/** Why the process cannot write in `folder`, or undefined when it can. */
async function notWritable(folder: string): Promise<string | undefined> {
  try {
    await access(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = codeOf(error);
    return `${WHY[code ?? ''] ?? 'cannot be written'}${code ? ` (${code})` : ''}`;
  }
}

/** The nearest folder on the way to `folder` that exists. */
async function nearestExisting(folder: string): Promise<string> {
  for (let current = folder; ; current = dirname(current)) {
    try {
      await access(current, constants.F_OK);
      return current;
    } catch {
      if (dirname(current) === current) return current;
    }
  }
}

/**
 * Makes DATA_DIR if it is missing and checks the process can write in it. Node's recursive mkdir
 * reports a missing folder under a read-only mount as ENOENT (naming the folder it could not make,
 * not why); this says which folder exists and what is wrong with it.
 */
export async function ensureDataFolder(dataDir: string): Promise<void> {
  const folder = resolve(dataDir);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const existing = await nearestExisting(folder);
    const why = await notWritable(existing);
    throw new DataFolderError(
      why
        ? `DATA_DIR ${folder} does not exist and cannot be made there: ${existing} ${why}. Point DATA_DIR at a writable folder (a mounted volume), or create it with write access for this process.`
        : `DATA_DIR ${folder} could not be made (${codeOf(error) ?? String(error)}).`,
      { cause: error },
    );
  }
  const why = await notWritable(folder);
  if (why) throw new DataFolderError(`DATA_DIR ${folder} ${why}: the bot keeps its state and cases there. Point DATA_DIR at a writable folder.`);
}
