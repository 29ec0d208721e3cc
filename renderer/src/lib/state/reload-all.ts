import { ALL_COLLECTIONS, changed } from './changes';
// Imported for their registration with `changes`: every collection has its loader before the first reload.
import './agreements.svelte';
import './meetings.svelte';
import './networks.svelte';
import './people.svelte';
import './phase-model.svelte';
import './reflections.svelte';

/** Reloads every list once after all data changed at once (restore, import, example data). */
export async function reloadAll(): Promise<void> {
  await changed(ALL_COLLECTIONS);
}
