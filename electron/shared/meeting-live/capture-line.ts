/**
 * The one capture line of the live view: "b: …" is a decision, "o: …" a task, anything else a note.
 * Pure, so the screen and its tests read a line the same way.
 */

/** What a line captures. */
export type CaptureKind = 'note' | 'decision' | 'task';

export interface CaptureLine {
  kind: CaptureKind;
  /** The text without its prefix, trimmed. */
  text: string;
}

const PREFIXES: ReadonlyArray<[RegExp, CaptureKind]> = [
  [/^\s*b\s*:\s*/i, 'decision'],
  [/^\s*o\s*:\s*/i, 'task'],
  [/^\s*n\s*:\s*/i, 'note'],
];

/** Reads a typed line: its kind from the prefix (b:, o:, n: or none) and the text after it. */
export function readCaptureLine(line: string): CaptureLine {
  for (const [pattern, kind] of PREFIXES) {
    const match = pattern.exec(line);
    if (match) return { kind, text: line.slice(match[0].length).trim() };
  }
  return { kind: 'note', text: line.trim() };
}
