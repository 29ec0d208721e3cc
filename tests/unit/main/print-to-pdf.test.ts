import { describe, expect, it } from 'vitest';
import { createPrintToPdf, type PrintWindow } from '../../../electron/main/print-to-pdf';
import { AppError } from '../../../electron/shared/app-error';

/** A hidden window that becomes ready after `readyAfter` polls (or reports an error), and notes what it was asked. */
function fakeWindow(state: 'ready' | 'error', readyAfter = 2) {
  const log: string[] = [];
  let polls = 0;
  const window: PrintWindow = {
    loadURL: async (url) => void log.push(`load ${url}`),
    destroy: () => void log.push('destroy'),
    webContents: {
      executeJavaScript: async () => (++polls >= readyAfter ? state : ''),
      printToPDF: async (options) => {
        log.push(`print ${JSON.stringify(options)}`);
        return new Uint8Array([37, 80, 68, 70]);
      },
    },
  };
  return { window, log };
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
