import type { ReflectionSummary } from '$shared/entities';
import { formatLongDate, isoWeek, weekEnd, weekStart } from '$shared/time';

/** The entries of one ISO week, as the journal shows them under "Uge 48". */
export interface WeekGroup {
  key: string;
  week: number;
  /** "23.–29. november 2026". */
  range: string;
  entries: ReflectionSummary[];
}

/** Groups entries (already newest first) by ISO week, keeping their order. */
export function groupByWeek(entries: ReflectionSummary[], lang: 'da' | 'en'): WeekGroup[] {
  const groups: WeekGroup[] = [];
  for (const entry of entries) {
    const { year, week } = isoWeek(entry.date);
    const key = `${year}-${week}`;
    let group = groups.at(-1);
    if (group?.key !== key) {
      group = { key, week, range: weekRange(weekStart(entry.date), weekEnd(entry.date), lang), entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

// Says the shared month and year once: "23.–29. november 2026", "30. november – 6. december 2026".
function weekRange(start: string, end: string, lang: 'da' | 'en'): string {
  const last = formatLongDate(end, lang);
  const first = formatLongDate(start, lang);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8))}${lang === 'da' ? '.' : ''}–${last}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${first.replace(/ \d{4}$/, '')} – ${last}`;
  return `${first} – ${last}`;
}
