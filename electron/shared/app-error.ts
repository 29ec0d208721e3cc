import type { ApiError, ErrorCode, FieldIssue } from './result';

/** An expected failure raised inside services; the dispatcher turns it into an ApiError value. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageEn: string;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, messageEn: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.messageEn = messageEn;
    this.issues = issues;
  }

  /** The plain-data form that crosses the IPC boundary. */
  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message, messageEn: this.messageEn };
    if (this.issues) error.issues = this.issues;
    return error;
  }
}

/** A record the caller asked for does not exist (any more). */
export function notFound(whatDa: string, whatEn: string): AppError {
  return new AppError('not-found', `${whatDa} findes ikke længere.`, `${whatEn} no longer exists.`);
}
