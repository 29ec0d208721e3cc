import { TRASH_KEEP_DAYS, type Tombstone } from '../../shared/entities';
import type { Clock } from '../clock';
import type { AppData } from '../storage/app-data';
import type { Backups } from '../storage/backups';
import type { Store } from '../storage/store';

const DAY_MS = 24 * 60 * 60 * 1000;
const COLLECTIONS = ['people', 'networks', 'meetings', 'reflections'] as const;

/** What a purge did: records gone for good, backups rewritten without them, backups that could not be read. */
export interface PurgeReport {
  purged: number;
  backupsRewritten: number;
  unreadableBackups: string[];
}

/**
 * Removes trash entries for good — all of them, or those deleted more than TRASH_KEEP_DAYS ago —
 * leaving a tombstone (id, kind, time; no text) so an import never brings them back. Then the
 * journal is folded into the data file so no journal line still holds them, and every readable
 * backup is rewritten without them.
 */
export async function purgeTrash(
  store: Store,
  backups: Backups,
  clock: Clock,
  which: 'all' | 'expired',
): Promise<PurgeReport> {
  const cutoff = clock.now().getTime() - TRASH_KEEP_DAYS * DAY_MS;
  const stones = await store.mutate((data) => {
    const gone = data.trash.filter((entry) => which === 'all' || Date.parse(entry.deletedAt) <= cutoff);
    if (gone.length === 0) return [];
    const ids = new Set(gone.map((entry) => entry.id));
    data.trash = data.trash.filter((entry) => !ids.has(entry.id));
    const made: Tombstone[] = gone.map((entry) => ({
      id: entry.record.id,
      kind: entry.kind,
      deletedAt: entry.deletedAt,
    }));
    data.tombstones = [...(data.tombstones ?? []), ...made];
    return made;
  });
  if (stones.length === 0) return { purged: 0, backupsRewritten: 0, unreadableBackups: [] };
  await store.compactNow();
  const { rewritten, unreadable } = await backups.rewriteWhere((data) => withoutRecords(data, stones));
  return { purged: stones.length, backupsRewritten: rewritten, unreadableBackups: unreadable };
}

/** Takes the purged records out of one copy of the data (live or in its trash); true when anything changed. */
function withoutRecords(data: AppData, stones: readonly Tombstone[]): boolean {
  const ids = new Set(stones.map((stone) => stone.id));
  let changed = false;
  for (const name of COLLECTIONS) {
    const kept = (data[name] as Array<{ id: string }>).filter((record) => !ids.has(record.id));
    if (kept.length !== data[name].length) {
      (data as unknown as Record<string, unknown>)[name] = kept;
      changed = true;
    }
  }
  const trash = data.trash.filter((entry) => !ids.has(entry.record.id));
  if (trash.length !== data.trash.length) {
    data.trash = trash;
    changed = true;
  }
  if (changed) {
    const known = new Set((data.tombstones ?? []).map((stone) => stone.id));
    data.tombstones = [...(data.tombstones ?? []), ...stones.filter((stone) => !known.has(stone.id))];
  }
  return changed;
}
