/** Error codes that cross the IPC boundary; the renderer picks a message by code and shows the text. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'storage'
  | 'locked'
  | 'read-only'
  | 'newer-version'
  | 'unknown-channel'
  | 'internal';

/** One problem with one field of an input, in words a user can act on. */
export interface FieldIssue {
  path: string;
  message: string;
  messageEn: string;
}

/** A failure as a value: errors cross IPC as data, never as thrown exceptions. */
export interface ApiError {
  code: ErrorCode;
  /** Danish message for the user. */
  message: string;
  /** English message for the user. */
  messageEn: string;
  issues?: FieldIssue[];
}

/** What every contract call resolves to. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed result. */
export function fail<T = never>(error: ApiError): Result<T> {
  return { ok: false, error };
}
