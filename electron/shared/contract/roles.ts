import * as v from 'valibot';
import { ROLE_IDS } from '../domain/roles';
import type { Network } from '../entities';
import { channel } from './channel';
import { idField, longText, requiredShortText } from './fields';
import type { ExportResult } from './exports';

/** What a Word export tells the screen: the file written, or that the user cancelled. */
export type RoleHandoutResult = ExportResult;

/** A checklist item's id: the model's ids are kebab-case, own items get generated ids. */
const itemIdField = idField;

/** Channels for the phase tracker on a network and for the role handout. */
export const roleChannels = {
  'phases:set-item-done': channel<Network>()({
    input: v.strictObject({ networkId: idField, itemId: itemIdField, done: v.boolean() }),
    mutates: true,
    doc: "Ticks or unticks one checklist item of a network's phase, the model's or the network's own.",
  }),
  'phases:add-item': channel<Network>()({
    input: v.strictObject({ networkId: idField, phaseId: idField, text: requiredShortText }),
    mutates: true,
    doc: "Adds the network's own item to a phase's checklist.",
  }),
  'phases:remove-item': channel<Network>()({
    input: v.strictObject({ networkId: idField, itemId: itemIdField }),
    mutates: true,
    doc: "Removes one of the network's own checklist items (the model's items can only be unticked).",
  }),
  'phases:set-note': channel<Network>()({
    input: v.strictObject({ networkId: idField, phaseId: idField, note: longText }),
    mutates: true,
    doc: "Saves the network's note for one phase (autosave sends the whole note).",
  }),
  'phases:move': channel<Network>()({
    input: v.strictObject({ networkId: idField, phaseId: idField }),
    mutates: true,
    doc: "Makes a phase the network's current phase; the screen asks first when items are left open.",
  }),
  'roles:export-handout': channel<RoleHandoutResult>()({
    input: v.strictObject({
      roleId: v.picklist(ROLE_IDS),
      networkId: v.optional(idField),
      lang: v.optional(v.picklist(['da', 'en'])),
    }),
    mutates: false,
    doc: 'Writes a one-to-two-page Word handout about a role, with the people holding the roles when a network is given.',
  }),
};
