import { describe, expect, it } from 'vitest';
import { osKeyStore, type SafeStorageLike } from '../../../electron/main/os-key-store';

/** A stand-in for safeStorage: "encrypts" by reversing the bytes behind a marker, so only it can undo it. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (text) => Buffer.concat([Buffer.from('os:'), Buffer.from(text).reverse()]),
    decryptStringAsync: async (bytes) => {
      if (!bytes.subarray(0, 3).equals(Buffer.from('os:'))) throw new Error('not ours');
      return { result: Buffer.from(bytes.subarray(3)).reverse().toString(), shouldReEncrypt: false };
    },
  };
}

describe("the desktop app's OS key store", () => {
  it('wraps and unwraps the data key through safeStorage, and says null for what it cannot open', async () => {
    const store = await osKeyStore(fakeSafeStorage('gnome_libsecret'), 'linux');
    expect(store?.available()).toBe(true);
    const key = Buffer.alloc(32, 7);
    const wrapped = await store!.wrap(key);
    expect(wrapped).not.toContain(key.toString('base64'));
    expect(Buffer.from((await store!.unwrap(wrapped))!)).toEqual(key);
    expect(await store!.unwrap(Buffer.from('someone else').toString('base64'))).toBeNull();
  });

  it('counts no encryption, and Linux without a keyring (basic_text), as no key store', async () => {
    expect(await osKeyStore(fakeSafeStorage('gnome_libsecret', false), 'win32')).toBeNull();
    expect(await osKeyStore(fakeSafeStorage('basic_text'), 'linux')).toBeNull();
    expect(await osKeyStore(fakeSafeStorage('unknown'), 'linux')).toBeNull();
    // The backend is a Linux notion; elsewhere only availability counts.
    expect(await osKeyStore(fakeSafeStorage('basic_text'), 'darwin')).not.toBeNull();
  });
});
