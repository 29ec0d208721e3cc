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

/** A failed call, carrying the error value the services returned; `shown` once the user has seen it. */
export class ApiFailure extends Error {
  constructor(
    readonly error: ApiError,
    readonly shown: boolean,
  ) {
    super(error.message);
  }
}

/**
 * Handlers fire and forget (`void meetings.removeAction(…)`), so a refusal that `call()` has already
 * shown as a toast would end as an unhandled rejection. This drops exactly those; anything else still
 * surfaces as a page error.
 */
export function dropShownRefusals(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('unhandledrejection', (event) => {
    if (event.reason instanceof ApiFailure && event.reason.shown) event.preventDefault();
  });
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
  // The data was locked under this window (the menu, another window): it starts over at the lock
  // screen, so nothing it still holds stays on screen.
  if (result.error.code === 'locked') location.reload();
  if (!options.quiet) toasts.error(errorText(result.error));
  throw new ApiFailure(result.error, !options.quiet);
}
