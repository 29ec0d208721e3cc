/**
 * RFC 5545 text rules: what may appear in a value, how TEXT and parameter values are escaped, and
 * how long lines are folded. Kept apart from the calendar model so each rule is tested on its own.
 */

/** Longest content line in octets (UTF-8 bytes), CRLF not counted (RFC 5545 §3.1). */
export const ICS_MAX_LINE_OCTETS = 75;

/** The line ending every .ics line must use. */
export const CRLF = '\r\n';

// C0 controls except TAB/LF/CR (handled as whitespace and newlines), DEL, C1 controls,
// the non-characters U+FFFE/U+FFFF and lone surrogates, none of which a calendar can carry.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops characters a calendar file must not carry; tabs become spaces and every newline becomes LF. */
export function sanitizeIcsText(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/\t/g, ' ').replace(/\r\n?/g, '\n');
}

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and newline. */
export function escapeIcsText(value: string): string {
  return sanitizeIcsText(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/**
 * A parameter value such as CN (§3.2). Double quotes cannot appear even inside quotes, so they are
 * caret-encoded per RFC 6868 (as is a caret, so decoding is lossless); newlines in a name become
 * spaces. The value is quoted only when it holds `;`, `:` or `,`.
 */
export function formatIcsParamValue(value: string): string {
  const encoded = sanitizeIcsText(value).replace(/\n/g, ' ').replace(/\^/g, '^^').replace(/"/g, "^'");
  return /[;:,]/.test(encoded) ? `"${encoded}"` : encoded;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into pieces of at most 75 octets, each continuation starting with a space
 * (which counts). Splits only between code points, so a multi-byte character (æ, ø, å, emoji) is
 * never cut, and keeps a backslash escape together for readers that unfold carelessly.
 */
export function foldIcsLine(line: string): string {
  const units: string[] = [];
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    const next = chars[i + 1];
    if (char === '\\' && next !== undefined) {
      units.push(char + next);
      i += 1;
    } else {
      units.push(char);
    }
  }

  const pieces: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const unit of units) {
    let unitOctets = 0;
    for (const char of unit) unitOctets += utf8Length(char.codePointAt(0) ?? 0);
    const limit = pieces.length === 0 ? ICS_MAX_LINE_OCTETS : ICS_MAX_LINE_OCTETS - 1;
    if (currentOctets + unitOctets > limit && current !== '') {
      pieces.push(current);
      current = '';
      currentOctets = 0;
    }
    current += unit;
    currentOctets += unitOctets;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}
