/**
 * The print view's document: the same model the Word file is made from, with the words the Word
 * pipeline adds around it (running head and foot, the line under the title) from the same functions.
 */
import type { DocumentRequest, PrintableDocument } from '../../shared/contract/documents';
import type { DocumentModel } from '../../shared/documents/document-model';
import type { IThemeFontsOptions, IThemeOptions } from 'docx';
import { docxLabels } from '../export/docx-labels';
import { COLOR } from '../export/docx-theme';
import { houseTemplate, logoDataUrl } from '../house-style/house-style';
import { footerTitle, headerTexts } from '../export/docx-page-frame';
import { titleMeta } from '../export/render-docx';
import { sanitizeXmlText } from '../export/sanitize-xml-text';
import type { AppData } from '../storage/app-data';
import { prepareDocument } from './prepared-document';

/** The printable document a request names, built from the stored data. */
export function printView(data: AppData, request: DocumentRequest, now: Date): PrintableDocument {
  return printable(prepareDocument(data, request, now).model, houseTemplate(data)?.theme ?? null);
}

/** A model as the print view shows it, in a template's theme; user text is cleaned as it is for Word. */
export function printable(model: DocumentModel, theme: IThemeOptions | null): PrintableDocument {
  const labels = docxLabels(model.lang);
  const draft = model.draft === true;
  const logo = model.letterhead?.logo;
  return {
    lang: model.lang,
    title: sanitizeXmlText(model.title),
    subtitle: sanitizeXmlText(model.subtitle ?? ''),
    draftMark: draft ? labels.draft.toUpperCase() : '',
    meta: titleMeta(model, labels),
    header: {
      ...headerTexts(labels, model.letterhead, draft),
      logoUrl: logo ? logoDataUrl(logo, Buffer.from(logo.data).toString('base64')) : null,
    },
    footer: { title: footerTitle(model.title), page: labels.page, of: labels.of },
    signatureLabels: { date: labels.date, placeAndDate: labels.placeAndDate },
    look: themeLook(theme),
    blocks: model.blocks.map((block) => cleanStrings(block)),
  };
}

/** A theme's fonts and accent as the print view and the settings page use them (ours without one). */
export function themeLook(theme: IThemeOptions | null): PrintableDocument['look'] {
  const font = (chosen: IThemeFontsOptions[keyof IThemeFontsOptions], fallback: string): string => {
    const name = typeof chosen === 'string' ? chosen : chosen?.latin;
    return name !== undefined && /^[\p{L}\p{N} ._-]{1,64}$/u.test(name) ? name : fallback;
  };
  const accent = theme?.colors?.accent1;
  return {
    headingFont: font(theme?.fonts?.headings, 'Arial'),
    bodyFont: font(theme?.fonts?.body, 'Arial'),
    accent: `#${accent !== undefined && /^[0-9A-Fa-f]{6}$/.test(accent) ? accent : COLOR.accent}`,
  };
}

// Every string in a block cleaned as the Word file cleans it; the blocks are plain data.
function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return sanitizeXmlText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)])) as T;
  }
  return value;
}
