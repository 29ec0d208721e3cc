import type { BaseRecord, TrashEntry } from '../../shared/entities';
import type { AppData } from '../storage/app-data';
import { MERGED_COLLECTIONS, TRASH_KIND } from './merge';

/** What "Erstat alle mine data" gives, and how many records of the file it left out because they were deleted here. */
export interface ReplaceOutcome {
  data: AppData;
  leftOutDeleted: number;
}

/**
 * The file's data in place of the current data, except that nothing deleted here comes back: a record
 * in the trash here or purged here (a tombstone) is left out of the file's live data and of its trash,
 * the trash and tombstones here are kept (so "Gendan" and "Tøm papirkurven" still work), and a
 * reflection private here stays private. Pure.
 */
export function replaceKeepingDeletions(current: AppData, incoming: AppData): ReplaceOutcome {
  const data = structuredClone(incoming);
  const stones = current.tombstones ?? [];
  const deleted = (kind: string) =>
    new Set([
      ...current.trash.filter((entry) => entry.kind === kind).map((entry) => entry.record.id),
      ...stones.filter((stone) => stone.kind === kind).map((stone) => stone.id),
    ]);
  let leftOutDeleted = 0;
  for (const collection of MERGED_COLLECTIONS) {
    const kind = TRASH_KIND[collection];
    if (!kind) continue;
    const gone = deleted(kind);
    const live = data[collection] as BaseRecord[];
    const kept = live.filter((record) => !gone.has(record.id));
    leftOutDeleted += live.length - kept.length;
    (data as unknown as Record<string, unknown>)[collection] = kept;
  }
  const trashHere = new Set(current.trash.map((entry) => entry.id));
  const theirTrash = data.trash.filter(
    (entry: TrashEntry) => !trashHere.has(entry.id) && !deleted(entry.kind).has(entry.record.id),
  );
  data.trash = [...structuredClone(current.trash), ...theirTrash];
  const known = new Set(stones.map((stone) => `${stone.kind}/${stone.id}`));
  const theirStones = (data.tombstones ?? []).filter((stone) => !known.has(`${stone.kind}/${stone.id}`));
  if (stones.length + theirStones.length > 0) data.tombstones = [...structuredClone(stones), ...theirStones];
  const privateHere = new Set(current.reflections.filter((r) => r.private).map((r) => r.id));
  for (const reflection of data.reflections) if (privateHere.has(reflection.id)) reflection.private = true;
  return { data, leftOutDeleted };
}
