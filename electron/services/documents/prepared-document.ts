/**
 * One place that turns a document request into what every format of it is made from: the model
 * (content and order), the default file name and the save dialog's words. The Word file and the
 * PDF of a request are both made from this, so they cannot drift apart.
 */
import type { DocumentRequest } from '../../shared/contract/documents';
import type { DocumentModel } from '../../shared/documents/document-model';
import { agreementDocument } from '../agreements/agreement-document';
import { agreementDocumentLabels } from '../agreements/agreement-document-labels';
import { agreementFileName, agreementSheet } from '../agreements/agreement-export';
import { safeFileName } from '../export/safe-file-name';
import { letterheadFor } from '../house-style/house-style';
import { agendaDocument } from '../meetings/agenda-document';
import { meetingDocLabels } from '../meetings/meeting-doc-labels';
import { meetingDocInput } from '../meetings/meeting-export';
import { meetingFileName } from '../meetings/meeting-file-name';
import { minutesDocument } from '../meetings/minutes-document';
import { roleHandoutDocument } from '../roles/role-handout-document';
import { roleHandoutSheet } from '../roles/role-handout-export';
import { roleHandoutLabels } from '../roles/role-handout-labels';
import type { AppData } from '../storage/app-data';

/** A document ready to be written in any format. */
export interface PreparedDocument {
  model: DocumentModel;
  /** The default file name with the given extension ("docx", "pdf"). */
  fileName(ext: string): string;
  /** The Word save dialog's title and file type name, as each export has always said them. */
  wordDialog: { title: string; fileType: string };
}

/** Builds the document a request names from the stored data; throws the service's Danish errors. */
export function prepareDocument(data: AppData, request: DocumentRequest, now: Date): PreparedDocument {
  const lang = request.lang ?? 'da';
  switch (request.kind) {
    case 'agenda':
    case 'minutes': {
      const input = meetingDocInput(data, request.id, lang, now, request.kind === 'minutes' && request.includeNotes);
      const labels = meetingDocLabels(lang);
      const agenda = request.kind === 'agenda';
      return {
        model: agenda ? agendaDocument(input) : minutesDocument(input),
        fileName: (ext) => meetingFileName(data, input.meeting, agenda ? labels.agenda : labels.minutes, ext),
        wordDialog: { title: agenda ? labels.saveAgenda : labels.saveMinutes, fileType: WORD_DA },
      };
    }
    case 'agreement': {
      const sheet = agreementSheet(data, request, now);
      const model = { ...agreementDocument(sheet), letterhead: letterheadFor(data, sheet.networkName) };
      const labels = agreementDocumentLabels(sheet.lang);
      return {
        model,
        fileName: (ext) => agreementFileName(model.title, sheet, ext),
        wordDialog: { title: labels.dialogTitle, fileType: labels.wordDocument },
      };
    }
    case 'role-handout': {
      const sheet = roleHandoutSheet(data, request, now);
      const model = { ...roleHandoutDocument(sheet), letterhead: letterheadFor(data, sheet.network?.name ?? '') };
      const labels = roleHandoutLabels(sheet.lang);
      const title = sheet.network ? `${model.title} – ${sheet.network.name}` : model.title;
      return {
        model,
        fileName: (ext) => safeFileName(title, ext),
        wordDialog: { title: labels.dialogTitle, fileType: labels.wordDocument },
      };
    }
  }
}

// The meeting documents' save dialog has always named the type in Danish.
const WORD_DA = 'Word-dokument';
