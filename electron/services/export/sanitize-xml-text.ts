/**
 * User text can hold anything a keyboard, a paste from Outlook or a damaged file put there. XML 1.0
 * forbids some of it, and one forbidden character makes Word refuse the whole file, so every piece
 * of user text passes through here before it reaches the document.
 */

// C0 controls except tab (09), LF (0A) and CR (0D); U+FFFE and U+FFFF; and any surrogate half
// that is not part of a valid pair (the `u` flag makes a valid pair one code point, so it never matches).
// U+FFFD is allowed by XML but goes too: it only ever stands for text already lost in an earlier
// paste or import, and strict readers flag it as a sign of a broken encoding.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * Removes characters XML 1.0 forbids (and U+FFFD) and turns CRLF and a lone CR into LF; keeps
 * emoji, æøå and RTL text.
 */
export function sanitizeXmlText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN_IN_XML, '');
}
