import { AppError } from '../../shared/app-error';
import type { TrashEntry, TrashKind } from '../../shared/entities';
import type { AppData } from '../storage/app-data';

const COLLECTION = { person: 'people', network: 'networks', meeting: 'meetings', reflection: 'reflections' } as const;

type RecordOf<K extends TrashKind> = Extract<TrashEntry, { kind: K }>['record'];

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
  const entry = data.trash.find((t): t is Extract<TrashEntry, { kind: K }> => t.id === trashId && t.kind === kind);
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
