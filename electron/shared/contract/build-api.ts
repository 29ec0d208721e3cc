import type { Result } from '../result';
import { apiPathOf, channelNames, type Api } from './index';

/** Sends one call over whatever transport the host has (Electron IPC, HTTP, a Playwright binding). */
export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds window.api from the contract: named methods only, never a generic invoke, so the
 * renderer can call exactly the declared channels and nothing else.
 */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of channelNames) {
    const [domain, method] = apiPathOf(name);
    const group = (api[domain] ??= {});
    group[method] = (input: unknown) => invoke(name, input ?? {});
  }
  return api as unknown as Api;
}
