// Characters Windows or macOS refuse in a file name, plus control characters.
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
// Names Windows reserves for devices, whatever the extension ("CON.docx" cannot be created).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_STEM = 100;
const FALLBACK_STEM = 'dokument';
const ELLIPSIS = '…';

/**
 * A default file name for the save dialog built from a document title: drops what Windows or macOS
 * forbid, keeps æøå and every other letter, never starts with a dot or ends with a dot or space,
 * and keeps the name to about 100 characters (never splitting an emoji). Example:
 * `safeFileName('Referat: møde 3/4', 'docx')` gives `"Referat møde 3-4.docx"`.
 *
 * `tail` is what must survive shortening, such as " – Version 3": a long title is cut in its
 * middle part, before the tail, so two versions of one agreement never get the same name.
 */
export function safeFileName(title: string, ext: string, tail = ''): string {
  const cleanExt = ext.replace(/^\.+/, '').replace(ILLEGAL, '');
  const cleanTail = Array.from(clean(tail).replace(/[.\s]+$/, '')).slice(0, MAX_STEM / 2);
  const room = MAX_STEM - cleanTail.length;
  let head = clean(title).replace(/^[.\s]+/, '');
  const chars = Array.from(head);
  if (chars.length > room) {
    // With a tail, the cut is marked so the reader sees the title goes on; without one it is plain.
    head =
      cleanTail.length > 0
        ? `${chars
            .slice(0, room - 1)
            .join('')
            .trimEnd()}${ELLIPSIS}`
        : chars.slice(0, room).join('');
  }
  let stem = cleanTail.length > 0 ? `${head}${cleanTail.join('')}` : head;
  stem = stem.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (stem === '') stem = FALLBACK_STEM;
  if (RESERVED.test(stem)) stem = `${stem}-${FALLBACK_STEM}`;
  return cleanExt === '' ? stem : `${stem}.${cleanExt}`;
}

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[/\\]/g, '-')
    .replace(ILLEGAL, '')
    .replace(/\p{Cs}/gu, '')
    .replace(/\s+/g, ' ');
}
