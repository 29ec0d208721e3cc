import type { AppData } from './app-data';

/** The top-level arrays whose records carry an `id`, so a change can name records instead of the whole array. */
export const RECORD_COLLECTIONS = ['people', 'networks', 'meetings', 'reflections', 'agreements', 'trash'] as const;

export function isRecordCollection(key: string): boolean {
  return (RECORD_COLLECTIONS as readonly string[]).includes(key);
}

/** How one record collection changed: records removed by id, records written whole, and the new order if it moved. */
export interface CollectionChange {
  remove?: string[];
  upsert?: unknown[];
  order?: string[];
}

/** What one save changed; applying it to the state before the save gives the state after it. */
export interface ChangeSet {
  /** Top-level values written whole (the profile, prompt settings, a collection that had to be written whole). */
  put?: Record<string, unknown>;
  /** Top-level keys removed. */
  drop?: string[];
  records?: Record<string, CollectionChange>;
}

export function isEmptyChange(change: ChangeSet): boolean {
  return change.put === undefined && change.drop === undefined && change.records === undefined;
}

/** The id a record is stored under, or null when it has none a change could name it by. */
export function idOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/** Applies a change in place: removals, then records replaced where they are or appended, then the order. */
export function applyChange(data: AppData, change: ChangeSet): void {
  const target = data as unknown as Record<string, unknown>;
  for (const key of change.drop ?? []) delete target[key];
  for (const [key, value] of Object.entries(change.put ?? {})) target[key] = value;
  for (const [key, edit] of Object.entries(change.records ?? {})) {
    const current = target[key];
    let records: unknown[] = Array.isArray(current) ? current : [];
    if (edit.remove) {
      const gone = new Set(edit.remove);
      records = records.filter((record) => !gone.has(idOf(record) ?? ''));
    }
    if (edit.upsert) {
      const at = new Map(records.map((record, index) => [idOf(record), index]));
      for (const record of edit.upsert) {
        const index = at.get(idOf(record));
        if (index === undefined) at.set(idOf(record), records.push(record) - 1);
        else records[index] = record;
      }
    }
    if (edit.order) records = reorder(records, edit.order);
    target[key] = records;
  }
}

/** Puts records in the order given; any the order does not name keep their place after the named ones. */
function reorder(records: unknown[], order: string[]): unknown[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const named = records
    .filter((record) => rank.has(idOf(record) ?? ''))
    .sort((a, b) => (rank.get(idOf(a) ?? '') ?? 0) - (rank.get(idOf(b) ?? '') ?? 0));
  return [...named, ...records.filter((record) => !rank.has(idOf(record) ?? ''))];
}

/**
 * Describes how a collection went from `before` (its records and their ids when the save began)
 * to `after`. Records are compared by identity, so only new or written-to ones are carried.
 * Returns null when ids are missing or repeated, and the caller writes the collection whole.
 */
export function diffCollection(
  before: { records: unknown[]; ids: Array<string | null> },
  after: unknown[],
  written: ReadonlySet<object>,
): CollectionChange | null {
  return alignedDiff(before, after, written) ?? fullDiff(before, after, written);
}

/** Most edits keep the order: a record removed, replaced by a copy with its id, or added at the end. */
const SMALL_CHANGE = 16;

/**
 * Walks old and new side by side by identity, without building sets of the whole collection.
 * Gives up (null) when the change is not small, so reorders are described by `fullDiff`.
 */
function alignedDiff(
  before: { records: unknown[]; ids: Array<string | null> },
  after: unknown[],
  written: ReadonlySet<object>,
): CollectionChange | null {
  const remove: string[] = [];
  const upsert: unknown[] = [];
  let i = 0;
  const sameId = (index: number, record: unknown) => before.ids[index] !== null && idOf(record) === before.ids[index];
  for (const record of after) {
    while (i < before.records.length && before.records[i] !== record && !sameId(i, record)) {
      const id = before.ids[i++];
      if (id === null || id === undefined) return null;
      remove.push(id);
    }
    if (i < before.records.length) {
      // A record whose id was changed in place moves in the replay: leave that to fullDiff.
      if (!sameId(i, record)) return null;
      if (before.records[i] !== record || written.has(record as object)) upsert.push(record);
      i += 1;
    } else {
      if (idOf(record) === null) return null;
      upsert.push(record);
    }
    if (remove.length + upsert.length > SMALL_CHANGE) return null;
  }
  for (; i < before.records.length; i += 1) {
    const id = before.ids[i];
    if (id === null || id === undefined) return null;
    remove.push(id);
  }
  if (remove.length + upsert.length > SMALL_CHANGE) return null;
  // Replay matches by id, so ids must be unique, as they are when made by randomUUID.
  const ids = after.map(idOf);
  if (new Set(ids).size !== ids.length) return null;
  const change: CollectionChange = {};
  if (remove.length > 0) change.remove = remove;
  if (upsert.length > 0) change.upsert = upsert;
  return change;
}

function fullDiff(
  before: { records: unknown[]; ids: Array<string | null> },
  after: unknown[],
  written: ReadonlySet<object>,
): CollectionChange | null {
  const afterIds = after.map(idOf);
  if (afterIds.some((id) => id === null) || before.ids.some((id) => id === null)) return null;
  if (new Set(before.ids).size !== before.ids.length) return null;
  const ids = afterIds as string[];
  const present = new Set(ids);
  if (present.size !== ids.length) return null;
  const old = new Set(before.records);
  const remove = (before.ids as string[]).filter((id) => !present.has(id));
  const upsert = after.filter((record) => !old.has(record) || written.has(record as object));
  // Replays the change on the old order to see whether the order needs to be written too.
  const removed = new Set(remove);
  const replayed = (before.ids as string[]).filter((id) => !removed.has(id));
  const seen = new Set(replayed);
  for (const record of upsert) {
    const id = idOf(record) as string;
    if (!seen.has(id)) replayed.push(id);
    seen.add(id);
  }
  const sameOrder = replayed.length === ids.length && replayed.every((id, index) => id === ids[index]);
  const change: CollectionChange = {};
  if (remove.length > 0) change.remove = remove;
  if (upsert.length > 0) change.upsert = upsert;
  if (!sameOrder) change.order = ids;
  return change;
}
