import type { printDa } from './print-da';

/** English texts of the print view and "Save as PDF". */
export const printEn: Record<keyof typeof printDa, string> = {
  'print.toolbar': 'Print',
  'print.back': 'Back',
  'print.print': 'Print or save as PDF',
  'print.hint': 'Choose “Save as PDF” as the printer to get a PDF file.',
  'print.unknown': 'The document does not exist, or the address is incomplete.',
  'print.savePdf': 'Save as PDF',
  'print.savePdfOf': 'Save {document} as PDF',
};
