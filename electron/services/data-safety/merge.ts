import type { BaseRecord } from '../../shared/entities';
import type { AppData } from '../storage/app-data';

/** The collections an import merges record by record. */
export const MERGED_COLLECTIONS = ['people', 'networks', 'meetings', 'reflections', 'agreements'] as const;

/** How a merge went. */
export interface MergeTally {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges incoming data into current data by id: new records are added, and where both have a
 * record the one changed last (updatedAt) wins. Pure: returns the merged data and the tally.
 */
export function mergeData(current: AppData, incoming: AppData): { data: AppData; tally: MergeTally } {
  const tally: MergeTally = { added: 0, updated: 0, unchanged: 0 };
  const merged = structuredClone(current);
  for (const key of MERGED_COLLECTIONS) {
    const target = merged[key] as BaseRecord[];
    const byId = new Map(target.map((record, index) => [record.id, index]));
    for (const record of incoming[key] as BaseRecord[]) {
      const index = byId.get(record.id);
      if (index === undefined) {
        target.push(structuredClone(record));
        tally.added += 1;
      } else if (record.updatedAt > (target[index]?.updatedAt ?? '')) {
        target[index] = structuredClone(record);
        tally.updated += 1;
      } else {
        tally.unchanged += 1;
      }
    }
  }
  if (!merged.profile.name && incoming.profile.name) merged.profile = { ...incoming.profile };
  return { data: merged, tally };
}
