import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removedProgress, shippedPhaseModel, type PhaseModel } from '../../../../electron/shared/domain';
import { phaseModelFileText } from '../../../../electron/shared/entities';
import { checkAppData } from '../../../../electron/services/storage/app-data';
import { must, savedData, savedName, startTempServices, type TempServices } from '../../../support/temp-services';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices();
});
afterEach(() => services.dispose());

/** The built-in model with design renamed, idea development removed and a new phase with one item. */
function edited(): PhaseModel {
  const model = structuredClone(shippedPhaseModel);
  model.phases = model.phases.filter((phase) => phase.id !== 'ideudvikling');
  model.phases.find((phase) => phase.id === 'netvaerksdesign')!.name = { da: 'Design', en: 'Design' };
  const empty = { netvaerksleder: [], codriver: [], referenceleder: [], personaleleder: [], deltager: [] };
  model.phases.push({
    id: 'egen-borgerpanel',
    number: '9',
    name: { da: 'Borgerpanel', en: 'Citizen panel' },
    summary: { da: '', en: '' },
    goal: { da: '', en: '' },
    supplementary: null,
    checklist: [{ id: 'egen-inviter', text: { da: 'Invitér borgerne', en: 'Invite the citizens' } }],
    tasks: empty,
  });
  return model;
}

describe('the phase model service', () => {
  it('uses the built-in model until the organisation saves its own, and old files without one open', async () => {
    const view = await must(services, 'phasemodel:get', {});
    expect(view).toEqual({ model: shippedPhaseModel, edited: false, removed: [] });
    const checked = checkAppData(JSON.parse(JSON.stringify(services.store.data)));
    expect(checked.ok && checked.data.phaseModel).toBeUndefined();
  });

  it('saves an edited model that every network then follows, and keeps the ticks of a removed phase', async () => {
    const network = await must(services, 'networks:create', { name: 'Unge i job' });
    const idea = shippedPhaseModel.phases.find((phase) => phase.id === 'ideudvikling')!;
    const itemId = idea.checklist[0]!.id;
    await must(services, 'phases:set-item-done', { networkId: network.id, itemId, done: true });
    await must(services, 'phases:set-note', { networkId: network.id, phaseId: 'ideudvikling', note: 'Tre idéer' });

    const change = await must(services, 'phasemodel:save', { model: edited() });
    expect(change.previous).toEqual(shippedPhaseModel);
    expect(change.view.edited).toBe(true);
    expect(change.view.model.phases.map((p) => p.id)).toContain('egen-borgerpanel');
    expect(change.view.removed.map((p) => p.id)).toEqual(['ideudvikling']);

    // The network's data is untouched; the tracker names what it holds of the removed phase.
    const saved = await savedData(services.dataDir);
    const phases = saved.networks[0]!.phases;
    expect(phases.checked).toContain(itemId);
    const kept = removedProgress(phases, change.view.model, change.view.removed);
    expect(kept).toEqual([
      expect.objectContaining({ phaseId: 'ideudvikling', name: idea.name, stillInModel: false, note: 'Tre idéer' }),
    ]);
    expect(kept[0]!.ticked.map((item) => item.id)).toEqual([itemId]);

    // The new phase's item can be ticked, the removed one no longer.
    await must(services, 'phases:set-item-done', { networkId: network.id, itemId: 'egen-inviter', done: true });
    const refused = await services.dispatch('phases:set-item-done', { networkId: network.id, itemId, done: false });
    expect(refused.ok).toBe(false);

    // Reset brings the phase back with its tick, and undo (saving the previous model) takes it out again.
    const reset = await must(services, 'phasemodel:reset', {});
    expect(reset.view.model).toEqual(shippedPhaseModel);
    expect(reset.view.edited).toBe(false);
    expect(removedProgress(phases, reset.view.model, reset.view.removed)).toEqual([]);
    const undone = await must(services, 'phasemodel:save', { model: reset.previous });
    expect(undone.view.model.phases.map((p) => p.id)).toContain('egen-borgerpanel');
  });

  it('refuses a model with two phases of one number, changing nothing', async () => {
    const model = edited();
    model.phases[1]!.number = model.phases[2]!.number;
    const result = await services.dispatch('phasemodel:save', { model });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/to faser med samme nummer/);
    expect(services.store.data.phaseModel).toBeUndefined();
  });

  it('exports the model as a file and imports one; a bad file gets a Danish reason and changes nothing', async () => {
    await must(services, 'phasemodel:save', { model: edited() });
    const exported = await must(services, 'phasemodel:export', {});
    const text = await fs.readFile(path.join(services.dataDir, savedName(exported)), 'utf8');
    expect(text).toBe(phaseModelFileText(edited()));

    await must(services, 'phasemodel:reset', {});
    const before = structuredClone(services.store.data);
    for (const content of ['{"networks": []}', 'ikke json', text.replace('"Borgerpanel"', '""')]) {
      const result = await services.dispatch('phasemodel:import', { content });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/fasemodel|Fasemodellen/);
    }
    expect(services.store.data).toEqual(before);

    const imported = await must(services, 'phasemodel:import', { content: text });
    expect(imported.view.model).toEqual(edited());
  });
});
