import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { SignatureParty, SignaturesBlock } from '../../shared/documents/document-model';
import type { DocxLabels } from './docx-labels';
import { COLOR, STYLE_ID, TEXT_WIDTH } from './docx-theme';
import { textRuns } from './docx-text-runs';

const NONE = { style: BorderStyle.NIL, size: 0, color: 'auto', space: 0 } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const SIGN_LINE = { style: BorderStyle.SINGLE, size: 6, color: COLOR.muted, space: 4 } as const;
const PARTIES_PER_ROW = 2;
// Room to sign by hand above the signing line, and to write the date above the date line, in twips.
const SIGNING_SPACE = 740;
const DATE_SPACE = 540;
const GUTTER = 567;

/**
 * Signature lines side by side in a borderless table, two parties to a row group. Each group is
 * three rows — signing line with the name, the role, the date line — so both sides' lines stand at
 * the same height even when one name or role wraps. Rows are kept whole and together on one page.
 * The room to sign is the cell's top margin, not an empty paragraph.
 */
export function signatureTable(block: SignaturesBlock, labels: DocxLabels): FileChild[] {
  if (block.parties.length === 0) return [];
  const columnWidth = Math.floor(TEXT_WIDTH / PARTIES_PER_ROW);
  const dateLabel = block.place === true ? labels.placeAndDate : labels.date;
  const rows: TableRow[] = [];
  for (let start = 0; start < block.parties.length; start += PARTIES_PER_ROW) {
    const group = Array.from({ length: PARTIES_PER_ROW }, (_, i) => block.parties[start + i]);
    const last = start + PARTIES_PER_ROW >= block.parties.length;
    rows.push(
      row(group, columnWidth, SIGNING_SPACE, (party) => nameLine(party), true),
      row(group, columnWidth, 0, (party) => roleLine(party), true),
      row(group, columnWidth, DATE_SPACE, () => dateLine(dateLabel, !last), !last),
    );
  }
  return [
    new Table({
      rows,
      columnWidths: Array.from({ length: PARTIES_PER_ROW }, () => columnWidth),
      width: { size: columnWidth * PARTIES_PER_ROW, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: { top: 0, bottom: 0, left: 0, right: GUTTER },
    }),
  ];
}

function row(
  group: Array<SignatureParty | undefined>,
  width: number,
  spaceAbove: number,
  paragraph: (party: SignatureParty) => Paragraph,
  keepWithNext: boolean,
): TableRow {
  return new TableRow({
    cantSplit: true,
    children: group.map(
      (party) =>
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          margins: { top: spaceAbove, bottom: 0, left: 0, right: GUTTER },
          children: [party ? paragraph(party) : new Paragraph({ style: STYLE_ID.signature, keepNext: keepWithNext })],
        }),
    ),
  });
}

function nameLine(party: SignatureParty): Paragraph {
  return new Paragraph({
    style: STYLE_ID.signature,
    keepNext: true,
    border: { top: SIGN_LINE },
    children: textRuns(party.name, { bold: true }),
  });
}

function roleLine(party: SignatureParty): Paragraph {
  return new Paragraph({
    style: STYLE_ID.signature,
    keepNext: true,
    children: textRuns(party.role, { color: COLOR.muted }),
  });
}

function dateLine(label: string, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: STYLE_ID.signature,
    ...(keepNext ? { keepNext: true } : {}),
    border: { top: SIGN_LINE },
    children: textRuns(label, { color: COLOR.muted }),
  });
}
