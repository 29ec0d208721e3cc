import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { SignatureParty, SignaturesBlock } from './document-model';
import type { DocxLabels } from './docx-labels';
import { COLOR, STYLE_ID, TEXT_WIDTH } from './docx-theme';
import { afterTable } from './docx-tables';
import { textRuns } from './docx-text-runs';

const NONE = { style: BorderStyle.NIL, size: 0, color: 'auto', space: 0 } as const;
const SIGN_LINE = { style: BorderStyle.SINGLE, size: 6, color: COLOR.muted, space: 4 } as const;
const PARTIES_PER_ROW = 2;
// Room to sign by hand above each line, in twips (about 1.3 cm).
const SIGNING_SPACE = 740;

/**
 * Signature lines side by side, two parties to a row: room to sign, a line, the name and role under
 * it, then a line for the date (or place and date). Rows are kept whole so a signature never splits.
 */
export function signatureTable(block: SignaturesBlock, labels: DocxLabels): FileChild[] {
  if (block.parties.length === 0) return [];
  const columnWidth = Math.floor(TEXT_WIDTH / PARTIES_PER_ROW);
  const dateLabel = block.place === true ? labels.placeAndDate : labels.date;
  const rows: TableRow[] = [];
  for (let start = 0; start < block.parties.length; start += PARTIES_PER_ROW) {
    const group = block.parties.slice(start, start + PARTIES_PER_ROW);
    const cells = Array.from({ length: PARTIES_PER_ROW }, (_, i) => {
      const party = group[i];
      return party ? partyCell(party, dateLabel, columnWidth) : emptyCell(columnWidth);
    });
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return [
    new Table({
      rows,
      columnWidths: Array.from({ length: PARTIES_PER_ROW }, () => columnWidth),
      width: { size: columnWidth * PARTIES_PER_ROW, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      margins: { top: 0, bottom: 120, left: 0, right: 567 },
    }),
    afterTable(),
  ];
}

function partyCell(party: SignatureParty, dateLabel: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({ style: STYLE_ID.signature, keepNext: true, spacing: { before: SIGNING_SPACE } }),
      new Paragraph({
        style: STYLE_ID.signature,
        keepNext: true,
        border: { top: SIGN_LINE },
        children: textRuns(party.name, { bold: true }),
      }),
      new Paragraph({
        style: STYLE_ID.signature,
        keepNext: true,
        children: textRuns(party.role, { color: COLOR.muted }),
      }),
      new Paragraph({ style: STYLE_ID.signature, keepNext: true, spacing: { before: SIGNING_SPACE - 200 } }),
      new Paragraph({
        style: STYLE_ID.signature,
        border: { top: SIGN_LINE },
        children: textRuns(dateLabel, { color: COLOR.muted }),
      }),
    ],
  });
}

function emptyCell(width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ style: STYLE_ID.signature })],
  });
}
