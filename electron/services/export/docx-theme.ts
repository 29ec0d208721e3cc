/**
 * The look of every Word file in one place: a restrained municipal style with one accent colour.
 * Arial is on every Windows and macOS machine and LibreOffice substitutes the metric-identical
 * Liberation Sans, so line breaks and page counts come out the same everywhere.
 */

/** Body and heading font. */
export const FONT = 'Arial';

/** Colours as Word hex (no #). One accent, greys for everything quiet. */
export const COLOR = {
  accent: '1F5663',
  text: '262626',
  muted: '595959',
  faint: '7F7F7F',
  rule: 'BFBFBF',
  headerFill: 'E6EEF0',
  noteFill: 'F2F5F6',
} as const;

/** Sizes in half-points, as Word stores them (22 = 11 pt). */
export const SIZE = {
  body: 22,
  small: 18,
  note: 20,
  title: 52,
  subtitle: 28,
  heading1: 32,
  heading2: 26,
  heading3: 22,
} as const;

/** A4 in twips (1/20 pt) with 2.5 cm margins. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1418,
  headerDistance: 709,
  footerDistance: 567,
} as const;

/** The width text can use between the margins, which tables and the footer's right tab stop fill. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Style ids; the built-in ids make Word and LibreOffice treat them as their own Title, Heading 1, … */
export const STYLE_ID = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  table: 'TableGrid',
  header: 'Header',
  footer: 'Footer',
  note: 'Note',
  documentMeta: 'DocumentMeta',
  tableText: 'TableText',
  signature: 'Signature',
} as const;

/** Numbering references shared by the numbering config and the list paragraphs. */
export const NUMBERING_REF = {
  bullet: 'ledelsesrum-bullet',
  number: 'ledelsesrum-number',
} as const;
