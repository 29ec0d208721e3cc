import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error';
import type { TrashEntry, TrashKind } from '../../shared/entities';
import type { AppData } from '../storage/app-data';

const COLLECTION = { person: 'people', network: 'networks', meeting: 'meetings', reflection: 'reflections' } as const;

type EntryOf<K extends TrashKind> = Extract<TrashEntry, { kind: K }>;
type RecordOf<K extends TrashKind> = EntryOf<K>['record'];

/** The trash: the one place records leave their collection for (kept for undo) and come back from. */

/** Moves a live record into the trash, from where `takeBackFromTrash` can put it back. */
export function moveToTrash<K extends TrashKind>(data: AppData, kind: K, record: RecordOf<K>, now: Date): EntryOf<K> {
  const entry = { id: randomUUID(), kind, deletedAt: now.toISOString(), record } as EntryOf<K>;
  const live = data[COLLECTION[kind]] as Array<{ id: string }>;
  live.splice(
    live.findIndex((r) => r.id === record.id),
    1,
  );
  data.trash.push(entry);
  return entry;
}

/**
 * Puts a deleted record back where it lived. Refused when a record with its id is live again (an
 * import brought a copy back meanwhile), so undoing a delete never makes a second record with one id.
 */
export function takeBackFromTrash<K extends TrashKind>(
  data: AppData,
  trashId: string,
  kind: K,
  missing: () => Error,
): RecordOf<K> {
  const entry = data.trash.find((t): t is EntryOf<K> => t.id === trashId && t.kind === kind);
  if (!entry) throw missing();
  const live = data[COLLECTION[kind]] as Array<{ id: string }>;
  if (live.some((record) => record.id === entry.record.id)) {
    throw new AppError(
      'conflict',
      'Sletningen kan ikke fortrydes, for den samme post findes allerede igen (den kom tilbage med en import). Intet er ændret.',
      'The delete cannot be undone: the same entry exists again (an import brought it back). Nothing was changed.',
    );
  }
  data.trash = data.trash.filter((t) => t.id !== trashId);
  live.push(entry.record);
  return entry.record as RecordOf<K>;
}
