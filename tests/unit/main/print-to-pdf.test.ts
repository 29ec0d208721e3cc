import { describe, expect, it } from 'vitest';
import { createPrintToPdf, type PrintWindow } from '../../../electron/main/print-to-pdf';
import { PRINT_CHANNELS } from '../../../electron/main/security/policies';
import { windowMayCall } from '../../../electron/main/security/restricted-windows';
import { channelNames } from '../../../electron/shared/contract';
import { AppError } from '../../../electron/shared/app-error';

/** A hidden window that becomes ready after `readyAfter` polls (or reports an error), and notes what it was asked. */
function fakeWindow(state: 'ready' | 'error', readyAfter = 2, id = 41) {
  const log: string[] = [];
  let polls = 0;
  let destroyed = (): void => undefined;
  // What the window could call while its page was loaded, as the IPC handlers would judge it.
  const allowedWhileLoaded: string[] = [];
  const window: PrintWindow = {
    loadURL: async (url) => {
      log.push(`load ${url}`);
      allowedWhileLoaded.push(...channelNames.filter((channel) => windowMayCall(id, channel)));
    },
    destroy: () => {
      log.push('destroy');
      destroyed();
    },
    webContents: {
      id,
      once: (_event, listener) => (destroyed = listener),
      executeJavaScript: async () => (++polls >= readyAfter ? state : ''),
      printToPDF: async (options) => {
        log.push(`print ${JSON.stringify(options)}`);
        return new Uint8Array([37, 80, 68, 70]);
      },
    },
  };
  return { window, log, allowedWhileLoaded };
}

describe('printing a document to PDF in the desktop app', () => {
  it('loads the print view of the request, waits until it shows the document, prints A4 and closes the window', async () => {
    const { window, log } = fakeWindow('ready');
    const print = createPrintToPdf(() => window, 'app://ledelsesrum/index.html');
    const bytes = await print({ kind: 'minutes', id: 'm1', includeNotes: true });
    expect(bytes).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(log[0]).toBe('load app://ledelsesrum/index.html#/udskriv?type=referat&id=m1&includeNotes=1');
    expect(log[1]).toContain('"pageSize":"A4"');
    expect(log[1]).toContain('"preferCSSPageSize":true');
    expect(log.at(-1)).toBe('destroy');
  });

  it('gives a Danish error and still closes the window when the view cannot show the document', async () => {
    const { window, log } = fakeWindow('error');
    const print = createPrintToPdf(() => window, 'app://ledelsesrum/index.html');
    const failure = await print({ kind: 'agenda', id: 'gone' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toContain('PDF');
    expect(log.some((line) => line.startsWith('print'))).toBe(false);
    expect(log.at(-1)).toBe('destroy');
  });
});

describe('what the print window may call', () => {
  it('is the document it prints, the profile and the lock state, from before it loads until it is closed', async () => {
    const { window, allowedWhileLoaded } = fakeWindow('ready', 1, 42);
    expect(windowMayCall(42, 'networks:list')).toBe(true); // not yet a print window
    await createPrintToPdf(() => window, 'app://ledelsesrum/index.html')({ kind: 'agenda', id: 'm1' });
    expect(allowedWhileLoaded.sort()).toEqual([...PRINT_CHANNELS].sort());
    for (const channel of PRINT_CHANNELS) expect(channelNames).toContain(channel);
    // Closed: the id is forgotten, so a later window that gets it is not held to the print view's channels.
    expect(windowMayCall(42, 'networks:list')).toBe(true);
  });

  it('stays held to them when the view fails', async () => {
    const { window, allowedWhileLoaded } = fakeWindow('error', 1, 43);
    await createPrintToPdf(() => window, 'app://ledelsesrum/index.html')({ kind: 'agenda', id: 'x' }).catch(() => null);
    expect(allowedWhileLoaded).not.toContain('reflections:list');
    expect(allowedWhileLoaded).not.toContain('data:export');
    expect(allowedWhileLoaded.length).toBe(PRINT_CHANNELS.length);
  });
});
