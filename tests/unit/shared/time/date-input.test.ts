import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from '../../../../electron/shared/time/date-input';

describe('date fields', () => {
  it('show Danish dates with dots and English ones as ISO, which no reader takes the wrong way round', () => {
    expect(formatDateInput('2026-12-10')).toBe('10.12.2026');
    expect(formatDateInput('2026-12-10', 'da')).toBe('10.12.2026');
    expect(formatDateInput('2026-12-10', 'en')).toBe('2026-12-10');
    expect(formatDateInput('not a date', 'en')).toBe('');
  });

  it('read back what they show in either language, and the ways Danes type a date', () => {
    for (const text of ['10.12.2026', '2026-12-10', '10-12-26', '10/12 2026', '10122026'])
      expect(parseDateInput(text)).toBe('2026-12-10');
    expect(parseDateInput('')).toBe('');
    expect(parseDateInput('31.02.2026')).toBeNull();
  });
});
