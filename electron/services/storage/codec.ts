/**
 * How the store's text becomes the bytes on disk and back. Every file the store writes goes
 * through one codec: the data file, each journal line and each backup. Encryption at rest
 * plugs in here by handing `openStore` (or `startServices`) another codec; nothing else in
 * the store knows whether the bytes are plain.
 */
export interface StoreCodec {
  /** A whole file's text (data file, backup) as the bytes to write. */
  encodeFile(text: string): Uint8Array;
  /** File bytes back to the text; throws `CodecError` when they cannot be decoded. */
  decodeFile(bytes: Uint8Array): string;
  /** One journal record's JSON as the line body to write; must not contain a newline. */
  encodeLine(json: string): string;
  /** A line body back to the JSON; throws `CodecError` when it cannot be decoded. */
  decodeLine(line: string): string;
}

/** Bytes a codec could not turn back into text (damage, a wrong key); carries a Danish reason. */
export class CodecError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Plain UTF-8 JSON, as the data folder has always held it. */
export const plainCodec: StoreCodec = {
  encodeFile: (text) => new TextEncoder().encode(text),
  decodeFile: (bytes) => {
    try {
      // fatal: invalid UTF-8 is damage, not something to paper over with replacement characters.
      return utf8.decode(bytes);
    } catch {
      throw new CodecError('filen er ikke gyldig tekst');
    }
  },
  encodeLine: (json) => json,
  decodeLine: (line) => line,
};
