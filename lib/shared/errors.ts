// Failures with a code for the code that handles them and a sentence for the reader: the UI shows
// the sentence today and can translate by code later.
import type { ErrorCode, Result } from '../model';

export class SkinmarkError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SkinmarkError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, error: string): Result<never> => ({ ok: false, code, error });

/** Any error as a code and a sentence a reader can act on; storage failures abort their transaction whole. */
export function describeError(error: unknown): { code: ErrorCode; error: string } {
  if (error instanceof SkinmarkError) return { code: error.code, error: error.message };
  const name = error instanceof DOMException || (error instanceof Error && error.name) ? (error as Error).name : '';
  if (name === 'QuotaExceededError') {
    return {
      code: 'quota',
      error: 'The browser has no room left for Skinmark’s library, so nothing was saved. Free some disk space, or delete old articles.',
    };
  }
  if (name === 'UnknownError' || name === 'InvalidStateError') {
    return {
      code: 'storage-unavailable',
      error: 'The browser would not let Skinmark use its library (storage may be turned off in this window), so nothing was saved.',
    };
  }
  if (name === 'ConstraintError') return { code: 'conflict', error: 'That is already in your library; nothing was changed.' };
  return { code: 'internal', error: error instanceof Error ? error.message : String(error) };
}
