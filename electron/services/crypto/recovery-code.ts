import { randomBytes } from 'node:crypto';

/**
 * A recovery code: 25 characters of Crockford's base32 (no I, L, O or U, so nothing reads as
 * something else), in five groups of five. 25 × 5 bits = 125 bits of randomness, far beyond guessing.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 5;
const GROUP = 5;

export function newRecoveryCode(): string {
  const bytes = randomBytes(GROUPS * GROUP);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]);
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) groups.push(chars.slice(g * GROUP, (g + 1) * GROUP).join(''));
  return groups.join('-');
}

/** What the user typed, as the key is derived from it: upper case, no spaces or dashes, O→0 and I/L→1. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
