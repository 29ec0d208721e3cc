import * as v from 'valibot';
import { ROLE_IDS } from '../domain/roles';
import type { DocBlock, DocumentLang } from '../documents/document-model';
import { AGREEMENT_VERSION_MAX, intRange } from '../entities';
import { channel } from './channel';
import type { ExportResult } from './exports';
import { idField } from './fields';

const lang = v.optional(v.picklist(['da', 'en']));

/**
 * Which document to print or save as PDF, with the same choices as its Word export: one request
 * names the Word file's content, so the PDF can hold exactly that.
 */
export const documentRequestSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('agenda'), id: idField, lang }),
  v.strictObject({ kind: v.literal('minutes'), id: idField, lang, includeNotes: v.optional(v.boolean()) }),
  v.strictObject({
    kind: v.literal('agreement'),
    id: idField,
    version: v.optional(intRange(1, AGREEMENT_VERSION_MAX)),
    includePreparation: v.optional(v.boolean()),
    includeCounterpartPreparation: v.optional(v.boolean()),
    lang,
  }),
  v.strictObject({
    kind: v.literal('role-handout'),
    roleId: v.picklist(ROLE_IDS),
    networkId: v.optional(idField),
    lang,
  }),
]);

/** A document to print or save as PDF. */
export type DocumentRequest = v.InferOutput<typeof documentRequestSchema>;

/** The kinds of document that can be printed. */
export type DocumentKind = DocumentRequest['kind'];

/**
 * A document laid out for print: the Word file's model and the words its pipeline adds (the running
 * head and foot, the line under the title, the signature labels), so the print view says the same.
 */
export interface PrintableDocument {
  lang: DocumentLang;
  title: string;
  subtitle: string;
  /** "UDKAST" when the document is not final, else ''. */
  draftMark: string;
  /** "Udarbejdet af Mette Kjærgaard  ·  4. december 2026". */
  meta: string;
  /** The running head: sender (or the app's name) on the left, network and "Udkast" on the right. */
  header: { left: string; right: string; logoUrl: string | null };
  /** The running foot: the shortened title and "Side {page} af {pages}". */
  footer: { title: string; page: string; of: string };
  /** The date line under signatures: "Dato", or "Sted og dato". */
  signatureLabels: { date: string; placeAndDate: string };
  /** The theme's fonts and accent (#rrggbb): the municipality's template's when one is chosen. */
  look: { headingFont: string; bodyFont: string; accent: string };
  blocks: DocBlock[];
}

/**
 * Prints the print view of a request to PDF bytes. Injected by the host so the services never
 * touch Electron: the desktop app prints a hidden window with `webContents.printToPDF`.
 */
export type PrintToPdf = (request: DocumentRequest) => Promise<Uint8Array>;

/** What a PDF export tells the screen: the same as every export on the one save path. */
export type PdfExportResult = ExportResult;

/** Channels for printing a document and saving it as PDF. */
export const documentChannels = {
  'documents:print-view': channel<PrintableDocument>()({
    input: documentRequestSchema,
    mutates: false,
    doc: 'The document as the print view shows it: the same content, in the same order, as its Word file.',
  }),
  'documents:export-pdf': channel<PdfExportResult>()({
    input: documentRequestSchema,
    mutates: false,
    doc: 'Writes the document as a PDF where the user chooses, printed from the print view (the desktop app only).',
  }),
};
