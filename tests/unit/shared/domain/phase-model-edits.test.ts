import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addChecklistItem,
  addPhase,
  movePhase,
  namedAsOwn,
  numberTaken,
  ownModelId,
  removeChecklistItem,
  removePhase,
  setChecklistText,
  setPhaseNumber,
  setModelName,
  setPhaseTasks,
  setPhaseText,
  setSupplementary,
  setSupplementaryWhy,
  shippedPhaseModel,
} from '../../../../electron/shared/domain';
import { phaseModelSchema } from '../../../../electron/shared/entities';

const ids = (model: { phases: { id: string }[] }) => model.phases.map((phase) => phase.id);

describe('phase-model edits', () => {
  it('rename, renumber, reorder, add with a checklist and remove, each giving a model the store accepts', () => {
    const phaseId = ownModelId('fase', new Uint8Array([1, 2, 254, 255]));
    const itemId = ownModelId('punkt', new Uint8Array(12).fill(7));
    expect(phaseId).toBe('egen-fase-0102feff');
    expect(itemId).toBe(`egen-punkt-${'07'.repeat(12)}`);
    let model = setPhaseText(shippedPhaseModel, 'netvaerksdesign', 'name', 'da', 'Design');
    model = setPhaseNumber(model, 'introduktion', ' 0 ');
    model = movePhase(model, 'evaluering', 0);
    model = addPhase(model, phaseId, ' Borgerpanel ', '');
    model = addChecklistItem(model, phaseId, itemId, 'Invitér borgerne');
    model = setChecklistText(model, itemId, 'en', 'Invite the citizens');
    model = removePhase(model, 'ideudvikling');
    expect(v.safeParse(phaseModelSchema, model).success).toBe(true);
    expect(ids(model)[0]).toBe('evaluering');
    expect(ids(model)).not.toContain('ideudvikling');
    const added = model.phases.at(-1)!;
    expect(added).toMatchObject({ id: phaseId, number: null, name: { da: 'Borgerpanel', en: 'Borgerpanel' } });
    expect(added.checklist).toEqual([{ id: itemId, text: { da: 'Invitér borgerne', en: 'Invite the citizens' } }]);
    expect(model.phases.find((p) => p.id === 'netvaerksdesign')!.name).toEqual({ da: 'Design', en: 'Network design' });
    expect(model.phases.find((p) => p.id === 'introduktion')!.number).toBe('0');
    expect(removeChecklistItem(model, itemId).phases.at(-1)!.checklist).toEqual([]);
    // The built-in model is never changed in place.
    expect(ids(shippedPhaseModel)).toContain('ideudvikling');
  });

  it('move clamps to the ends and tells a number already in use', () => {
    expect(ids(movePhase(shippedPhaseModel, 'opstart', 99)).at(-1)).toBe('opstart');
    expect(ids(movePhase(shippedPhaseModel, 'opstart', -5))[0]).toBe('opstart');
    expect(numberTaken(shippedPhaseModel, 'opstart', '2')).toBe(true);
    expect(numberTaken(shippedPhaseModel, 'netvaerksdesign', '2')).toBe(false);
    expect(numberTaken(shippedPhaseModel, null, ' ')).toBe(false);
  });

  it('renames an edited copy of the built-in model, but keeps a name the organisation chose', () => {
    const edited = namedAsOwn(removePhase(shippedPhaseModel, 'afrunding'));
    expect(edited.name.da).toBe('Tilpasset netværksmodel');
    const named = setModelName(edited, 'da', ' Netværksmodellen i Nordkommune ');
    expect(namedAsOwn(named).name.da).toBe('Netværksmodellen i Nordkommune');
  });

  it('marks a phase supplementary with its why, keeps the why when marked twice, and takes the mark away', () => {
    let model = setSupplementary(shippedPhaseModel, 'opstart', true);
    model = setSupplementaryWhy(model, 'opstart', 'da', 'Kommunen starter med et fælles kick-off.');
    expect(setSupplementary(model, 'opstart', true).phases[1]!.supplementary!.why.da).toBe(
      'Kommunen starter med et fælles kick-off.',
    );
    expect(v.safeParse(phaseModelSchema, model).success).toBe(true);
    expect(setSupplementary(model, 'opstart', false).phases[1]!.supplementary).toBeNull();
  });

  it('writes a role’s tasks one a line, keeping the other language of lines that stay', () => {
    const before = shippedPhaseModel.phases[1]!.tasks.codriver;
    const model = setPhaseTasks(
      shippedPhaseModel,
      'opstart',
      'codriver',
      'da',
      `Første\n\n  Ny linje  \n${'x'.repeat(3)}`,
    );
    const tasks = model.phases[1]!.tasks.codriver;
    expect(tasks.map((task) => task.da)).toEqual(['Første', 'Ny linje', 'xxx']);
    expect(tasks[0]!.en).toBe(before[0]!.en);
    expect(v.safeParse(phaseModelSchema, model).success).toBe(true);
    const fresh = setPhaseTasks(
      addPhase(shippedPhaseModel, 'egen-fase-a', 'Ny', null),
      'egen-fase-a',
      'deltager',
      'da',
      'Mød op',
    );
    expect(fresh.phases.at(-1)!.tasks.deltager).toEqual([{ da: 'Mød op', en: 'Mød op' }]);
  });
});
