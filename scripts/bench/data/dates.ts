import { addDays, daysBetween, isoWeekday } from '../../../electron/shared/time';

/** An ISO instant on a given day at a given Copenhagen-ish working hour (UTC is close enough for made-up data). */
export function instantOn(date: string, hour: number, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

/** Moves a weekend day to the Monday after, since meetings and journal entries fall on working days. */
export function onWeekday(date: string): string {
  const day = isoWeekday(date);
  if (day === 6) return addDays(date, 2);
  if (day === 7) return addDays(date, 1);
  return date;
}

export { addDays, daysBetween };
