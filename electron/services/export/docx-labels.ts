import type { DocumentLang } from '../../shared/documents/document-model';

/** The fixed words the pipeline itself writes into a document, in each document language. */
export interface DocxLabels {
  /** Proofing language for Word (w:lang) and dc:language. */
  locale: string;
  page: string;
  of: string;
  preparedBy: string;
  date: string;
  placeAndDate: string;
  appName: string;
  draft: string;
  contents: string;
}

const LABELS: Record<DocumentLang, DocxLabels> = {
  da: {
    locale: 'da-DK',
    page: 'Side',
    of: 'af',
    preparedBy: 'Udarbejdet af',
    date: 'Dato',
    placeAndDate: 'Sted og dato',
    appName: 'Ledelsesrum',
    draft: 'Udkast',
    contents: 'Indhold',
  },
  en: {
    locale: 'en-GB',
    page: 'Page',
    of: 'of',
    preparedBy: 'Prepared by',
    date: 'Date',
    placeAndDate: 'Place and date',
    appName: 'Ledelsesrum',
    draft: 'Draft',
    contents: 'Contents',
  },
};

/** The labels for a document language. */
export function docxLabels(lang: DocumentLang): DocxLabels {
  return LABELS[lang];
}
