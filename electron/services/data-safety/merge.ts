import { isDeepStrictEqual } from 'node:util';
import type { BaseRecord } from '../../shared/entities';
import type { MergeLine, MergeTally, MergedCollection } from '../../shared/contract/data';
import type { AppData } from '../storage/app-data';

/** The collections an import merges record by record. */
export const MERGED_COLLECTIONS = ['people', 'networks', 'meetings', 'reflections', 'agreements'] as const;

/** The trash kind each merged collection's deleted records carry (agreements are never deleted). */
export const TRASH_KIND: Partial<Record<MergedCollection, string>> = {
  people: 'person',
  networks: 'network',
  meetings: 'meeting',
  reflections: 'reflection',
};

/** How far ahead of the clock a timestamp may be and still count: clocks on two laptops drift a little. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** What a merge would do, record by record, and the data it gives. */
export interface MergeOutcome {
  data: AppData;
  tally: MergeTally;
  lines: MergeLine[];
}

/**
 * Merges incoming data into current data by id. A record deleted here (in the trash) is never
 * brought back; where both have a record the one changed last wins, but only when both timestamps
 * are real and not ahead of the clock, and ties keep the copy here; a reflection marked private on
 * either side stays private. Pure, and independent of the order the records come in.
 */
export function mergeData(current: AppData, incoming: AppData, now: Date): MergeOutcome {
  const merged = structuredClone(current);
  const lines: MergeLine[] = [];
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const valid = (iso: string) => {
    const time = Date.parse(iso);
    return Number.isFinite(time) && time <= latest ? time : null;
  };
  for (const collection of MERGED_COLLECTIONS) {
    const target = merged[collection] as BaseRecord[];
    const here = new Map(target.map((record, index) => [record.id, index]));
    // Deleted here: in the trash, or purged for good (a tombstone without text).
    const deleted = new Set([
      ...merged.trash.filter((entry) => entry.kind === TRASH_KIND[collection]).map((entry) => entry.record.id),
      ...(merged.tombstones ?? []).filter((stone) => stone.kind === TRASH_KIND[collection]).map((stone) => stone.id),
    ]);
    // Sorted by id, so where a record lands never depends on the file's order.
    const records = [...(incoming[collection] as BaseRecord[])].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const record of records) {
      const line = (action: MergeLine['action'], reason: MergeLine['reason'], conflict = false): void => {
        lines.push({ collection, id: record.id, title: titleOf(record), action, reason, conflict });
      };
      const index = here.get(record.id);
      const mine = index === undefined ? undefined : target[index];
      if (deleted.has(record.id) && mine === undefined) {
        line('skip', 'deleted-here', true);
      } else if (mine === undefined || index === undefined) {
        target.push(structuredClone(record));
        line('add', 'new');
      } else if (valid(record.updatedAt) === null && !isDeepStrictEqual(mine, record)) {
        line('skip', 'future-timestamp', true);
      } else if (isDeepStrictEqual(mine, record)) {
        line('keep', 'same');
      } else {
        const theirs = valid(record.updatedAt) ?? 0;
        const ours = valid(mine.updatedAt);
        const takeTheirs = ours !== null && theirs > ours;
        const chosen = structuredClone(takeTheirs ? record : mine);
        const raised = keepPrivate(chosen, mine, record);
        if (takeTheirs || raised) target[index] = chosen;
        if (takeTheirs) line('update', raised ? 'private-kept' : 'newer-in-file', true);
        else if (raised) line('update', 'private-kept', true);
        else line('keep', ours === null ? 'future-here' : 'newer-here', true);
      }
    }
  }
  if (!merged.profile.name && incoming.profile.name) merged.profile = { ...incoming.profile };
  return { data: merged, tally: tallyOf(lines), lines };
}

/** A reflection private on either side stays private; true when that changed the chosen copy. */
function keepPrivate(chosen: BaseRecord, mine: BaseRecord, theirs: BaseRecord): boolean {
  const flag = (record: BaseRecord) => (record as { private?: unknown }).private;
  if (typeof flag(chosen) !== 'boolean' || flag(chosen) === true) return false;
  if (flag(mine) !== true && flag(theirs) !== true) return false;
  (chosen as { private?: boolean }).private = true;
  return true;
}

function tallyOf(lines: readonly MergeLine[]): MergeTally {
  const tally: MergeTally = { added: 0, updated: 0, unchanged: 0, skipped: 0, conflicts: 0 };
  for (const line of lines) {
    if (line.action === 'add') tally.added += 1;
    else if (line.action === 'update') tally.updated += 1;
    else if (line.action === 'keep') tally.unchanged += 1;
    else tally.skipped += 1;
    if (line.conflict) tally.conflicts += 1;
  }
  return tally;
}

/** What the user knows a record by: a name, a title, or the date of an untitled entry. */
export function titleOf(record: unknown): string {
  const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  for (const key of ['name', 'title', 'date'])
    if (typeof fields[key] === 'string' && fields[key] !== '') return fields[key].slice(0, 120);
  return '';
}
