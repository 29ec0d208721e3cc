import type { KeyStore } from '../services/crypto/key-store';

/** The part of Electron's safeStorage the key store uses (its asynchronous API; the synchronous one is deprecated). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

/**
 * The OS key store (DPAPI on Windows, the Keychain on macOS, libsecret or KWallet on Linux) for the
 * folder's data key, or null when there is none worth the name. On Linux without a keyring
 * safeStorage falls back to `basic_text`, a password written into Chromium itself: that protects
 * nothing, so it counts as no key store and the user chooses a passcode instead.
 */
export async function osKeyStore(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Promise<KeyStore | null> {
  const available = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
  if (!available) return null;
  if (platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())) return null;
  return {
    slot: 'os',
    available: () => true,
    wrap: async (dataKey) =>
      (await safeStorage.encryptStringAsync(Buffer.from(dataKey).toString('base64'))).toString('base64'),
    unwrap: async (wrapped) => {
      try {
        const { result } = await safeStorage.decryptStringAsync(Buffer.from(wrapped, 'base64'));
        const key = Buffer.from(result, 'base64');
        return key.length === 32 ? key : null;
      } catch {
        // Another user, another machine or a reset keyring: the recovery code or passcode is needed.
        return null;
      }
    },
  };
}
