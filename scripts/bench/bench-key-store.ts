import { testKeyStore } from '../../tests/support/test-key-store';

/**
 * The bench's stand-in for the OS key store: one fixed "machine", so the data sets are written
 * encrypted once and every bench process (the memory probe runs in its own) opens them.
 */
export const benchKeyStore = testKeyStore({ machine: 91 });

/** scrypt's cost for the bench's recovery slot: the data key, not the slot, is what the figures are about. */
export const BENCH_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
