/** Radius of an energy dot and half the side of a progress square, in chart units. */
export const DOT_RADIUS = 4.5;
export const SQUARE_HALF = 4;

/**
 * All of one series' markers as a single SVG path. Years of entries are thousands of markers, and
 * one element each made the chart take several frames to paint whenever it scrolled into view.
 */
export function markersPath(centres: Array<[number, number]>, shape: 'dot' | 'square' | 'diamond'): string {
  const r = DOT_RADIUS;
  const h = SQUARE_HALF;
  return centres
    .map(([x, y]) =>
      shape === 'dot'
        ? `M${round(x - r)},${round(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`
        : shape === 'square'
          ? `M${round(x - h)},${round(y - h)}h${2 * h}v${2 * h}h${-2 * h}z`
          : `M${round(x)},${round(y - r)}l${r},${r}l${-r},${r}l${-r},${-r}z`,
    )
    .join('');
}

function round(value: number): string {
  return value.toFixed(1);
}
