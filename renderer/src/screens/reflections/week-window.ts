/** How many entries the journal opens with: enough to fill a tall screen. */
export const FIRST_ENTRIES = 30;
/**
 * How many more it adds each time the reader nears the end: small steps, as each one is drawn
 * within a single frame while scrolling.
 */
export const ENTRIES_PER_STEP = 8;

/**
 * The newest whole weeks that hold at least `entryLimit` entries (or all of them). Years of weeks
 * in the page at once made scrolling stutter, so the journal grows as the reader gets near its end;
 * a week is never cut, so its heading always sits over all of its entries.
 */
export function weeksWithin<G extends { entries: readonly unknown[] }>(groups: G[], entryLimit: number): G[] {
  let entries = 0;
  let weeks = 0;
  while (weeks < groups.length && entries < entryLimit) {
    entries += groups[weeks]?.entries.length ?? 0;
    weeks += 1;
  }
  return weeks === groups.length ? groups : groups.slice(0, weeks);
}

/**
 * Calls `onNear` when the element comes within `margin` of the bottom of its scrolling area. The
 * caller replaces the element after each growth (see `{#key}`), so a fresh observer reports again
 * when the end is still near.
 */
export function nearEnd(node: HTMLElement, onNear: () => void): { destroy(): void } {
  const observer = new IntersectionObserver(
    (records) => {
      if (records.some((record) => record.isIntersecting)) onNear();
    },
    { root: node.closest('main'), rootMargin: '0px 0px 1500px 0px' },
  );
  observer.observe(node);
  return { destroy: () => observer.disconnect() };
}
