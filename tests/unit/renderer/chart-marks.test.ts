import { describe, expect, it } from 'vitest';
import { markersPath, thinLine } from '../../../renderer/src/screens/reflections/chart-marks';

describe('the energy chart’s marks', () => {
  it('leaves a sparse line exactly as it is', () => {
    const line: Array<[number, number]> = [[10, 50], [11, 60], [30, 40], [90, 20]];
    expect(thinLine(line)).toEqual(line);
  });

  it('keeps the lowest and highest of a crowded slice, in the order they came', () => {
    expect(thinLine([[100, 50], [100.4, 10], [100.8, 90], [101.2, 40], [200, 30]])).toEqual([[100.4, 10], [100.8, 90], [200, 30]]);
    expect(thinLine([[100, 50], [100.4, 90], [100.8, 10], [101.2, 40]])).toEqual([[100.4, 90], [100.8, 10]]);
  });

  it('draws one closed circle or square per centre in a single path', () => {
    expect(markersPath([[10, 20]], 'dot')).toBe('M5.5,20.0a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0z');
    expect(markersPath([[10, 20], [30, 40]], 'square')).toBe('M6.0,16.0h8v8h-8zM26.0,36.0h8v8h-8z');
    expect(markersPath([], 'dot')).toBe('');
  });
});
