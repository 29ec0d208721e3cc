/**
 * Opens a .docx the way a strict reader would and reports its structure, so export tests can assert
 * on styles, text, tables, fields and properties instead of on bytes. Every XML part of the package
 * must be well-formed XML 1.0 in valid UTF-8: any parser error or warning, or a character XML 1.0
 * forbids (raw or as a character reference), throws.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
const CHAR_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

/** One paragraph as a reader sees it: its style id and its text (tabs as \t, line breaks as \n). */
export interface InspectedParagraph {
  style: string | null;
  text: string;
  /** True for paragraphs inside a table cell. */
  inTable: boolean;
  /** True for paragraphs of a content control, such as the table of contents' field. */
  inContentControl: boolean;
  /** The w:numId of a list paragraph; paragraphs of one list share it. */
  listId: string | null;
  /** The paragraph itself says keep with next (w:keepNext in its own properties). */
  keepNext: boolean;
}

/** One table row anywhere in the body. */
export interface InspectedRow {
  /** w:cantSplit: the row is never broken across pages. */
  cantSplit: boolean;
  /** w:tblHeader: the row repeats at the top of each page. */
  header: boolean;
  /** The row's cell texts joined with " | ". */
  text: string;
}

/** A clickable link in the body: its text and where it leads. */
export interface InspectedLink {
  text: string;
  target: string;
}

/** Page geometry from the body's section properties, in twips. */
export interface InspectedPage {
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
}

/** The structure of a .docx as found by `inspectDocx`. */
export interface InspectedDocx {
  paragraphs: InspectedParagraph[];
  /** Texts of Heading1–3… paragraphs, of one level when given. */
  headings(level?: number): string[];
  /** Every top-level table as rows of cell texts (a cell's paragraphs joined with \n). */
  tables: string[][][];
  /** Every table row of the body, nested tables included, in order. */
  rows: InspectedRow[];
  /** Every external hyperlink in the body, resolved through the document's relationships. */
  links: InspectedLink[];
  /** Pictures in the page headers (w:drawing). */
  headerImages: number;
  /** The body holds a table of contents field (TOC). */
  hasTableOfContents: boolean;
  /** word/settings.xml asks Word to update fields on open. */
  updatesFieldsOnOpen: boolean;
  styleIds: Set<string>;
  /** Style id → the style's w:name. */
  styleNames: Map<string, string>;
  /** A PAGE field in a footer. */
  hasPageNumberField: boolean;
  /** A NUMPAGES field in a footer. */
  hasPageCountField: boolean;
  coreProps: {
    title: string | null;
    creator: string | null;
    created: string | null;
    description: string | null;
    language: string | null;
  };
  /** All body paragraph texts joined with \n. */
  allText: string;
  headerText: string;
  footerText: string;
  page: InspectedPage | null;
  /** Proofing language of the document defaults (w:lang), e.g. "da-DK". */
  defaultLanguage: string | null;
  /** The raw XML of the main parts, for one-off assertions. */
  xml: { document: string; styles: string; numbering: string | null; theme: string | null };
}

