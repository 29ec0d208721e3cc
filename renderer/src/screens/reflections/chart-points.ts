import type { Reflection } from '$shared/entities';
import { requireCalendarDate, toDayNumber } from '$shared/time';
import { thinLine } from './chart-marks';

/** One day on the chart; several entries on one day are averaged so the lines never double back. */
export interface ChartPoint {
  date: string;
  energy: number | null;
  progress: number | null;
  x: number;
}

/** The drawing area inside the SVG's viewBox, leaving room for the axis labels. */
export const PLOT = { left: 34, right: 884, top: 12, bottom: 184, width: 900, height: 212 } as const;

/** Entries with at least one rating, oldest first: the chart's table alternative lists these. */
export function ratedEntries(entries: Reflection[]): Reflection[] {
  return entries
    .filter((e) => e.energy !== null || e.progress !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** One point per day with ratings, placed by date so gaps in time show as gaps. */
export function chartPoints(entries: Reflection[]): ChartPoint[] {
  const byDay = new Map<string, Reflection[]>();
  for (const entry of ratedEntries(entries)) byDay.set(entry.date, [...(byDay.get(entry.date) ?? []), entry]);
  const dates = [...byDay.keys()];
  const days = dates.map((date) => toDayNumber(requireCalendarDate(date)));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  return dates.map((date, i) => {
    const sameDay = byDay.get(date) ?? [];
    return {
      date,
      energy: mean(sameDay.map((e) => e.energy)),
      progress: mean(sameDay.map((e) => e.progress)),
      x: span === 0 ? (PLOT.left + PLOT.right) / 2 : PLOT.left + (((days[i] ?? first) - first) / span) * (PLOT.right - PLOT.left),
    };
  });
}

/** The vertical position of a 1–5 rating. */
export function yFor(value: number): number {
  return PLOT.bottom - ((value - 1) / 4) * (PLOT.bottom - PLOT.top);
}

/** The centre of each day's marker in one series, skipping days without that rating. */
export function seriesCentres(points: ChartPoint[], pick: (p: ChartPoint) => number | null): Array<[number, number]> {
  return points.flatMap((p) => {
    const value = pick(p);
    return value === null ? [] : [[p.x, yFor(value)] as [number, number]];
  });
}

/** An SVG polyline's points for one series, thinned where the days lie closer than the eye can tell. */
export function linePoints(points: ChartPoint[], pick: (p: ChartPoint) => number | null): string {
  return thinLine(seriesCentres(points, pick))
    .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
    .join(' ');
}

function mean(values: Array<number | null>): number | null {
  const rated = values.filter((v): v is number => v !== null);
  return rated.length === 0 ? null : rated.reduce((sum, v) => sum + v, 0) / rated.length;
}
