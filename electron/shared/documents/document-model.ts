/**
 * The small document model every export is built from. Services describe *what* a document says;
 * `renderDocx` decides how the Word file looks and the print view how the PDF looks, so both hold
 * the same content in the same order. Pure data: it crosses the contract to the print view.
 */

/** Languages a document can be written in; decides labels ("Side 1 af 2") and the proofing language. */
export type DocumentLang = 'da' | 'en';

/** A stretch of paragraph text with one emphasis. */
export interface TextRunModel {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A heading; levels map to Word's Heading 1–3 styles so they show in the navigation pane. */
export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

/** A body paragraph made of runs; a line break inside a run's text becomes a line break in Word. */
export interface ParagraphBlock {
  type: 'paragraph';
  runs: TextRunModel[];
}

/** A bulleted list (Word's List Bullet style). */
export interface BulletsBlock {
  type: 'bullets';
  items: string[];
}

/** A numbered list (Word's List Number style); each block starts again at 1. */
export interface NumberedBlock {
  type: 'numbered';
  items: string[];
}

/** A table cell: plain text, or text (optional) followed by a real bulleted list. */
export type CellContent = string | { text?: string; bullets: string[] };

/**
 * A table with a header row that repeats on every page. `widths` are relative column weights
 * (e.g. `[1, 3]` makes the second column three times as wide); leave out for equal columns.
 */
export interface TableBlock {
  type: 'table';
  columns: string[];
  rows: CellContent[][];
  widths?: number[];
}

/** Label/value pairs such as "Mødested: Rådhuset", shown as a quiet two-column table. */
export interface KeyValueBlock {
  type: 'keyValue';
  rows: Array<[string, CellContent]>;
}

/** One person who signs a document. */
export interface SignatureParty {
  name: string;
  role: string;
}

/**
 * Signature lines: a line to sign on, name and role under it, and a date line. With `place` the
 * date line reads "Sted og dato" so the document can be signed away from the office.
 */
export interface SignaturesBlock {
  type: 'signatures';
  parties: SignatureParty[];
  place?: boolean;
}

/** A quiet shaded paragraph for a remark or hint that should not compete with the body text. */
export interface NoteBlock {
  type: 'note';
  text: string;
}

/** Starts a new page. */
export interface PageBreakBlock {
  type: 'pageBreak';
}

/** Every kind of content a document can hold. */
export type DocBlock =
  | HeadingBlock
  | ParagraphBlock
  | BulletsBlock
  | NumberedBlock
  | TableBlock
  | KeyValueBlock
  | SignaturesBlock
  | NoteBlock
  | PageBreakBlock;

/** A picture for the letterhead, already checked (see house-style). */
export interface LetterheadLogo {
  data: Uint8Array;
  type: 'png' | 'jpg';
  /** Its size in pixels, which decides the printed aspect ratio. */
  width: number;
  height: number;
}

/**
 * Who sends the document, printed in every page's header: the municipality, its forvaltning or
 * unit, and the network it concerns; a logo when one is chosen.
 */
export interface Letterhead {
  organisation: string;
  department: string;
  network: string;
  logo?: LetterheadLogo;
}

/** A whole document: its properties (title, author, date, language) and its content in order. */
export interface DocumentModel {
  title: string;
  /** The page header; without it the header names the app. */
  letterhead?: Letterhead;
  /** A document that is not final: "Udkast" in the header and under the title. */
  draft?: boolean;
  subtitle?: string;
  /** Written to the document's summary (dc:description); falls back to the subtitle. */
  description?: string;
  author: string;
  created: Date;
  lang: DocumentLang;
  blocks: DocBlock[];
}

/** A plain paragraph of one unformatted run, the most common block. */
export function para(text: string): ParagraphBlock {
  return { type: 'paragraph', runs: [{ text }] };
}

/** A cell's words as plain lines: its text, then its bullets. */
export function cellText(cell: CellContent): string {
  return typeof cell === 'string' ? cell : [cell.text ?? '', ...cell.bullets].filter((line) => line !== '').join('\n');
}