/** Unzips and strictly parses a .docx; throws on any malformed part. */
export async function inspectDocx(bytes: Uint8Array): Promise<InspectedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, { xml: string; doc: Document }>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name];
    if (!file || file.dir || !/\.(xml|rels)$/.test(name)) continue;
    const xml = decodeUtf8Strict(await file.async('uint8array'), name);
    parts.set(name, { xml, doc: parseStrict(xml, name) });
  }
  const documentPart = requirePart(parts, 'word/document.xml');
  const stylesPart = requirePart(parts, 'word/styles.xml');
  const corePart = requirePart(parts, 'docProps/core.xml');
  const footers = [...parts].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, part]) => part.doc);
  const headers = [...parts].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, part]) => part.doc);

  const body = firstByTag(documentPart.doc, W, 'body');
  if (!body) throw new Error('word/document.xml has no w:body');
  const paragraphs = byTag(body, W, 'p').map(readParagraph);
  const { styleIds, styleNames } = readStyles(stylesPart.doc);
  const fieldCodes = footers.flatMap(fieldInstructions);
  const relations = readRelations(parts.get('word/_rels/document.xml.rels')?.doc);
  const settings = parts.get('word/settings.xml')?.doc;

  return {
    paragraphs,
    headings: (level) =>
      paragraphs
        .filter((p) => {
          const match = /^Heading(\d)$/.exec(p.style ?? '');
          return match !== null && (level === undefined || Number(match[1]) === level);
        })
        .map((p) => p.text),
    tables: childrenByTag(body, W, 'tbl').map(readTable),
    rows: byTag(body, W, 'tr').map(readRow),
    links: byTag(body, W, 'hyperlink')
      .filter((link) => link.getAttributeNS(R, 'id'))
      .map((link) => ({ text: runText(link), target: relations.get(link.getAttributeNS(R, 'id') ?? '') ?? '' })),
    headerImages: headers.reduce((sum, doc) => sum + byTag(doc, W, 'drawing').length, 0),
    hasTableOfContents: fieldInstructions(documentPart.doc).some((code) => /^TOC\b/.test(code)),
    updatesFieldsOnOpen: settings ? byTag(settings, W, 'updateFields').length > 0 : false,
    styleIds,
    styleNames,
    hasPageNumberField: fieldCodes.some((code) => /^PAGE\b/.test(code)),
    hasPageCountField: fieldCodes.some((code) => /^NUMPAGES\b/.test(code)),
    coreProps: {
      title: textOf(firstByTag(corePart.doc, DC, 'title')),
      creator: textOf(firstByTag(corePart.doc, DC, 'creator')),
      created: textOf(firstByTag(corePart.doc, DCTERMS, 'created')),
      description: textOf(firstByTag(corePart.doc, DC, 'description')),
      language: textOf(firstByTag(corePart.doc, DC, 'language')),
    },
    allText: paragraphs.map((p) => p.text).join('\n'),
    headerText: headers.flatMap((doc) => byTag(doc, W, 'p').map((p) => readParagraph(p).text)).join('\n'),
    footerText: footers.flatMap((doc) => byTag(doc, W, 'p').map((p) => readParagraph(p).text)).join('\n'),
    page: readPage(body),
    defaultLanguage: readDefaultLanguage(stylesPart.doc),
    xml: {
      document: documentPart.xml,
      styles: stylesPart.xml,
      numbering: parts.get('word/numbering.xml')?.xml ?? null,
      theme: parts.get('word/theme/theme1.xml')?.xml ?? null,
    },
  };
}

function decodeUtf8Strict(data: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new Error(`${name}: not valid UTF-8`);
  }
}

