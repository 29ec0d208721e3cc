import fc from 'fast-check';

/**
 * One "character" of hostile user text: anything from the whole Unicode range, plus extra weight on
 * what breaks XML or Word: control characters, CR, U+FFFE/U+FFFF, lone surrogate halves, emoji
 * (surrogate pairs), RTL marks and scripts, Danish letters and XML markup characters.
 */
export const hostileChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\uFFFE', '\uFFFF', '\uFFFD', '\r', '\r\n', '\n', '\t', '\u0085', '\u2028', '\u00A0'),
  },
  { weight: 1, arbitrary: fc.constantFrom('😀', '👍🏽', '🇩🇰', '👩‍👩‍👧', '𝔘') },
  { weight: 1, arbitrary: fc.constantFrom('م', 'ر', 'ש', 'ל', '\u200F', '\u202B', '\u202C', '\u061C') },
  { weight: 1, arbitrary: fc.constantFrom('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', '<', '>', '&', '"', "'", ']]>', '&amp;') },
);

/** A short string of hostile characters, as a user could paste into any text field. */
export const hostileText = fc.string({ unit: hostileChar, maxLength: 40 });
