import { describe, expect, it } from 'vitest';
import { markersPath } from '../../../renderer/src/screens/reflections/chart-marks';

describe('the energy chart’s marks', () => {
  it('draws one closed circle or square per centre in a single path', () => {
    expect(markersPath([[10, 20]], 'dot')).toBe('M5.5,20.0a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0z');
    expect(
      markersPath(
        [
          [10, 20],
          [30, 40],
        ],
        'square',
      ),
    ).toBe('M6.0,16.0h8v8h-8zM26.0,36.0h8v8h-8z');
    expect(markersPath([], 'dot')).toBe('');
  });
});
