import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import { sanitizeXmlText } from './sanitize-xml-text';
import { STYLE_ID } from './docx-theme';
import { lineParts } from '../../shared/documents/text-links';

/** Emphasis a run of user text can carry. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

/**
 * Turns user text into Word content. The text is sanitised here, the one door every piece of user
 * text goes through; line breaks become real line breaks and tabs real tabs, since Word shows a raw
 * newline inside w:t as a space and the user's layout would be lost. Web and e-mail addresses become
 * links in the Hyperlink style, so a reader can click them and Word wraps them as addresses.
 */
export function textRuns(text: string, format: RunFormat = {}): ParagraphChild[] {
  return sanitizeXmlText(text)
    .split('\n')
    .flatMap((line, index) =>
      lineParts(line, index > 0).map((part, partIndex) => {
        const lineBreak = index > 0 && partIndex === 0 ? { break: 1 } : {};
        if (part.link === undefined) return new TextRun({ ...format, ...lineBreak, children: withTabs(part.text) });
        return new ExternalHyperlink({
          link: part.link,
          children: [new TextRun({ ...format, text: part.text, style: STYLE_ID.hyperlink })],
        });
      }),
    );
}

function withTabs(line: string): Array<string | Tab> {
  const children: Array<string | Tab> = [];
  line.split('\t').forEach((part, index) => {
    if (index > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return children;
}
