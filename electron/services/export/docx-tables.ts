import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
  type ITableBordersOptions,
} from 'docx';
import type { CellContent, KeyValueBlock, TableBlock } from '../../shared/documents/document-model';
import { COLOR, NUMBERING_REF, STYLE_ID, TEXT_WIDTH } from './docx-theme';
import { textRuns, type RunFormat } from './docx-text-runs';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 0 } as const;
const NONE = { style: BorderStyle.NIL, size: 0, color: 'auto', space: 0 } as const;

// Written directly as well as in the table style: a reader that skips table styles still sees rules.
const RULED_BORDERS: ITableBordersOptions = {
  top: RULE,
  bottom: RULE,
  insideHorizontal: RULE,
  left: NONE,
  right: NONE,
  insideVertical: NONE,
};

const CELL_MARGINS = { top: 85, bottom: 85, left: 113, right: 113 };

/**
 * A data table with a header row that repeats on every page; nothing when it has no cells at all.
 * No row splits across a page: a row is one item (an agenda point, a task) and reads as one.
 */
export function dataTable(block: TableBlock): FileChild[] {
  const columnCount = Math.max(block.columns.length, ...block.rows.map((row) => row.length), 0);
  if (columnCount === 0 || (block.columns.length === 0 && block.rows.length === 0)) return [];
  const widths = columnWidths(columnCount, block.widths);
  const rows: TableRow[] = [];
  if (block.columns.length > 0) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: widths.map((width, i) => headerCell(block.columns[i] ?? '', width)),
      }),
    );
  }
  for (const row of block.rows) {
    rows.push(new TableRow({ cantSplit: true, children: widths.map((width, i) => bodyCell(row[i] ?? '', width)) }));
  }
  return [
    new Table({
      rows,
      columnWidths: widths,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      style: STYLE_ID.table,
      borders: RULED_BORDERS,
      margins: CELL_MARGINS,
      tableLook: { firstRow: block.columns.length > 0, noVBand: true, noHBand: true },
    }),
  ];
}

/** Label/value pairs as a two-column ruled table with the labels in bold; nothing when empty. */
export function keyValueTable(block: KeyValueBlock): FileChild[] {
  if (block.rows.length === 0) return [];
  const widths = columnWidths(2, [1, 2.2]);
  const [keyWidth = 0, valueWidth = 0] = widths;
  return [
    new Table({
      rows: block.rows.map(
        ([key, value]) =>
          new TableRow({
            cantSplit: true,
            children: [bodyCell(key, keyWidth, { bold: true, color: COLOR.text }), bodyCell(value, valueWidth)],
          }),
      ),
      columnWidths: widths,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      style: STYLE_ID.table,
      borders: RULED_BORDERS,
      margins: CELL_MARGINS,
      tableLook: { firstRow: false, noVBand: true, noHBand: true },
    }),
  ];
}

/**
 * Column widths in twips filling the text width. `weights` are relative; missing, non-positive or
 * non-finite weights count as 1 so a bad value can never produce an unusable table.
 */
export function columnWidths(count: number, weights?: number[]): number[] {
  const safe = Array.from({ length: count }, (_, i) => {
    const weight = weights?.[i];
    return weight !== undefined && Number.isFinite(weight) && weight > 0 ? weight : 1;
  });
  const total = safe.reduce((sum, weight) => sum + weight, 0);
  const widths = safe.map((weight) => Math.floor((TEXT_WIDTH * weight) / total));
  const used = widths.reduce((sum, width) => sum + width, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + TEXT_WIDTH - used;
  return widths;
}

/**
 * Word joins two tables that touch into one, and wants a paragraph after a table that ends the
 * document, so there (and only there) a table is followed by a small gap paragraph in its own style.
 */
export function tableGap(): Paragraph {
  return new Paragraph({ style: STYLE_ID.tableGap });
}

function headerCell(text: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.headerFill },
    borders: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOR.accent } },
    children: [
      new Paragraph({
        style: STYLE_ID.tableText,
        keepNext: true,
        children: textRuns(text, { bold: true, color: COLOR.accent }),
      }),
    ],
  });
}

// A cell holds plain lines, or lines followed by a real bulleted list (numbering, not typed bullets).
function bodyCell(content: CellContent, width: number, format: RunFormat = {}): TableCell {
  const cell = typeof content === 'string' ? { text: content, bullets: [] } : content;
  const children: Paragraph[] = [];
  if ((cell.text ?? '') !== '' || cell.bullets.length === 0) {
    children.push(new Paragraph({ style: STYLE_ID.tableText, children: textRuns(cell.text ?? '', format) }));
  }
  for (const item of cell.bullets) {
    children.push(
      new Paragraph({
        style: STYLE_ID.tableBullet,
        numbering: { reference: NUMBERING_REF.bullet, level: 0 },
        children: textRuns(item, format),
      }),
    );
  }
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}
