import { i18n } from './i18n/i18n.svelte';

/** A YYYY-MM-DD date the way a reader expects it: "22. november 2026" / "22 November 2026". */
export function longDate(isoDate: string): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const formatter = new Intl.DateTimeFormat(i18n.lang === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}
