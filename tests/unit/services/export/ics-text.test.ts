import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeIcsText,
  foldIcsLine,
  formatIcsParamValue,
  sanitizeIcsText,
} from '../../../../electron/services/export/ics-text';
import {
  COPENHAGEN_VTIMEZONE_LINES,
  formatIcsLocalDateTime,
  formatIcsUtcDateTime,
} from '../../../../electron/services/export/ics-timezone';
import { daysInMonth, isoWeekday } from '../../../../electron/shared/time/calendar-date';

const octets = (text: string): number => new TextEncoder().encode(text).length;
const unfold = (text: string): string => text.replace(/\r\n /g, '');

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every newline form', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves colons and quotes alone, which TEXT allows', () => {
    expect(escapeIcsText('Kl: 9 "ca."')).toBe('Kl: 9 "ca."');
  });
});

describe('sanitizeIcsText', () => {
  it('drops control characters, non-characters and lone surrogates but keeps emoji', () => {
    expect(sanitizeIcsText('a\u0000b\u0008c\u001fd\u007fe\u0085f\uFFFEg\uD800h\uDC00i')).toBe('abcdefghi');
    expect(sanitizeIcsText('🎉 æ\tø')).toBe('🎉 æ ø');
  });
});

describe('formatIcsParamValue', () => {
  it('quotes only when the value holds ; : or ,', () => {
    expect(formatIcsParamValue('Anna Holm')).toBe('Anna Holm');
    expect(formatIcsParamValue('Søren Ærø')).toBe('Søren Ærø');
    expect(formatIcsParamValue('Holm, Anna')).toBe('"Holm, Anna"');
    expect(formatIcsParamValue('A: B')).toBe('"A: B"');
  });

  it('caret-encodes quotes and carets (RFC 6868) and flattens newlines', () => {
    expect(formatIcsParamValue('Bo "B" ^x')).toBe("Bo ^'B^' ^^x");
    expect(formatIcsParamValue('Bo\nHansen')).toBe('Bo Hansen');
  });
});

describe('foldIcsLine', () => {
  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters, for Danish letters', () => {
    const folded = foldIcsLine(`SUMMARY:${'æ'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(`SUMMARY:${'æ'.repeat(100)}`);
  });

  it('never separates a backslash from the character it escapes', () => {
    const line = `${'x'.repeat(74)}\\,y`;
    expect(foldIcsLine(line)).toBe(`${'x'.repeat(74)}\r\n \\,y`);
  });

  it('keeps any line within 75 octets, unfolds losslessly and never cuts a character', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const line = `DESCRIPTION:${escapeIcsText(raw)}`;
        const folded = foldIcsLine(line);
        expect(unfold(folded)).toBe(line);
        for (const piece of folded.split('\r\n')) {
          const bytes = new TextEncoder().encode(piece);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(decoder.decode(bytes)).toBe(piece);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Copenhagen VTIMEZONE', () => {
  it('starts each observance on a date its own rule produces (a last Sunday at the change hour)', () => {
    const starts = COPENHAGEN_VTIMEZONE_LINES.filter((line) => line.startsWith('DTSTART:'));
    expect(starts).toHaveLength(2);
    for (const line of starts) {
      const match = /^DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})0000$/.exec(line);
      expect(match).not.toBeNull();
      const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
      const date = `${match?.[1]}-${match?.[2]}-${match?.[3]}`;
      expect(isoWeekday(date)).toBe(7);
      expect(day + 7).toBeGreaterThan(daysInMonth(year, month));
    }
  });
});

describe('date-time forms', () => {
  it('writes local and UTC DATE-TIME values', () => {
    expect(formatIcsLocalDateTime('2026-10-25', '01:30')).toBe('20261025T013000');
    expect(formatIcsUtcDateTime(new Date('2026-10-25T02:30:00.789Z'))).toBe('20261025T023000Z');
    expect(() => formatIcsUtcDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
