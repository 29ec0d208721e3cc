/**
 * The browser's stand-in for the Electron preload: builds the same named window.api from the
 * contract and sends each call either to a Playwright binding (e2e tests) or over HTTP to the
 * preview server on 127.0.0.1, which knows the page by its HttpOnly session cookie.
 */
import { buildApi, type Invoke } from '../shared/contract/build-api';
import type { Result } from '../shared/result';
import { BINDING_NAME } from './browser-bridge-name';

declare global {
  interface Window {
    [BINDING_NAME]?: (channel: string, input: unknown) => Promise<Result<unknown>>;
  }
}

const viaBinding: Invoke = (channel, input) => {
  const binding = window[BINDING_NAME];
  if (!binding) throw new Error('binding missing');
  return binding(channel, input);
};

const refused: Result<unknown> = {
  ok: false,
  error: {
    code: 'internal',
    message:
      'Browseren har ikke adgang længere. Tryk Enter i terminalen, hvor Ledelsesrum kører, og åbn den nye adresse.',
    messageEn:
      'This browser no longer has access. Press Enter in the terminal running Ledelsesrum and open the new address.',
  },
};

const viaHttp: Invoke = async (channel, input) => {
  const body = JSON.stringify(input);
  try {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body,
      // Small saves sent while the tab closes still reach the server; keepalive allows up to 64 KB.
      keepalive: body.length < 60_000,
    });
    if (response.status === 403) return refused;
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Forbindelsen til Ledelsesrum blev afbrudt. Kør «npm run preview» igen.',
        messageEn: 'The connection to Ledelsesrum was lost. Run “npm run preview” again.',
      },
    };
  }
};

Object.defineProperty(window, 'api', {
  value: Object.freeze(buildApi((channel, input) => (window[BINDING_NAME] ? viaBinding : viaHttp)(channel, input))),
  writable: false,
  configurable: false,
});
