import type { AppData } from '../storage/app-data';

/**
 * "Skjul private": while the co-driver shares her screen, private entries are left out of every list
 * and every search the services answer, so no screen can show them. Opening one entry by its id still
 * works: that is a deliberate act (and the one she is writing right now must stay open).
 */
export function hidesPrivate(data: AppData): boolean {
  return data.profile.hidePrivate === true;
}

/** True when a record flagged private or not may be listed right now. */
export function listable(data: AppData): (record: { private: boolean }) => boolean {
  const hiding = hidesPrivate(data);
  return (record) => !(hiding && record.private);
}

/** Whether a new entry starts private: the writer's setting, off when never chosen. */
export function newEntriesPrivate(data: AppData): boolean {
  return data.profile.privateByDefault === true;
}
