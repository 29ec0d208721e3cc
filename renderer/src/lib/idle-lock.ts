/** What counts as the user being there: any key, pointer or wheel use in the window. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Locks after `minutes()` without activity (0 = never). Checked every few seconds against the
 * time of the last activity, so a sleeping laptop that wakes after the limit locks at once.
 * Returns a function that stops it.
 */
export function watchIdle(minutes: () => number, lock: () => void): () => void {
  let last = Date.now();
  const seen = () => (last = Date.now());
  for (const type of ACTIVITY) window.addEventListener(type, seen, { passive: true, capture: true });
  const timer = setInterval(() => {
    const limit = minutes();
    if (limit > 0 && Date.now() - last >= limit * 60_000) lock();
  }, CHECK_EVERY_MS);
  return () => {
    clearInterval(timer);
    for (const type of ACTIVITY) window.removeEventListener(type, seen, { capture: true });
  };
}
