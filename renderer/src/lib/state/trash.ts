import type { TrashEntry } from '$shared/entities';
import type { Result } from '$shared/result';
import { call } from '../api';
import { saveStatus } from './save-status.svelte';

/** How one kind of record goes to the trash and comes back, and what its list does each way. */
export interface TrashWay<R> {
  delete(): Promise<Result<TrashEntry>>;
  undo(trashId: string): Promise<Result<R>>;
  gone(): void | Promise<void>;
  back(record: R): void | Promise<void>;
}

/** Deletes a record into the trash and returns the undo that takes it back out (the toast's "Fortryd"). */
export async function moveToTrash<R>(way: TrashWay<R>): Promise<() => Promise<void>> {
  const entry = await saveStatus.track(() => call(way.delete()));
  await way.gone();
  return async () => {
    await way.back(await saveStatus.track(() => call(way.undo(entry.id))));
  };
}
