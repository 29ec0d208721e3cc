/**
 * What the host hands the services to keep the folder's data key: it wraps and unwraps a 32-byte
 * key. The desktop app passes one built on Electron's safeStorage (DPAPI / Keychain / libsecret);
 * tests pass a double. The services never import electron.
 */
export interface KeyStore {
  /** Which slot of the key envelope this store fills, e.g. 'os'. */
  readonly slot: 'os';
  /** False when the host has no working OS key store (Linux without a keyring, the preview). */
  available(): boolean;
  /** The data key sealed so only this user on this machine can open it; base64 text. */
  wrap(dataKey: Uint8Array): Promise<string>;
  /** The data key back, or null when this machine cannot open it (another machine, a lost keyring). */
  unwrap(wrapped: string): Promise<Uint8Array | null>;
}
