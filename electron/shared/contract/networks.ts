import * as v from 'valibot';
import type { Network, TrashEntry } from '../entities';
import { HOLDER_ROLES, networkSchema } from '../entities';
import { channel } from './channel';
import { idField, noInput, requiredShortText, shortText } from './fields';

// The stored record's own field schemas; only the name is held tighter (trimmed, not blank).
const { theme, challenge, ambition, type, startDate, endDate, status } = networkSchema.entries;
const networkFields = { name: requiredShortText, theme, challenge, ambition, type, startDate, endDate, status };

/** Fields a user may set when creating a network; only the name is required. */
export const NetworkDraftSchema = v.strictObject({
  ...v.partial(v.strictObject(networkFields)).entries,
  name: requiredShortText,
});

/** Channels for networks, their role holders and participants. */
export const networkChannels = {
  'networks:list': channel<Network[]>()({
    input: v.strictObject({ includeArchived: v.optional(v.boolean()) }),
    mutates: false,
    doc: 'All networks, newest first; archived ones only when asked for.',
  }),
  'networks:get': channel<Network>()({
    input: v.strictObject({ id: idField }),
    mutates: false,
    doc: 'One network by id.',
  }),
  'networks:create': channel<Network>()({
    input: NetworkDraftSchema,
    mutates: true,
    doc: 'Creates a network.',
  }),
  'networks:update': channel<Network>()({
    input: v.strictObject({ id: idField, patch: v.partial(v.strictObject(networkFields)) }),
    mutates: true,
    doc: 'Changes some fields of a network (autosave sends one field at a time).',
  }),
  'networks:archive': channel<Network>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Archives a network: hidden from Overblik, kept with everything in it.',
  }),
  'networks:restore': channel<Network>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Brings an archived network back into use.',
  }),
  'networks:delete': channel<TrashEntry>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Deletes a network; it stays in the trash so the delete can be undone.',
  }),
  'networks:undo-delete': channel<Network>()({
    input: v.strictObject({ trashId: idField }),
    mutates: true,
    doc: 'Puts a deleted network back from the trash.',
  }),
  'networks:assign-role': channel<Network>()({
    input: v.strictObject({ id: idField, role: v.picklist(HOLDER_ROLES), personId: v.nullable(idField) }),
    mutates: true,
    doc: 'Sets or clears the person holding one of the four roles.',
  }),
  'networks:add-participant': channel<Network>()({
    input: v.strictObject({ id: idField, personId: idField, core: v.optional(v.boolean()) }),
    mutates: true,
    doc: 'Adds a person as participant.',
  }),
  'networks:update-participant': channel<Network>()({
    input: v.strictObject({
      id: idField,
      personId: idField,
      patch: v.partial(v.strictObject({ core: v.boolean(), note: shortText })),
    }),
    mutates: true,
    doc: 'Changes whether a participant is core, or the note about them.',
  }),
  'networks:remove-participant': channel<Network>()({
    input: v.strictObject({ id: idField, personId: idField }),
    mutates: true,
    doc: 'Removes a participant from a network.',
  }),
  'networks:load-example': channel<Network>()({
    input: noInput,
    mutates: true,
    doc: 'Adds the example network with its people, so a newcomer sees a filled app.',
  }),
};
