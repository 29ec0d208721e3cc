/**
 * The renderer's one invalidation path. Each state class says how to reload the collection it holds;
 * a change that touched collections other than the caller's own names them here, and each is
 * reloaded once. No state watches another: a network edit reloads nothing, a restore everything once.
 */
export type Collection =
  'phaseModel' | 'networks' | 'people' | 'meetings' | 'openActions' | 'reflections' | 'agreements';

/** Everything a restore, an import or the example replaces; 'meetings' brings its open actions along. */
export const ALL_COLLECTIONS: readonly Collection[] = [
  'phaseModel',
  'networks',
  'people',
  'meetings',
  'reflections',
  'agreements',
];

const reloaders = new Map<Collection, () => Promise<void>>();

/** Registers how the collection is loaded again (one state class owns each). */
export function reloadsFrom(collection: Collection, reload: () => Promise<void>): void {
  reloaders.set(collection, reload);
}

/** Reloads each named collection once, all at the same time. */
export async function changed(collections: readonly Collection[]): Promise<void> {
  await Promise.all([...new Set(collections)].map((collection) => reloaders.get(collection)?.() ?? Promise.resolve()));
}
