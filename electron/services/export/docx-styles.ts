import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  ShadingType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import { ACCENT, COLOR, NUMBERING_REF, SIZE, STYLE_ID, TEXT_WIDTH, THEME_FONT } from './docx-theme';

// Built-in style names exactly as Word writes them, so Word files them under its own Title, heading 1, …
// and LibreOffice maps them onto its matching styles instead of making look-alike custom ones.
const BODY_LINE = 276;

/**
 * The document's styles: Word's built-in ids restyled in the house look, plus a few quiet helpers.
 * With a template (`templateIds`, the styles it defines) only the styles it lacks are written, and
 * its own document defaults stay, so the template decides the look.
 */
export function documentStyles(locale: string, templateIds?: ReadonlySet<string>): IStylesOptions {
  const styles = ownStyles(locale);
  if (!templateIds) return styles;
  return {
    paragraphStyles: (styles.paragraphStyles ?? []).filter((style) => !templateIds.has(style.id)),
    characterStyles: (styles.characterStyles ?? []).filter((style) => !templateIds.has(style.id)),
  };
}

function ownStyles(locale: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: THEME_FONT.body, size: SIZE.body, color: COLOR.text, language: { value: locale } },
        paragraph: { spacing: { after: 160, line: BODY_LINE, lineRule: LineRuleType.AUTO } },
      },
    },
    characterStyles: [
      {
        id: STYLE_ID.hyperlink,
        name: 'Hyperlink',
        basedOn: 'DefaultParagraphFont',
        run: { color: { theme: 'hyperlink' }, underline: { type: 'single' } },
      },
    ],
    paragraphStyles: [
      {
        id: STYLE_ID.title,
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: THEME_FONT.headings, size: SIZE.title, color: ACCENT },
        paragraph: {
          spacing: { before: 0, after: 80, line: 240, lineRule: LineRuleType.AUTO },
          keepNext: true,
          contextualSpacing: true,
        },
      },
      {
        id: STYLE_ID.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: THEME_FONT.headings, size: SIZE.subtitle, color: COLOR.muted },
        paragraph: { spacing: { before: 0, after: 80 }, keepNext: true },
      },
      {
        id: STYLE_ID.documentMeta,
        name: 'Dokumentoplysninger',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZE.small, color: COLOR.faint },
        paragraph: {
          spacing: { before: 120, after: 480 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.accent, space: 8 } },
        },
      },
      heading(STYLE_ID.heading1, 'heading 1', 0, { size: SIZE.heading1, color: ACCENT }, { before: 440, after: 140 }),
      heading(STYLE_ID.heading2, 'heading 2', 1, { size: SIZE.heading2, color: ACCENT }, { before: 320, after: 100 }),
      heading(
        STYLE_ID.heading3,
        'heading 3',
        2,
        { size: SIZE.heading3, color: COLOR.text },
        { before: 240, after: 60 },
      ),
      listStyle(STYLE_ID.listBullet, 'List Bullet', NUMBERING_REF.bullet, BULLET_INDENT),
      listStyle(STYLE_ID.listNumber, 'List Number', NUMBERING_REF.number, NUMBER_INDENT),
      {
        id: STYLE_ID.tableBullet,
        name: 'Tabelpunkt',
        basedOn: STYLE_ID.tableText,
        quickFormat: true,
        paragraph: {
          indent: BULLET_INDENT,
          numbering: { reference: NUMBERING_REF.bullet, level: 0 },
        },
      },
      {
        id: STYLE_ID.tableGap,
        name: 'Tabelafstand',
        basedOn: 'Normal',
        run: { size: 12 },
        paragraph: { spacing: { before: 0, after: 160, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_ID.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: THEME_FONT.headings, bold: true, size: SIZE.heading2, color: ACCENT },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      {
        id: STYLE_ID.note,
        name: 'Note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZE.note, color: COLOR.muted },
        paragraph: {
          spacing: { before: 120, after: 240, line: 264, lineRule: LineRuleType.AUTO },
          indent: { left: 170, right: 170 },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.noteFill },
          border: {
            left: { style: BorderStyle.SINGLE, size: 18, color: COLOR.accent, space: 8 },
            top: { style: BorderStyle.SINGLE, size: 2, color: COLOR.noteFill, space: 6 },
            bottom: { style: BorderStyle.SINGLE, size: 2, color: COLOR.noteFill, space: 6 },
          },
        },
      },
      {
        id: STYLE_ID.tableText,
        name: 'Tabeltekst',
        basedOn: 'Normal',
        run: { size: SIZE.note },
        paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_ID.signature,
        name: 'Signature',
        basedOn: 'Normal',
        run: { size: SIZE.note },
        paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_ID.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: SIZE.small - 2, color: COLOR.faint, smallCaps: true, characterSpacing: 20 },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      {
        id: STYLE_ID.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: SIZE.small - 2, color: COLOR.faint },
        paragraph: {
          spacing: { before: 0, after: 0 },
          rightTabStop: TEXT_WIDTH,
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 6 } },
        },
      },
    ],
  };
}

