import * as v from 'valibot';
import { networkSchema, personSchema } from './core';
import { idField, instant } from './fields';
import { meetingSchema } from './meeting';
import { reflectionSchema } from './reflection';

const trashed = <K extends string, S extends v.GenericSchema>(kind: K, record: S) =>
  v.object({ id: idField, kind: v.literal(kind), deletedAt: instant, record });

/** A deleted record kept for undo; the record is checked as strictly as a live one, since undo puts it back. */
export const trashEntrySchema = v.variant('kind', [
  trashed('network', networkSchema),
  trashed('person', personSchema),
  trashed('reflection', reflectionSchema),
  trashed('meeting', meetingSchema),
]);
export type TrashEntry = v.InferOutput<typeof trashEntrySchema>;

/** The kinds of record the trash holds. */
export type TrashKind = TrashEntry['kind'];

/** How many days a deleted record stays in the trash (restorable) before it is purged for good. */
export const TRASH_KEEP_DAYS = 30;

/**
 * What is left of a purged record: its id, kind and when it was deleted — no text — so an import
 * merge never brings it back.
 */
export const tombstoneSchema = v.object({
  id: idField,
  kind: v.picklist(['network', 'person', 'reflection', 'meeting']),
  deletedAt: instant,
});
export type Tombstone = v.InferOutput<typeof tombstoneSchema>;
