/**
 * "Tilpas til tiden": a proposal that trims an agenda's timeboxes so it fits the meeting. Breaks and
 * items of 0 minutes (sub-points) keep their time; the rest shrink in proportion, whole minutes, at
 * least one each, with the rounding given to the largest items so the total is exactly the length.
 */

/** What the proposal needs of an item. */
export interface FitItem {
  minutes: number;
  kind: string;
}

/** The new minutes per item, in order; null when the agenda already fits or cannot be trimmed to fit. */
export function proposeFitToTime(items: readonly FitItem[], durationMinutes: number): number[] | null {
  const total = items.reduce((sum, item) => sum + item.minutes, 0);
  if (total <= durationMinutes) return null;
  const flexible = (item: FitItem) => item.kind !== 'pause' && item.minutes > 0;
  const fixed = items.filter((item) => !flexible(item)).reduce((sum, item) => sum + item.minutes, 0);
  const flexTotal = total - fixed;
  const room = durationMinutes - fixed;
  const flexCount = items.filter(flexible).length;
  if (flexCount === 0 || room < flexCount) return null;
  const factor = room / flexTotal;
  const exact = items.map((item) => (flexible(item) ? item.minutes * factor : item.minutes));
  const proposal = items.map((item, i) => (flexible(item) ? Math.max(1, Math.floor(exact[i]!)) : item.minutes));
  let left = durationMinutes - proposal.reduce((sum, m) => sum + m, 0);
  const byRemainder = items
    // Only items not already raised to one minute take a rounding minute, so none ends above its own length.
    .map((item, i) => ({ i, rest: flexible(item) && exact[i]! >= 1 ? exact[i]! - Math.floor(exact[i]!) : -1 }))
    .filter((entry) => entry.rest >= 0)
    .sort((a, b) => b.rest - a.rest || items[b.i]!.minutes - items[a.i]!.minutes);
  for (const entry of byRemainder) {
    if (left <= 0) break;
    proposal[entry.i]! += 1;
    left -= 1;
  }
  // Items raised to one minute can leave the total a little over: take it back from the largest.
  while (left < 0) {
    let largest = -1;
    for (const [i, item] of items.entries()) {
      if (flexible(item) && proposal[i]! > 1 && (largest < 0 || proposal[i]! > proposal[largest]!)) largest = i;
    }
    if (largest < 0) return null;
    proposal[largest]! -= 1;
    left += 1;
  }
  return proposal;
}
