import { describe, expect, it } from 'vitest';
import { newKey, open, seal } from '../../../../electron/services/crypto/aead';
import { deriveKey, newSalt, validParams } from '../../../../electron/services/crypto/kdf';

describe('AES-256-GCM sealing', () => {
  it('opens with the same key and aad, and refuses any changed bit, key or aad', () => {
    const key = newKey();
    const plain = Buffer.from('Kun til mig: tvivl om mødet', 'utf8');
    const aad = Buffer.from('hoved');
    const sealed = seal(key, plain, aad);
    expect(sealed.ciphertext.includes(Buffer.from('tvivl'))).toBe(false);
    expect(open(key, sealed, aad)?.toString('utf8')).toBe(plain.toString('utf8'));
    expect(open(newKey(), sealed, aad)).toBeNull();
    expect(open(key, sealed, Buffer.from('andet'))).toBeNull();
    for (const part of ['iv', 'ciphertext', 'tag'] as const) {
      const flipped = { ...sealed, [part]: Buffer.from(sealed[part]) };
      flipped[part][0] = (flipped[part][0] ?? 0) ^ 1;
      expect(open(key, flipped, aad)).toBeNull();
    }
    // A fresh nonce each time: the same text never looks the same twice.
    expect(seal(key, plain, aad).ciphertext.equals(sealed.ciphertext)).toBe(false);
  });

  it('derives the same key from the same password and salt, another from another salt', async () => {
    const cost = { N: 1024, r: 8, p: 1 };
    const salt = newSalt();
    const a = await deriveKey('Søster Ærø', salt, cost);
    expect(a).toHaveLength(32);
    // NFC: "Ø" typed as one character or as O plus a combining stroke gives the same key.
    expect((await deriveKey('Søster Ærø'.normalize('NFD'), salt, cost)).equals(a)).toBe(true);
    expect((await deriveKey('Søster Ærø', newSalt(), cost)).equals(a)).toBe(false);
    expect(validParams({ N: 2 ** 30, r: 8, p: 1 })).toBe(false);
    expect(validParams({ N: 1000, r: 8, p: 1 })).toBe(false);
  });
});