function parseStrict(xml: string, name: string): Document {
  const bad = FORBIDDEN_CHAR.exec(xml);
  if (bad) throw new Error(`${name}: character U+${codeOf(bad[0])} is not allowed in XML 1.0 (at ${bad.index})`);
  for (const match of xml.matchAll(CHAR_REFERENCE)) {
    const ref = match[1] ?? '';
    const code = ref.startsWith('x') ? Number.parseInt(ref.slice(1), 16) : Number(ref);
    if (!isXmlChar(code)) throw new Error(`${name}: character reference ${match[0]} names a character XML 1.0 forbids`);
  }
  const parser = new DOMParser({
    // XML 1.0 line-end handling only; xmldom's default also folds U+0085 and U+2028 (XML 1.1 rules).
    normalizeLineEndings: (source) => source.replace(/\r\n?/g, '\n'),
    onError: (level, message) => {
      throw new Error(`${name}: XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'application/xml');
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function codeOf(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

function requirePart(parts: Map<string, { xml: string; doc: Document }>, name: string): { xml: string; doc: Document } {
  const part = parts.get(name);
  if (!part) throw new Error(`The package has no ${name}`);
  return part;
}

function readParagraph(p: Element): InspectedParagraph {
  const pPr = childrenByTag(p, W, 'pPr')[0];
  const styleEl = pPr ? childrenByTag(pPr, W, 'pStyle')[0] : undefined;
  const numPr = pPr ? childrenByTag(pPr, W, 'numPr')[0] : undefined;
  const numId = numPr ? childrenByTag(numPr, W, 'numId')[0] : undefined;
  const keep = pPr ? childrenByTag(pPr, W, 'keepNext')[0] : undefined;
  return {
    style: styleEl?.getAttributeNS(W, 'val') ?? null,
    text: runText(p),
    inTable: hasAncestor(p, 'tc'),
    inContentControl: hasAncestor(p, 'sdt'),
    listId: numId?.getAttributeNS(W, 'val') ?? null,
    keepNext: keep !== undefined && !['0', 'false'].includes(keep.getAttributeNS(W, 'val') ?? ''),
  };
}

function readRow(tr: Element): InspectedRow {
  const trPr = childrenByTag(tr, W, 'trPr')[0];
  const on = (name: string) => {
    const el = trPr ? childrenByTag(trPr, W, name)[0] : undefined;
    return el !== undefined && !['0', 'false'].includes(el.getAttributeNS(W, 'val') ?? '');
  };
  const cells = childrenByTag(tr, W, 'tc').map((tc) =>
    childrenByTag(tc, W, 'p')
      .map((p) => runText(p))
      .join('\n'),
  );
  return { cantSplit: on('cantSplit'), header: on('tblHeader'), text: cells.join(' | ') };
}

function readRelations(doc: Document | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!doc) return map;
  for (const rel of byTag(doc, PACKAGE_RELS, 'Relationship')) {
    map.set(rel.getAttribute('Id') ?? '', rel.getAttribute('Target') ?? '');
  }
  return map;
}

// Walks the paragraph in document order; only run content counts, so tab stop definitions
// (w:tabs/w:tab in the paragraph properties) and field codes are not mistaken for text.
function runText(node: Node): string {
  let text = '';
  for (const child of childElements(node)) {
    if (child.namespaceURI !== W) continue;
    const name = child.localName;
    if (name === 't') text += child.textContent ?? '';
    else if (name === 'tab' && parentName(child) === 'r') text += '\t';
    else if (name === 'br' && parentName(child) === 'r') text += child.getAttributeNS(W, 'type') === 'page' ? '' : '\n';
    else if (name !== 'pPr' && name !== 'rPr' && name !== 'instrText' && name !== 'delText') text += runText(child);
  }
  return text;
}

function readTable(tbl: Element): string[][] {
  return childrenByTag(tbl, W, 'tr').map((tr) =>
    childrenByTag(tr, W, 'tc').map((tc) =>
      childrenByTag(tc, W, 'p')
        .map((p) => runText(p))
        .join('\n'),
    ),
  );
}

function readStyles(doc: Document): { styleIds: Set<string>; styleNames: Map<string, string> } {
  const styleIds = new Set<string>();
  const styleNames = new Map<string, string>();
  for (const style of byTag(doc, W, 'style')) {
    const id = style.getAttributeNS(W, 'styleId');
    if (!id) continue;
    styleIds.add(id);
    const name = childrenByTag(style, W, 'name')[0]?.getAttributeNS(W, 'val');
    if (name) styleNames.set(id, name);
  }
  return { styleIds, styleNames };
}

function readDefaultLanguage(doc: Document): string | null {
  const defaults = firstByTag(doc, W, 'rPrDefault');
  const lang = defaults ? firstByTag(defaults, W, 'lang') : null;
  return lang?.getAttributeNS(W, 'val') ?? null;
}

function fieldInstructions(doc: Document): string[] {
  const complex = byTag(doc, W, 'instrText').map((el) => (el.textContent ?? '').trim());
  const simple = byTag(doc, W, 'fldSimple').map((el) => (el.getAttributeNS(W, 'instr') ?? '').trim());
  return [...complex, ...simple];
}

function readPage(body: Element): InspectedPage | null {
  const sectPr = childrenByTag(body, W, 'sectPr')[0];
  const size = sectPr ? childrenByTag(sectPr, W, 'pgSz')[0] : undefined;
  const margin = sectPr ? childrenByTag(sectPr, W, 'pgMar')[0] : undefined;
  if (!size || !margin) return null;
  const num = (el: Element, attr: string): number => Number(el.getAttributeNS(W, attr));
  return {
    width: num(size, 'w'),
    height: num(size, 'h'),
    margins: {
      top: num(margin, 'top'),
      right: num(margin, 'right'),
      bottom: num(margin, 'bottom'),
      left: num(margin, 'left'),
    },
  };
}

function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) out.push(child as Element);
  }
  return out;
}

function childrenByTag(node: Node, ns: string, localName: string): Element[] {
  return childElements(node).filter((el) => el.namespaceURI === ns && el.localName === localName);
}

function byTag(node: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, localName));
}

function firstByTag(node: Document | Element, ns: string, localName: string): Element | null {
  return node.getElementsByTagNameNS(ns, localName).item(0);
}

function textOf(el: Element | null): string | null {
  return el ? (el.textContent ?? '') : null;
}

function parentName(el: Element): string | null {
  const parent = el.parentNode;
  return parent && parent.nodeType === parent.ELEMENT_NODE ? (parent as Element).localName : null;
}

function hasAncestor(el: Element, localName: string): boolean {
  for (let node = el.parentNode; node; node = node.parentNode) {
    if (
      node.nodeType === node.ELEMENT_NODE &&
      (node as Element).localName === localName &&
      (node as Element).namespaceURI === W
    )
      return true;
  }
  return false;
}
