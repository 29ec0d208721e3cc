/**
 * Reads a municipality's own Word document or template (.docx / .dotx) for the house style: its
 * styles and its theme (fonts and colours). Our documents use Word's built-in style ids (Heading1,
 * Title, …); a template made in a Danish Word may call the same built-in styles "Overskrift1", so
 * each template style is matched by its built-in name ("heading 1") and given our id, with every
 * reference to it (basedOn, next, link) following. Macro-enabled files are refused.
 */
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { readTheme, type IThemeOptions } from 'docx';
import JSZip from 'jszip';
import { AppError } from '../../shared/app-error';
import { STYLE_ID } from '../export/docx-theme';

/** The largest template accepted: a template is styles and a header, not a document with pictures. */
export const TEMPLATE_MAX_BYTES = 4 * 1024 * 1024;
/** The most its parts may unpack to, so a small file that inflates to gigabytes is refused unread. */
const UNPACKED_MAX_BYTES = 40 * 1024 * 1024;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Built-in style names (as Word writes them, compared without case) and the ids our documents use. */
const BUILT_IN: Record<string, string> = {
  title: STYLE_ID.title,
  subtitle: STYLE_ID.subtitle,
  'heading 1': STYLE_ID.heading1,
  'heading 2': STYLE_ID.heading2,
  'heading 3': STYLE_ID.heading3,
  'list bullet': STYLE_ID.listBullet,
  'list number': STYLE_ID.listNumber,
  'table grid': STYLE_ID.table,
  header: STYLE_ID.header,
  footer: STYLE_ID.footer,
  hyperlink: STYLE_ID.hyperlink,
  'toc heading': STYLE_ID.tocHeading,
};

/** The documents' own style ids a template can set, by their built-in names. */
export const TEMPLATE_STYLE_IDS: readonly string[] = Object.values(BUILT_IN);

/** What the documents take from a template. */
export interface WordTemplate {
  /** The file name it was chosen as, for the settings page. */
  name: string;
  /** word/styles.xml with the built-in styles under our ids. */
  stylesXml: string;
  /** The template's theme; null when it has none (the default theme is used). */
  theme: IThemeOptions | null;
  /** The ids of the styles it defines, so our own styles fill only what it lacks. */
  styleIds: string[];
}

/** Reads and checks a template; throws a Danish `invalid-input` error for anything unusable. */
export async function readWordTemplate(name: string, bytes: Uint8Array): Promise<WordTemplate> {
  if (bytes.byteLength > TEMPLATE_MAX_BYTES) {
    throw refuse(
      `Skabelonen fylder for meget (højst ${TEMPLATE_MAX_BYTES / 1024 / 1024} MB).`,
      `The template is too large (at most ${TEMPLATE_MAX_BYTES / 1024 / 1024} MB).`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notWord();
  }
  if (unpackedSize(zip) > UNPACKED_MAX_BYTES) throw notWord();
  if (zip.file('word/vbaProject.bin')) {
    throw refuse(
      'Skabelonen indeholder makroer. Gem den som almindelig Word-skabelon (.dotx) og prøv igen.',
      'The template contains macros. Save it as a plain Word template (.dotx) and try again.',
    );
  }
  const stylesFile = zip.file('word/styles.xml');
  if (!stylesFile || !zip.file('word/document.xml')) throw notWord();
  const doc = parse(await stylesFile.async('string'));
  const styleIds = mapBuiltInIds(doc);
  let theme: IThemeOptions | null;
  try {
    theme = readTheme(bytes);
  } catch {
    theme = null;
  }
  return { name, stylesXml: new XMLSerializer().serializeToString(doc), theme, styleIds };
}

// The sizes the archive's directory gives; reading them inflates nothing.
function unpackedSize(zip: JSZip): number {
  let total = 0;
  zip.forEach((_path, file) => {
    if (file.dir) return;
    const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    total += typeof size === 'number' && size >= 0 ? size : Number.POSITIVE_INFINITY;
  });
  return total;
}

function mapBuiltInIds(doc: XmlDocument): string[] {
  const styles = Array.from(doc.getElementsByTagNameNS(W, 'style'));
  const renamed = new Map<string, string>();
  const taken = new Set(styles.map((style) => style.getAttributeNS(W, 'styleId') ?? ''));
  for (const style of styles) {
    const id = style.getAttributeNS(W, 'styleId') ?? '';
    const name = child(style, 'name')?.getAttributeNS(W, 'val')?.toLowerCase() ?? '';
    const ours = BUILT_IN[name];
    if (ours === undefined || ours === id) continue;
    // Another style already holding our id would be shadowed; it keeps its id and ours is skipped.
    if (taken.has(ours)) continue;
    renamed.set(id, ours);
    taken.add(ours);
  }
  for (const style of styles) {
    const id = style.getAttributeNS(W, 'styleId') ?? '';
    const to = renamed.get(id);
    if (to !== undefined) style.setAttributeNS(W, 'w:styleId', to);
    for (const ref of ['basedOn', 'next', 'link']) {
      const el = child(style, ref);
      const target = el ? renamed.get(el.getAttributeNS(W, 'val') ?? '') : undefined;
      if (el && target !== undefined) el.setAttributeNS(W, 'w:val', target);
    }
  }
  return styles.map((style) => style.getAttributeNS(W, 'styleId') ?? '').filter(Boolean);
}

function child(el: Element, localName: string): Element | undefined {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) {
      const candidate = node as Element;
      if (candidate.namespaceURI === W && candidate.localName === localName) return candidate;
    }
  }
  return undefined;
}

function parse(xml: string): XmlDocument {
  let failed = false;
  const doc = new DOMParser({
    onError: (level) => {
      if (level !== 'warning') failed = true;
    },
  }).parseFromString(xml, 'application/xml');
  if (failed || doc.documentElement?.localName !== 'styles') throw notWord();
  return doc;
}

function notWord(): AppError {
  return refuse(
    'Filen kan ikke læses som et Word-dokument eller en Word-skabelon (.docx eller .dotx).',
    'The file cannot be read as a Word document or template (.docx or .dotx).',
  );
}

function refuse(da: string, en: string): AppError {
  return new AppError('invalid-input', da, en);
}
