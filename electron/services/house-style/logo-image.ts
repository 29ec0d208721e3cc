/**
 * Checks a logo the user picked before it goes into every document's header: a PNG or JPEG by its
 * own bytes (not its name), no larger than LOGO_MAX_BYTES, with a size in pixels Word can place.
 */
import { AppError } from '../../shared/app-error';

/** The largest logo accepted; a letterhead logo is a few kilobytes, a photo is refused. */
export const LOGO_MAX_BYTES = 512 * 1024;
const MAX_SIDE = 8000;

/** A logo as checked: its format and size in pixels. */
export interface CheckedLogo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** The format and pixel size of a PNG or JPEG; throws a Danish `invalid-input` error otherwise. */
export function checkLogo(bytes: Uint8Array): CheckedLogo {
  if (bytes.byteLength === 0) throw refuse('Filen er tom.', 'The file is empty.');
  if (bytes.byteLength > LOGO_MAX_BYTES) {
    throw refuse(
      `Logoet fylder for meget (højst ${LOGO_MAX_BYTES / 1024} kB). Gem det i en mindre udgave og prøv igen.`,
      `The logo is too large (at most ${LOGO_MAX_BYTES / 1024} kB). Save a smaller version and try again.`,
    );
  }
  const size = pngSize(bytes) ?? jpegSize(bytes);
  if (!size) throw refuse('Logoet skal være et PNG- eller JPEG-billede.', 'The logo must be a PNG or JPEG image.');
  if (size.width < 1 || size.height < 1 || size.width > MAX_SIDE || size.height > MAX_SIDE) {
    throw refuse('Billedets størrelse kan ikke bruges som logo.', 'The image’s size cannot be used as a logo.');
  }
  return size;
}

function refuse(da: string, en: string): AppError {
  return new AppError('invalid-input', da, en);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): CheckedLogo | null {
  if (b.byteLength < 24 || PNG_SIGNATURE.some((byte, i) => b[i] !== byte)) return null;
  // The first chunk must be IHDR, holding width and height as big-endian 32-bit numbers.
  if (String.fromCharCode(b[12] ?? 0, b[13] ?? 0, b[14] ?? 0, b[15] ?? 0) !== 'IHDR') return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(b: Uint8Array): CheckedLogo | null {
  if (b.byteLength < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 2;
  while (at + 4 <= b.byteLength) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = view.getUint16(at + 2);
    // Start-of-frame markers (not DHT, JPG or DAC) carry the height and width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > b.byteLength) return null;
      return { type: 'jpg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}
