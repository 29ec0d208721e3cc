/** Radius of an energy dot and half the side of a progress square, in chart units. */
export const DOT_RADIUS = 4.5;
export const SQUARE_HALF = 4;

/**
 * All of one series' markers as a single SVG path. Years of entries are thousands of markers, and
 * one element each made the chart take several frames to paint whenever it scrolled into view.
 */
export function markersPath(centres: Array<[number, number]>, shape: 'dot' | 'square'): string {
  const r = DOT_RADIUS;
  const h = SQUARE_HALF;
  return centres
    .map(([x, y]) =>
      shape === 'dot'
        ? `M${round(x - r)},${round(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`
        : `M${round(x - h)},${round(y - h)}h${2 * h}v${2 * h}h${-2 * h}z`,
    )
    .join('');
}

function round(value: number): string {
  return value.toFixed(1);
}

/** Width, in chart units, of the slices a dense line is thinned in: about two screen pixels. */
export const LINE_SLICE = 2;

/**
 * A line's points with, in each slice of the chart's width that holds more than two, only its
 * lowest and highest, in the order they came. Years of daily points drawn at full detail took
 * longer to paint than several frames; at that density the kept points draw the same band, and a
 * sparse line (at most two points a slice) is left exactly as it is.
 */
export function thinLine(points: Array<[number, number]>): Array<[number, number]> {
  const slices = new Map<number, Array<[number, number]>>();
  for (const point of points) {
    const key = Math.floor(point[0] / LINE_SLICE);
    const slice = slices.get(key);
    if (slice) slice.push(point);
    else slices.set(key, [point]);
  }
  return [...slices.values()].flatMap((slice) => {
    if (slice.length <= 2) return slice;
    const low = slice.reduce((a, b) => (b[1] < a[1] ? b : a));
    const high = slice.reduce((a, b) => (b[1] > a[1] ? b : a));
    return slice.indexOf(low) < slice.indexOf(high) ? [low, high] : [high, low];
  });
}
