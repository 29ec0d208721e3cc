import { agreements } from './agreements.svelte';
import { meetings } from './meetings.svelte';
import { networks } from './networks.svelte';
import { people } from './people.svelte';
import { phaseModel } from './phase-model.svelte';
import { reflections } from './reflections.svelte';

/** Reloads every list after all data changed at once (restore, import, example data). */
export async function reloadAll(): Promise<void> {
  await Promise.all([
    phaseModel.load(),
    networks.load(),
    people.load(),
    meetings.load(),
    reflections.load(),
    agreements.load(),
  ]);
}
