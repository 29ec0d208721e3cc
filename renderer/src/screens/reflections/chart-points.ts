import type { ReflectionSummary } from '$shared/entities';
import { requireCalendarDate, toDayNumber, weekStart } from '$shared/time';

/** How much time one point on the chart stands for. */
export type ChartUnit = 'day' | 'week' | 'month';

/** One day, week or month on the chart: the average of its ratings, so the lines never double back. */
export interface ChartPoint {
  /** The first day of the period. */
  date: string;
  energy: number | null;
  /** Progress as it turned out: after meetings and in free entries. */
  progress: number | null;
  /** Progress as expected before meetings: its own series, never averaged with outcomes. */
  expected: number | null;
  x: number;
}

/**
 * At most this many points before days are gathered into weeks, and weeks into months. Years of
 * daily points are more than the chart's width can tell apart, and each one costs drawing time
 * whenever the chart scrolls into view.
 */
export const MAX_POINTS = 120;

/** The drawing area inside the SVG's viewBox, leaving room for the axis labels. */
export const PLOT = { left: 34, right: 884, top: 12, bottom: 184, width: 900, height: 212 } as const;

/** Entries with at least one rating, oldest first: the chart's table alternative lists these. */
export function ratedEntries(entries: ReflectionSummary[]): ReflectionSummary[] {
  return entries
    .filter((e) => e.energy !== null || e.progress !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

const PERIOD_START: Record<ChartUnit, (date: string) => string> = {
  day: (date) => date,
  week: weekStart,
  month: (date) => `${date.slice(0, 7)}-01`,
};

/**
 * The chart's points from `ratedEntries` (the table lists the same, so both share one sort): one
 * per day, or per week or month when there would be more than MAX_POINTS of them. Points are
 * placed by date, so gaps in time show as gaps.
 */
export function chartSeries(rated: ReflectionSummary[]): { unit: ChartUnit; points: ChartPoint[] } {
  let unit: ChartUnit = 'day';
  let periods = groupBy(rated, PERIOD_START.day);
  for (const coarser of ['week', 'month'] as const) {
    if (periods.size <= MAX_POINTS) break;
    unit = coarser;
    periods = groupBy(rated, PERIOD_START[coarser]);
  }
  return { unit, points: placed(periods) };
}

function groupBy(rated: ReflectionSummary[], periodOf: (date: string) => string): Map<string, ReflectionSummary[]> {
  const periods = new Map<string, ReflectionSummary[]>();
  for (const entry of rated) {
    const key = periodOf(entry.date);
    const period = periods.get(key);
    if (period) period.push(entry);
    else periods.set(key, [entry]);
  }
  return periods;
}

function placed(periods: Map<string, ReflectionSummary[]>): ChartPoint[] {
  const dates = [...periods.keys()];
  const days = dates.map((date) => toDayNumber(requireCalendarDate(date)));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  return dates.map((date, i) => {
    const inPeriod = periods.get(date) ?? [];
    return {
      date,
      energy: mean(inPeriod.map((e) => e.energy)),
      progress: mean(inPeriod.filter((e) => e.kind !== 'foer').map((e) => e.progress)),
      expected: mean(inPeriod.filter((e) => e.kind === 'foer').map((e) => e.progress)),
      x:
        span === 0
          ? (PLOT.left + PLOT.right) / 2
          : PLOT.left + (((days[i] ?? first) - first) / span) * (PLOT.right - PLOT.left),
    };
  });
}

/** The vertical position of a 1–5 rating. */
export function yFor(value: number): number {
  return PLOT.bottom - ((value - 1) / 4) * (PLOT.bottom - PLOT.top);
}

/** The centre of each point's marker in one series, skipping points without that rating. */
export function seriesCentres(points: ChartPoint[], pick: (p: ChartPoint) => number | null): Array<[number, number]> {
  return points.flatMap((p) => {
    const value = pick(p);
    return value === null ? [] : [[p.x, yFor(value)] as [number, number]];
  });
}

/** An SVG polyline's points for one series. */
export function linePoints(points: ChartPoint[], pick: (p: ChartPoint) => number | null): string {
  return seriesCentres(points, pick)
    .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
    .join(' ');
}

function mean(values: Array<number | null>): number | null {
  const rated = values.filter((v): v is number => v !== null);
  return rated.length === 0 ? null : rated.reduce((sum, v) => sum + v, 0) / rated.length;
}
