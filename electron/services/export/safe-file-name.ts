// Characters Windows or macOS refuse in a file name, plus control characters.
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
// Names Windows reserves for devices, whatever the extension ("CON.docx" cannot be created).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_STEM = 100;
const FALLBACK_STEM = 'dokument';

/**
 * A default file name for the save dialog built from a document title: drops what Windows or macOS
 * forbid, keeps æøå and every other letter, never starts with a dot or ends with a dot or space,
 * and keeps the name to about 100 characters (never splitting an emoji). Example:
 * `safeFileName('Referat: møde 3/4', 'docx')` gives `"Referat møde 3-4.docx"`.
 */
export function safeFileName(title: string, ext: string): string {
  const cleanExt = ext.replace(/^\.+/, '').replace(ILLEGAL, '');
  let stem = title
    .normalize('NFC')
    .replace(/[/\\]/g, '-')
    .replace(ILLEGAL, '')
    .replace(/\p{Cs}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  stem = Array.from(stem).slice(0, MAX_STEM).join('');
  stem = stem.replace(/[.\s]+$/, '');
  if (stem === '') stem = FALLBACK_STEM;
  if (RESERVED.test(stem)) stem = `${stem}-${FALLBACK_STEM}`;
  return cleanExt === '' ? stem : `${stem}.${cleanExt}`;
}
