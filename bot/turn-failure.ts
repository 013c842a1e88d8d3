import type { UiMessages } from '../i18n/index.js';
import { StateSaveError, StateWriteConflictError } from './state-write-conflict.js';

/** What failed in a turn, as the user is told: see UiMessages.turnFailed. */
export type TurnFailure = Parameters<UiMessages['turnFailed']>[0];

/** File-system errors that mean "the store cannot take writes now", not a fault of the turn. */
const STORAGE_FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

/** The kind of failure, by the error's type: a conflict, a save that failed, or anything else. */
export function failureOf(error: unknown): Exclude<TurnFailure, 'stack-reset'> {
  if (error instanceof StateWriteConflictError) return 'conflict';
  if (error instanceof StateSaveError) return 'save';
  // A case or other record the turn saves itself (e.g. a triage case on a full disk).
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && STORAGE_FULL_CODES.has(code) ? 'save' : 'error';
}
