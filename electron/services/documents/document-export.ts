/**
 * Writes a document as Word or as PDF, each through the one save path (`saveExport`): the file goes
 * only where the user chose, written whole or not at all. The PDF is printed by the host from the
 * print view (`PrintToPdf`), which shows the same model the Word file is made from.
 */
import { AppError } from '../../shared/app-error';
import type { DocumentRequest, PdfExportResult } from '../../shared/contract/documents';
import { renderDocx } from '../export/render-docx';
import { saveExport, type SaveExportResult } from '../export/save-export';
import { houseTemplate } from '../house-style/house-style';
import type { ServiceContext } from '../service-context';
import { pdfLabels } from './document-labels';
import { prepareDocument } from './prepared-document';

/** The document as Word, where the user chooses. */
export async function exportWord(ctx: ServiceContext, request: DocumentRequest): Promise<SaveExportResult> {
  const data = ctx.store.data;
  const doc = prepareDocument(data, request, ctx.clock.now());
  const bytes = await renderDocx(doc.model, houseTemplate(data));
  return saveExport(
    bytes,
    {
      title: doc.wordDialog.title,
      defaultFileName: doc.fileName('docx'),
      filters: [{ name: doc.wordDialog.fileType, extensions: ['docx'] }],
    },
    ctx.saveDialog,
  );
}

/** The document as PDF, where the user chooses; refused where the host cannot print one. */
export async function exportPdf(ctx: ServiceContext, request: DocumentRequest): Promise<PdfExportResult> {
  const labels = pdfLabels(request.lang ?? 'da');
  // Built first, so a request for something that does not exist is refused before anything prints.
  const doc = prepareDocument(ctx.store.data, request, ctx.clock.now());
  if (!ctx.printToPdf) throw new AppError('invalid-input', pdfLabels('da').unavailable, pdfLabels('en').unavailable);
  const bytes = await ctx.printToPdf(request);
  return saveExport(
    bytes,
    {
      title: labels.dialogTitle,
      defaultFileName: doc.fileName('pdf'),
      filters: [{ name: labels.fileType, extensions: ['pdf'] }],
    },
    ctx.saveDialog,
  );
}
