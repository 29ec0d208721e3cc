import { describe, expect, it } from 'vitest';
import { weeksWithin } from '../../../renderer/src/screens/reflections/week-window';

const week = (key: string, size: number) => ({ key, entries: Array.from({ length: size }, (_, i) => `${key}-${i}`) });

describe('the journal’s window of weeks', () => {
  const groups = [week('a', 3), week('b', 4), week('c', 2)];

  it('takes whole weeks, newest first, until the limit is reached', () => {
    expect(weeksWithin(groups, 1).map((g) => g.key)).toEqual(['a']);
    expect(weeksWithin(groups, 3).map((g) => g.key)).toEqual(['a']);
    expect(weeksWithin(groups, 4).map((g) => g.key)).toEqual(['a', 'b']);
  });

  it('gives every week when the limit covers them all, and nothing when there are none', () => {
    expect(weeksWithin(groups, 9)).toBe(groups);
    expect(weeksWithin(groups, 100)).toBe(groups);
    expect(weeksWithin([], 30)).toEqual([]);
  });
});
