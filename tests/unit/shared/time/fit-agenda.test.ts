import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeFitToTime, type FitItem } from '../../../../electron/shared/time/fit-agenda';

const item = (minutes: number, kind = 'drøftelse'): FitItem => ({ minutes, kind });

describe('proposeFitToTime', () => {
  it('proposes nothing when the agenda already fits', () => {
    expect(proposeFitToTime([item(30), item(30)], 60)).toBeNull();
    expect(proposeFitToTime([item(20)], 60)).toBeNull();
  });

  it('trims in proportion so the total is exactly the meeting', () => {
    // 90 minutes of items in a 60-minute meeting: every item keeps two thirds.
    expect(proposeFitToTime([item(30), item(45), item(15)], 60)).toEqual([20, 30, 10]);
  });

  it('leaves breaks and 0-minute sub-points alone', () => {
    const proposal = proposeFitToTime([item(40), item(0, 'orientering'), item(10, 'pause'), item(40)], 60);
    expect(proposal).toEqual([25, 0, 10, 25]);
  });

  it('gives the rounding to the items with the largest remainder', () => {
    const proposal = proposeFitToTime([item(10), item(10), item(10)], 20);
    expect(proposal?.reduce((sum, m) => sum + m, 0)).toBe(20);
    expect(proposal?.every((m) => m === 6 || m === 7)).toBe(true);
  });

  it('says it cannot when the fixed items alone fill the meeting or each item needs a minute', () => {
    expect(proposeFitToTime([item(60, 'pause'), item(10)], 60)).toBeNull();
    expect(proposeFitToTime([item(5), item(5), item(5)], 2)).toBeNull();
    expect(proposeFitToTime([item(10, 'pause'), item(0)], 5)).toBeNull();
  });

  it('keeps every trimmable item at one minute or more when the room is tight', () => {
    const proposal = proposeFitToTime([item(100), item(1), item(1), item(1)], 4);
    expect(proposal).toEqual([1, 1, 1, 1]);
  });

  it('never lengthens a one-minute item to round up the others', () => {
    // Found by the property below: the 1-minute item, first raised to its minimum, also took a rounding minute.
    const proposal = proposeFitToTime([item(1), item(17), item(164)], 125);
    expect(proposal?.reduce((sum, m) => sum + m, 0)).toBe(125);
    expect(proposal?.[0]).toBe(1);
  });

  it('always lands exactly on the length, never lengthens an item, and keeps fixed items', () => {
    const arbitraryItem = fc.record({
      minutes: fc.integer({ min: 0, max: 240 }),
      kind: fc.constantFrom('drøftelse', 'pause', 'beslutning'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 14 }), fc.integer({ min: 1, max: 480 }), (items, length) => {
        const proposal = proposeFitToTime(items, length);
        const total = items.reduce((sum, i) => sum + i.minutes, 0);
        if (proposal === null) return;
        expect(total).toBeGreaterThan(length);
        expect(proposal.reduce((sum, m) => sum + m, 0)).toBe(length);
        for (const [i, original] of items.entries()) {
          expect(proposal[i]).toBeLessThanOrEqual(original.minutes);
          if (original.kind === 'pause' || original.minutes === 0) expect(proposal[i]).toBe(original.minutes);
          else expect(proposal[i]).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