function heading(
  id: string,
  name: string,
  outlineLevel: number,
  run: { size: number; color: string | typeof ACCENT },
  spacing: { before: number; after: number },
): NonNullable<IStylesOptions['paragraphStyles']>[number] {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: THEME_FONT.headings, bold: true, ...run },
    paragraph: {
      spacing: { ...spacing, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  };
}

/**
 * The style carries its list too, so a reader who applies List Bullet in Word gets a bullet. Items
 * of one list sit close (contextual spacing drops the space between paragraphs of the same style);
 * the list as a whole has body spacing after it.
 */
function listStyle(
  id: string,
  name: string,
  reference: string,
  indent: { left: number; hanging: number },
): NonNullable<IStylesOptions['paragraphStyles']>[number] {
  return {
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: { spacing: { after: 160 }, contextualSpacing: true, indent, numbering: { reference, level: 0 } },
  };
}

const BULLET_INDENT = { left: 397, hanging: 284 };
// Wide enough for "10." to "99." before the tab, so a long list's text stays in one column.
const NUMBER_INDENT = { left: 567, hanging: 454 };

/**
 * docx has no API for table styles, so Word's "Table Grid" id is written by hand and handed to docx
 * as its external styles (docx keeps its defaults and our paragraph styles beside it): horizontal
 * rules only and roomy cell margins. Header rows are formatted directly on the cells, because
 * LibreOffice applies a style's first-row formatting even to tables that turn it off.
 */
const TABLE_STYLE =
  `<w:style w:type="table" w:styleId="${STYLE_ID.table}">` +
  '<w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
  '<w:pPr><w:spacing w:before="0" w:after="0" w:line="252" w:lineRule="auto"/></w:pPr>' +
  '<w:tblPr><w:tblBorders>' +
  `<w:top w:val="single" w:sz="4" w:space="0" w:color="${COLOR.rule}"/>` +
  '<w:left w:val="nil"/>' +
  `<w:bottom w:val="single" w:sz="4" w:space="0" w:color="${COLOR.rule}"/>` +
  '<w:right w:val="nil"/>' +
  `<w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLOR.rule}"/>` +
  '<w:insideV w:val="nil"/>' +
  '</w:tblBorders><w:tblCellMar>' +
  '<w:top w:w="85" w:type="dxa"/><w:left w:w="113" w:type="dxa"/>' +
  '<w:bottom w:w="85" w:type="dxa"/><w:right w:w="113" w:type="dxa"/>' +
  '</w:tblCellMar></w:tblPr>' +
  '</w:style>';

/** Our table style as the whole external styles part, when there is no template. */
export const TABLE_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${TABLE_STYLE}</w:styles>`;

/** A template's styles part with our table style added when it has no "Table Grid" of its own. */
export function withTableStyle(stylesXml: string): string {
  if (stylesXml.includes(`w:styleId="${STYLE_ID.table}"`)) return stylesXml;
  const end = stylesXml.lastIndexOf('</w:styles>');
  return end < 0 ? stylesXml : `${stylesXml.slice(0, end)}${TABLE_STYLE}${stylesXml.slice(end)}`;
}

/** Numbering definitions for the list styles: an accent bullet, and "1." numbers that restart per list. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERING_REF.bullet,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: {
              paragraph: { indent: BULLET_INDENT },
              run: { font: THEME_FONT.body, color: ACCENT },
              style: STYLE_ID.listBullet,
            },
          },
        ],
      },
      {
        reference: NUMBERING_REF.number,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: NUMBER_INDENT }, run: { color: ACCENT }, style: STYLE_ID.listNumber },
          },
        ],
      },
    ],
  };
}
