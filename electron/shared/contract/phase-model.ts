import * as v from 'valibot';
import type { PhaseDefinition, PhaseModel } from '../domain/types';
import { phaseModelSchema } from '../entities/phase-model';
import { PHASE_MODEL_FILE_MAX_CHARS } from '../entities/phase-model-file';
import { channel } from './channel';
import { noInput } from './fields';
import type { SaveOutcome } from './data';

/** The phase model in use as the editor sees it. */
export interface PhaseModelView {
  model: PhaseModel;
  /** False while the built-in model is used unchanged. */
  edited: boolean;
  /** Phases and checklist items taken out of the model, kept so a network's ticks on them can be named. */
  removed: PhaseDefinition[];
}

/** What a change of the model did: the model now, and the one before it for "Fortryd". */
export interface PhaseModelChange {
  view: PhaseModelView;
  previous: PhaseModel;
}

/** Channels for the organisation's own phase model in Indstillinger. */
export const phaseModelChannels = {
  'phasemodel:get': channel<PhaseModelView>()({
    input: noInput,
    mutates: false,
    doc: 'The phase model every network, screen and document follows, and the phases taken out of it.',
  }),
  'phasemodel:save': channel<PhaseModelChange>()({
    input: v.strictObject({ model: phaseModelSchema }),
    mutates: true,
    doc: "Makes an edited model the organisation's own; what leaves the model is kept aside with the networks' ticks.",
  }),
  'phasemodel:reset': channel<PhaseModelChange>()({
    input: noInput,
    mutates: true,
    doc: 'Goes back to the built-in model; networks keep their ticks, and the previous model is returned for undo.',
  }),
  'phasemodel:export': channel<SaveOutcome>()({
    input: noInput,
    mutates: false,
    doc: 'Writes the model in use as a model file another organisation can import.',
  }),
  'phasemodel:import': channel<PhaseModelChange>()({
    input: v.strictObject({ content: v.pipe(v.string(), v.minLength(1), v.maxLength(PHASE_MODEL_FILE_MAX_CHARS)) }),
    mutates: true,
    doc: 'Reads a model file and makes its model the one in use; a bad file changes nothing and says why in Danish.',
  }),
};
