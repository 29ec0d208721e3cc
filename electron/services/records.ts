import { randomUUID } from 'node:crypto';
import type { BaseRecord } from '../shared/entities';
import type { Clock } from './clock';
import { unwrapDeep } from './storage/change-tracker';

/** Stamps id and timestamps on a new record. */
export function newRecordBase(clock: Clock): BaseRecord {
  const now = clock.now().toISOString();
  return { id: randomUUID(), createdAt: now, updatedAt: now };
}

/** Copies the defined fields of a patch onto a record and bumps updatedAt. */
export function applyPatch<T extends BaseRecord>(record: T, patch: Partial<T>, clock: Clock): T {
  for (const [key, value] of Object.entries(patch) as Array<[keyof T, T[keyof T] | undefined]>) {
    if (value !== undefined) record[key] = value;
  }
  record.updatedAt = clock.now().toISOString();
  return record;
}

/** A deep copy safe to hand out: callers must never hold references into the store. */
export function snapshot<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    // Inside a save the data is seen through change-tracking proxies, which structuredClone refuses.
    return structuredClone(unwrapDeep(value));
  }
}
