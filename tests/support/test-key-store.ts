import { open, seal } from '../../electron/services/crypto/aead';
import type { KeyStore } from '../../electron/services/crypto/key-store';

/**
 * A key store for tests: wraps with a fixed per-instance key, as the OS key store does for one
 * machine. A second instance plays "another machine": it cannot unwrap the first one's keys.
 */
export function testKeyStore(options: { available?: boolean; machine?: number } = {}): KeyStore {
  // `machine` names one machine across processes (the crash rounds' child and parent share it).
  const machineKey = Buffer.alloc(32, options.machine ?? Math.floor(Math.random() * 255) + 1);
  return {
    slot: 'os',
    available: () => options.available ?? true,
    wrap: (dataKey) => {
      const s = seal(machineKey, dataKey);
      return Promise.resolve(Buffer.concat([s.iv, s.tag, s.ciphertext]).toString('base64'));
    },
    unwrap: (wrapped) => {
      const b = Buffer.from(wrapped, 'base64');
      return Promise.resolve(
        open(machineKey, { iv: b.subarray(0, 12), tag: b.subarray(12, 28), ciphertext: b.subarray(28) }),
      );
    },
  };
}

/** The key store of "this machine" for every test in a run, so a restart on the same folder finds its key. */
export const thisMachine = testKeyStore();

/** The one "machine" the conversion crash rounds' child and checking parent share, so both open the same key. */
export const CONVERSION_MACHINE = 77;
