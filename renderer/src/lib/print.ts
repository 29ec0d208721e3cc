import type { DocumentRequest } from '$shared/contract/documents';
import { printHash } from '$shared/documents/print-query';
import { api, call } from './api';
import { appInfo } from './state/app-info.svelte';
import { exportsState } from './state/exports.svelte';

// Set by "Gem som PDF" in the browser, so the print view opens the print dialog once it shows the document.
let printWhenReady = false;

/** True once after "Gem som PDF" asked the print view to print. */
export function takePrintWhenReady(): boolean {
  const asked = printWhenReady;
  printWhenReady = false;
  return asked;
}

/**
 * "Gem som PDF": the desktop app prints the document's print view to a PDF and saves it where the
 * user chooses; in the browser the print view opens with the print dialog, where "Gem som PDF" is a
 * printer. Either way the PDF holds what the Word file holds.
 */
export async function saveAsPdf(request: DocumentRequest): Promise<void> {
  if (appInfo.info?.canSavePdf === true) {
    // The same ending as every export: ask before replacing, then a lasting toast with the folder.
    await exportsState.finish(await call(api.documents.exportPdf(request)));
    return;
  }
  printWhenReady = true;
  location.hash = printHash(request);
}
