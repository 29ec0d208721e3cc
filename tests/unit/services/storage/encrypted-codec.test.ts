import { describe, expect, it } from 'vitest';
import { newKey } from '../../../../electron/services/crypto/aead';
import { CodecError, plainCodec } from '../../../../electron/services/storage/codec';
import { encryptedCodec, looksEncrypted } from '../../../../electron/services/storage/encrypted-codec';

const secretWord = 'hemmeligordblomkål';

describe('encrypted store codec', () => {
  it('round-trips a file and a line, and neither holds the text in clear', () => {
    const codec = encryptedCodec(newKey());
    const text = JSON.stringify({ note: secretWord, æøå: 'Åse' });
    const file = codec.encodeFile(text);
    expect(Buffer.from(file).includes(secretWord)).toBe(false);
    expect(looksEncrypted(file)).toBe(true);
    expect(codec.decodeFile(file)).toBe(text);
    const line = codec.encodeLine(text);
    expect(line).not.toContain('\n');
    expect(line).not.toContain(secretWord);
    expect(codec.decodeLine(line)).toBe(text);
  });

  it('uses a fresh nonce each time, so the same text never gives the same bytes', () => {
    const codec = encryptedCodec(newKey());
    expect(codec.encodeLine('{}')).not.toBe(codec.encodeLine('{}'));
  });

  it('refuses a wrong key, a flipped bit, a plain file and a plain line with a CodecError', () => {
    const codec = encryptedCodec(newKey());
    const other = encryptedCodec(newKey());
    const file = Buffer.from(codec.encodeFile('{"a":1}'));
    expect(() => other.decodeFile(file)).toThrow(CodecError);
    const flipped = Buffer.from(file);
    flipped.writeUInt8((flipped.at(-1) ?? 0) ^ 1, flipped.length - 1);
    expect(() => codec.decodeFile(flipped)).toThrow(CodecError);
    expect(() => codec.decodeFile(plainCodec.encodeFile('{"a":1}'))).toThrow(CodecError);
    expect(() => codec.decodeLine('{"a":1}')).toThrow(CodecError);
    expect(() => codec.decodeFile(file.subarray(0, 12))).toThrow(CodecError);
  });
});
