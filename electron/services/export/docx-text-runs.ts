import { Tab, TextRun } from 'docx';
import { sanitizeXmlText } from './sanitize-xml-text';

/** Emphasis a run of user text can carry. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

/**
 * Turns user text into Word runs. The text is sanitised here, the one door every piece of user text
 * goes through; line breaks become real line breaks and tabs real tabs, since Word shows a raw
 * newline inside w:t as a space and the user's layout would be lost.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const lines = sanitizeXmlText(text).split('\n');
  return lines.map(
    (line, index) =>
      new TextRun({
        ...format,
        ...(index > 0 ? { break: 1 } : {}),
        children: withTabs(line),
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
