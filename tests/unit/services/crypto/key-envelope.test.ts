import { describe, expect, it } from 'vitest';
import {
  createEnvelope,
  parseEnvelope,
  unwrapWithKeyStore,
  unwrapWithPasscode,
  unwrapWithRecoveryCode,
  withKeyStore,
  withPasscode,
  withoutSlot,
} from '../../../../electron/services/crypto/key-envelope';
import { newRecoveryCode } from '../../../../electron/services/crypto/recovery-code';
import { testKeyStore } from '../../../support/test-key-store';

// Low scrypt cost: these tests prove the slots, not the cost.
const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('key envelope', () => {
  it('opens with the machine key store, and with the recovery code on another machine', async () => {
    const machine = testKeyStore();
    const code = newRecoveryCode();
    const { dataKey, envelope } = await createEnvelope(machine, code, cheap);
    const stored = parseEnvelope(JSON.stringify(envelope));
    expect(stored).not.toBeNull();
    expect(await unwrapWithKeyStore(stored!, machine)).toEqual(dataKey);
    const otherMachine = testKeyStore();
    expect(await unwrapWithKeyStore(stored!, otherMachine)).toBeNull();
    // Typed in lower case with spaces instead of dashes: still the same code.
    const typed = code.toLowerCase().replace(/-/g, ' ');
    expect(await unwrapWithRecoveryCode(stored!, typed)).toEqual(dataKey);
    const moved = await withKeyStore(stored!, dataKey, otherMachine);
    expect(await unwrapWithKeyStore(moved, otherMachine)).toEqual(dataKey);
  });

  it('refuses a wrong recovery code and a wrong passcode', async () => {
    const { dataKey, envelope } = await createEnvelope(null, newRecoveryCode(), cheap);
    expect(envelope.slots.os).toBeUndefined();
    expect(await unwrapWithRecoveryCode(envelope, newRecoveryCode())).toBeNull();
    expect(await unwrapWithPasscode(envelope, '1234')).toBeNull();
    const locked = await withPasscode(envelope, dataKey, '1234', cheap);
    expect(await unwrapWithPasscode(locked, '1234')).toEqual(dataKey);
    expect(await unwrapWithPasscode(locked, '1235')).toBeNull();
    expect(await unwrapWithPasscode(withoutSlot(locked, 'passcode'), '1234')).toBeNull();
  });

  it('holds no key in clear and refuses a swapped slot', async () => {
    const code = newRecoveryCode();
    const { dataKey, envelope } = await createEnvelope(testKeyStore(), code, cheap);
    const text = JSON.stringify(envelope);
    expect(text).not.toContain(dataKey.toString('base64'));
    expect(text).not.toContain(dataKey.toString('hex'));
    // The recovery slot's sealed key moved into the passcode slot does not open with the code there.
    const swapped = { ...envelope, slots: { ...envelope.slots, passcode: envelope.slots.recovery } };
    expect(await unwrapWithPasscode(swapped, code.replace(/-/g, ''))).toBeNull();
  });

  it('rejects text that is not an envelope', () => {
    expect(parseEnvelope('{}')).toBeNull();
    expect(parseEnvelope('not json')).toBeNull();
  });
});
