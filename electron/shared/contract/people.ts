import * as v from 'valibot';
import { personSchema, type Person, type TrashEntry } from '../entities';
import { channel } from './channel';
import { idField, noInput, requiredShortText } from './fields';

// The stored record's own field schemas; only the name is held tighter (trimmed, not blank).
const { unit, title, email, phone } = personSchema.entries;
const personFields = { name: requiredShortText, unit, title, email, phone };

/** Channels for the people list. */
export const peopleChannels = {
  'people:list': channel<Person[]>()({
    input: noInput,
    mutates: false,
    doc: 'Everyone in the people list, sorted by name.',
  }),
  'people:create': channel<Person>()({
    input: v.strictObject({ ...v.partial(v.strictObject(personFields)).entries, name: requiredShortText }),
    mutates: true,
    doc: 'Adds a person.',
  }),
  'people:update': channel<Person>()({
    input: v.strictObject({ id: idField, patch: v.partial(v.strictObject(personFields)) }),
    mutates: true,
    doc: 'Changes some fields of a person.',
  }),
  'people:delete': channel<TrashEntry>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Deletes a person who holds no role and takes part in no network; undoable.',
  }),
  'people:undo-delete': channel<Person>()({
    input: v.strictObject({ trashId: idField }),
    mutates: true,
    doc: 'Puts a deleted person back from the trash.',
  }),
};
