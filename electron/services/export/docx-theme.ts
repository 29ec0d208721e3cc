/**
 * The look of every Word file in one place: a restrained municipal style with one accent colour.
 * Fonts and the accent are the document theme's (Word's Design › Themes, or a municipality's own
 * template, can swap them); the theme's fonts default to Arial, which is on every Windows and macOS
 * machine and which LibreOffice replaces with the metric-identical Liberation Sans.
 */
import type { IThemeOptions } from 'docx';

/** The default theme: Arial for headings and body, the accent as accent1, links in the accent. */
export const DEFAULT_THEME: IThemeOptions = {
  name: 'Ledelsesrum',
  colors: { accent1: '1F5663', dark2: '262626', hyperlink: '1F5663', followedHyperlink: '595959' },
  fonts: { headings: 'Arial', body: 'Arial' },
};

/** The theme's fonts, as styles name them: the body font and the headings font. */
export const THEME_FONT = { body: { theme: 'body' }, headings: { theme: 'headings' } } as const;

/** The accent as a theme colour, so a template's own accent takes its place. */
export const ACCENT = { theme: 'accent1' } as const;

/** Colours as Word hex (no #): the greys for everything quiet, and hex twins of the accent for borders. */
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

/**
 * Style ids; the built-in ids make Word and LibreOffice treat them as their own Title, Heading 1, …,
 * and are what a municipality's template defines under the same ids.
 */
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
  hyperlink: 'Hyperlink',
  tocHeading: 'TOCHeading',
  note: 'Note',
  documentMeta: 'DocumentMeta',
  tableText: 'TableText',
  tableBullet: 'TableBullet',
  tableGap: 'TableGap',
  signature: 'Signature',
} as const;

/** Numbering references shared by the numbering config and the list paragraphs. */
export const NUMBERING_REF = {
  bullet: 'ledelsesrum-bullet',
  number: 'ledelsesrum-number',
} as const;
