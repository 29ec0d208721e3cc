import { describe, expect, it } from 'vitest';
import { sanitizeXmlText } from '../../../../electron/services/export/sanitize-xml-text';

describe('sanitizeXmlText', () => {
  it('removes C0 control characters but keeps tab and line feed', () => {
    expect(sanitizeXmlText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh')).toBe('abcdefgh');
    expect(sanitizeXmlText('kolonne\tværdi\nnæste linje')).toBe('kolonne\tværdi\nnæste linje');
  });

  it('normalises CRLF and a lone CR to LF', () => {
    expect(sanitizeXmlText('linje 1\r\nlinje 2\rlinje 3')).toBe('linje 1\nlinje 2\nlinje 3');
  });

  it('removes the non-characters U+FFFE and U+FFFF', () => {
    expect(sanitizeXmlText('før\uFFFEefter\uFFFF!')).toBe('førefter!');
  });

  it('removes the replacement character left by an earlier broken paste', () => {
    expect(sanitizeXmlText('Gr\uFFFDnland')).toBe('Grnland');
  });

  it('removes lone high and low surrogates wherever they stand', () => {
    expect(sanitizeXmlText('\uD800start')).toBe('start');
    expect(sanitizeXmlText('slut\uDBFF')).toBe('slut');
    expect(sanitizeXmlText('midt\uDC00i')).toBe('midti');
    // A low half before a high half is not a pair: both go.
    expect(sanitizeXmlText('x\uDC00\uD800y')).toBe('xy');
  });

  it('keeps emoji and other characters outside the BMP (valid surrogate pairs)', () => {
    expect(sanitizeXmlText('Godt møde 👍🏽 – 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇩🇰')).toBe('Godt møde 👍🏽 – 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇩🇰');
  });

  it('keeps Danish letters, RTL text and characters XML allows', () => {
    const text = 'Æble, ØL og Åen · æøå — مرحبا بالعالم — שלום — \u200F\u202Bmark\u202C — \u0085\u2028 — \uFFFC\uFDD0';
    expect(sanitizeXmlText(text)).toBe(text);
  });

  it('returns clean text unchanged', () => {
    expect(sanitizeXmlText('')).toBe('');
    expect(sanitizeXmlText('Samarbejdsaftale 2027')).toBe('Samarbejdsaftale 2027');
  });
});
