import { formatCalendarDate, isCalendarDate } from './calendar-date';
import type { DisplayLanguage } from './time-result';

/**
 * Reads a date as Danes type it ("1.12.2026", "01-12-26", "1/12 2026", "01122026") or as
 * ISO ("2026-12-01"). Returns YYYY-MM-DD, '' for an empty field, or null when it is no real date.
 */
export function parseDateInput(text: string): string | null {
  const raw = text.trim();
  if (raw === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return isCalendarDate(raw) ? raw : null;
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(raw);
  const parts = compact
    ? compact.slice(1)
    : /^(\d{1,2})[.\-/ ]\s*(\d{1,2})[.\-/ ]\s*(\d{2}|\d{4})$/.exec(raw)?.slice(1);
  if (!parts) return null;
  const [day, month, yearText] = parts.map(Number) as [number, number, number];
  const year = String(parts[2]).length === 2 ? 2000 + yearText : yearText;
  const iso = formatCalendarDate({ year, month, day });
  return isCalendarDate(iso) ? iso : null;
}

/**
 * A YYYY-MM-DD date as the field shows it: "01.12.2026" in Danish; ISO in English, where "01/12" is
 * read both ways. Both forms are read back in either language.
 */
export function formatDateInput(iso: string, language: DisplayLanguage = 'da'): string {
  if (!isCalendarDate(iso)) return '';
  if (language === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
