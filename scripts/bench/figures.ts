/** One measured figure with the goal it is held to. */
export interface Figure {
  /** Stable key for the JSON, e.g. "save.10y.p95Ratio". */
  id: string;
  /** What was measured, in words. */
  label: string;
  value: number;
  unit: 'ms' | '×' | 'KB' | 'MB' | 'frames';
  /** The goal in words, or "–" for figures shown for context only. */
  goal: string;
  /** null when the figure has no goal of its own. */
  pass: boolean | null;
  /** Raw numbers behind a ratio, for the JSON. */
  detail?: Record<string, number>;
}

/** A figure held to "at most `limit`". */
export function atMost(
  id: string,
  label: string,
  value: number,
  unit: Figure['unit'],
  limit: number,
  detail?: Record<string, number>,
): Figure {
  return { id, label, value, unit, goal: `≤ ${limit} ${unit}`, pass: value <= limit, ...(detail ? { detail } : {}) };
}

/** A figure held to "under `limit`". */
export function under(
  id: string,
  label: string,
  value: number,
  unit: Figure['unit'],
  limit: number,
  detail?: Record<string, number>,
): Figure {
  return { id, label, value, unit, goal: `< ${limit} ${unit}`, pass: value < limit, ...(detail ? { detail } : {}) };
}

/** A figure shown for context, without a goal. */
export function info(
  id: string,
  label: string,
  value: number,
  unit: Figure['unit'],
  detail?: Record<string, number>,
): Figure {
  return { id, label, value, unit, goal: '–', pass: null, ...(detail ? { detail } : {}) };
}
