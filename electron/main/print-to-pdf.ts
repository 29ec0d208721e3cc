/**
 * "Gem som PDF" in the desktop app: the document's print view is opened in a hidden window of our
 * own renderer, and Chromium prints it with `webContents.printToPDF`. The window is given in, so
 * this file never imports Electron and its test runs under Node; it is closed whatever happens, and
 * while open it may call only the print view's channels (`PRINT_CHANNELS`).
 */
import { AppError } from '../shared/app-error';
import type { DocumentRequest, PrintToPdf } from '../shared/contract/documents';
import { printHash } from '../shared/documents/print-query';
import { markRestrictedWindow, type MarkableContents } from './security/restricted-windows';

/** The part of a BrowserWindow printing needs. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  webContents: MarkableContents & {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: Record<string, unknown>): Promise<Uint8Array>;
  };
}

/** How long the print view may take to show its document before the export gives up. */
const READY_TIMEOUT_MS = 20_000;
const POLL_MS = 50;

// A4 as the print view's @page rule says; headings become the PDF's bookmarks.
const PDF_OPTIONS = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
};

/** A PrintToPdf over hidden windows made by `openWindow`, loading `entryUrl` with the print route. */
export function createPrintToPdf(openWindow: () => PrintWindow, entryUrl: string): PrintToPdf {
  return async (request: DocumentRequest) => {
    const window = openWindow();
    // Before it loads anything: the print view may call only what showing the document needs.
    markRestrictedWindow(window.webContents, 'print');
    try {
      await window.loadURL(`${entryUrl}${printHash(request)}`);
      await whenReady(window);
      return new Uint8Array(await window.webContents.printToPDF(PDF_OPTIONS));
    } finally {
      window.destroy();
    }
  };
}

// The print view marks the page when its document is on it, or when it could not be shown.
async function whenReady(window: PrintWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const state = await window.webContents.executeJavaScript('document.documentElement.dataset.printReady ?? ""');
    if (state === 'ready') return;
    if (state === 'error' || Date.now() > deadline) {
      throw new AppError(
        'internal',
        'Dokumentet kunne ikke gøres klar til PDF. Prøv igen, eller gem det som Word.',
        'The document could not be made ready for PDF. Try again, or save it as Word.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
