import type { Result } from '../result';
import { apiPathOf, channelNames, type Api, type ApiAtEachChannel, type ApiMethods, type ResultOf } from './index';

/** Sends one call over whatever transport the host has (Electron IPC, HTTP, a Playwright binding). */
export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds window.api from the contract: named methods only, never a generic invoke, so the
 * renderer can call exactly the declared channels and nothing else.
 */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channelNames) {
    const [domain, method] = apiPathOf(name);
    (api[domain] ??= {})[method] = methodFor(invoke, name);
  }
  // The grouping by domain is done at run time (the contract test checks every channel lands at its place);
  // the compiler checks that place: each channel's method in `Api` is exactly the one `methodFor` builds.
  return api as unknown as Api;
}

/** One channel's method: passes its input on and types the answer as the channel's (the services validate both). */
function methodFor<C extends keyof ApiMethods>(invoke: Invoke, name: C): ApiMethods[C] {
  return ((input: unknown) => invoke(name, input ?? {}) as Promise<Result<ResultOf<C>>>) as ApiMethods[C];
}

/** True only when two types are the same both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Fails to compile when `Api` and the per-channel methods drift apart (see ApiAtEachChannel).
const apiMatchesContract: Same<ApiAtEachChannel, ApiMethods> = true;
void apiMatchesContract;
