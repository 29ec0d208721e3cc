/** The words of the print view and the PDF export, in the document's language. */
import type { DocumentLang } from '../../shared/documents/document-model';

/** Labels for saving a PDF and for the print view's page footer. */
export interface PdfLabels {
  dialogTitle: string;
  fileType: string;
  unavailable: string;
  page: string;
  of: string;
  draft: string;
}

const LABELS: Record<DocumentLang, PdfLabels> = {
  da: {
    dialogTitle: 'Gem som PDF',
    fileType: 'PDF-dokument',
    unavailable: 'PDF kan gemmes i skrivebordsprogrammet. Her kan du bruge Udskriv og vælge at gemme som PDF.',
    page: 'Side',
    of: 'af',
    draft: 'Udkast',
  },
  en: {
    dialogTitle: 'Save as PDF',
    fileType: 'PDF document',
    unavailable: 'A PDF can be saved in the desktop app. Here you can use Print and choose to save as PDF.',
    page: 'Page',
    of: 'of',
    draft: 'Draft',
  },
};

/** The labels in one language. */
export function pdfLabels(lang: DocumentLang): PdfLabels {
  return LABELS[lang];
}
