import type { Api } from '$shared/contract';
import type { ApiError, Result } from '$shared/result';
import { toasts } from './state/toasts.svelte';
import { i18n } from './i18n/i18n.svelte';

declare global {
  interface Window {
    api?: Api;
  }
}

/** True when a host (Electron preload, preview or test bridge) has provided window.api. */
export const hasApi = typeof window !== 'undefined' && window.api !== undefined;

/** The contract's named methods. The only place in the renderer that touches window.api. */
export const api: Api = window.api as Api;

/** A failed call, carrying the error value the services returned. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** The message to show for an error, in the current language. */
export function errorText(error: ApiError): string {
  return i18n.lang === 'en' ? error.messageEn : error.message;
}

/**
 * Awaits a contract call and unwraps its value. A failure is shown to the user as a toast
 * (unless `quiet`) and rethrown so the caller can keep its own state right.
 */
export async function call<T>(pending: Promise<Result<T>>, options: { quiet?: boolean } = {}): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  if (!options.quiet) toasts.error(errorText(result.error));
  throw new ApiFailure(result.error);
}
