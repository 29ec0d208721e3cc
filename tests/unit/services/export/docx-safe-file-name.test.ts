import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../electron/services/export/safe-file-name';

describe('safeFileName', () => {
  it('strips characters Windows and macOS refuse and keeps Danish letters', () => {
    expect(safeFileName('Referat: møde <3> "Æbler" | Ø? å*', 'docx')).toBe('Referat møde 3 Æbler Ø å.docx');
  });

  it('turns slashes into dashes so dates survive', () => {
    expect(safeFileName('Dagsorden 22/11 – netværk\\team', 'docx')).toBe('Dagsorden 22-11 – netværk-team.docx');
  });

  it('drops control characters and collapses whitespace', () => {
    expect(safeFileName('  Rolle\u0000beskrivelse \n\t co-driver  ', 'docx')).toBe('Rollebeskrivelse co-driver.docx');
  });

  it('never starts with a dot or ends with a dot or space', () => {
    expect(safeFileName('...skjult', 'docx')).toBe('skjult.docx');
    expect(safeFileName('Aftale. . .', 'docx')).toBe('Aftale.docx');
  });

  it('falls back to a plain name when nothing usable is left', () => {
    expect(safeFileName('???', 'docx')).toBe('dokument.docx');
    expect(safeFileName('', 'ics')).toBe('dokument.ics');
  });

  it('avoids names Windows reserves for devices', () => {
    expect(safeFileName('CON', 'docx')).not.toMatch(/^con\./i);
    expect(safeFileName('lpt1', 'docx')).not.toMatch(/^lpt1\./i);
  });

  it('keeps the stem to 100 characters without splitting an emoji', () => {
    const long = `${'å'.repeat(99)}😀😀😀`;
    const name = safeFileName(long, 'docx');
    const stem = name.slice(0, -'.docx'.length);
    expect(Array.from(stem)).toHaveLength(100);
    expect(stem.endsWith('😀')).toBe(true);
    expect(name).toBe(`${'å'.repeat(99)}😀.docx`);
  });

  it('accepts the extension with or without a dot', () => {
    expect(safeFileName('Referat', '.docx')).toBe('Referat.docx');
  });
});
