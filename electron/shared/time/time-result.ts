/**
 * Result shapes for the time helpers. They mirror the app's `Result`/`ApiError` convention
 * (a Danish `message` with an English `messageEn`) so a caller can hand the error straight to the UI.
 */

/** Languages the date formatting supports: Danish first, English alongside. */
export type DisplayLanguage = 'da' | 'en';

/** A problem with a date, a clock time or a duration, with text a user can act on. */
export interface TimeError<Code extends string = string> {
  code: Code;
  /** Danish message for the user. */
  message: string;
  /** English message for the user. */
  messageEn: string;
}

/** A value or a typed problem; the helpers never throw for input a user typed. */
export type TimeResult<T, Code extends string = string> =
  { ok: true; value: T } | { ok: false; error: TimeError<Code> };
