import { describe, expect, it } from 'vitest';
import type { ReflectionSummary } from '../../../electron/shared/entities';
import { addDays } from '../../../electron/shared/time';
import {
  chartSeries as seriesOfRated,
  MAX_POINTS,
  PLOT,
  ratedEntries,
} from '../../../renderer/src/screens/reflections/chart-points';

function entry(date: string, energy: number | null, progress: number | null = null): ReflectionSummary {
  return {
    id: `r-${date}-${energy}-${progress}`,
    createdAt: `${date}T08:00:00.000Z`,
    updatedAt: `${date}T08:00:00.000Z`,
    networkId: null,
    meetingId: null,
    kind: 'fri',
    date,
    title: '',
    preview: '',
    tags: [],
    energy,
    progress,
    private: false,
    promptsHidden: false,
  };
}

/** The chart as the journal draws it: from the rated entries, oldest first. */
const chartSeries = (entries: ReflectionSummary[]) => seriesOfRated(ratedEntries(entries));

/** One rated entry a day for `days` days from `first`. */
const daily = (first: string, days: number) =>
  Array.from({ length: days }, (_, i) => entry(addDays(first, i), (i % 5) + 1));

describe('the energy chart’s points', () => {
  it('draws one point a day, averaging entries of the same day, while the days fit', () => {
    const { unit, points } = chartSeries([
      entry('2026-03-02', 2, 5),
      entry('2026-03-02', 4, null),
      entry('2026-03-05', 5, 1),
      entry('2026-03-04', null, null),
    ]);
    expect(unit).toBe('day');
    expect(points.map((p) => [p.date, p.energy, p.progress])).toEqual([
      ['2026-03-02', 3, 5],
      ['2026-03-05', 5, 1],
    ]);
    expect(points.map((p) => p.x)).toEqual([PLOT.left, PLOT.right]);
  });

  it('gathers days into weeks, starting on Monday, when there are more days than fit', () => {
    const { unit, points } = chartSeries(daily('2026-01-07', MAX_POINTS + 1));
    expect(unit).toBe('week');
    expect(points[0]?.date).toBe('2026-01-05');
    expect(points.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.date))).toBe(true);
    // The first week holds Wednesday to Sunday: ratings 1, 2, 3, 4, 5.
    expect(points[0]?.energy).toBe(3);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
  });

  it('gathers weeks into months when ten years of entries would still be too many points', () => {
    const { unit, points } = chartSeries(daily('2017-01-01', 3650));
    expect(unit).toBe('month');
    expect(points.length).toBe(120);
    expect(points[0]?.date).toBe('2017-01-01');
    expect(points.at(-1)?.date).toBe('2026-12-01');
    expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
  });

  it('keeps expectations before meetings apart from outcomes after them: one series each, never averaged', () => {
    const before = { ...entry('2026-03-02', 3, 5), id: 'foer', kind: 'foer' as const };
    const after = { ...entry('2026-03-02', 2, 1), id: 'efter', kind: 'efter' as const };
    const free = { ...entry('2026-03-03', null, 2), id: 'fri' };
    const { points } = chartSeries([before, after, free]);
    expect(points.map((p) => [p.date, p.expected, p.progress])).toEqual([
      ['2026-03-02', 5, 1],
      ['2026-03-03', null, 2],
    ]);
  });

  it('keeps a gap in time as a gap on the chart', () => {
    const { points } = chartSeries([entry('2026-01-01', 3), entry('2026-01-02', 3), entry('2026-01-11', 3)]);
    const [a, b, c] = points.map((p) => p.x) as [number, number, number];
    expect(c - b).toBeCloseTo(9 * (b - a));
  });
});
