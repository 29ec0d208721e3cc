import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPhase, shippedPhaseModel } from '../../../../electron/shared/domain';
import { phaseProgress, phasesOf } from '../../../../electron/shared/domain/phase-progress';
import type { Network } from '../../../../electron/shared/entities';
import {
  fixedClock,
  must,
  readDataFileText,
  savedData,
  startTempServices,
  writeDataFileText,
  type TempServices,
} from '../../../support/temp-services';

let services: TempServices;
const clock = fixedClock();
beforeEach(async () => {
  services = await startTempServices({ clock });
});
afterEach(async () => services.dispose());

const onDisk = async () => (await savedData(services.dataDir)) as { networks: Network[] };
const firstPhase = shippedPhaseModel.phases[0]!;
const opstart = findPhase(shippedPhaseModel, 'opstart')!;
const itemOf = (phaseId: string, index = 0) => findPhase(shippedPhaseModel, phaseId)!.checklist[index]!.id;

async function newNetwork(): Promise<Network> {
  return must(services, 'networks:create', { name: 'Trivsel i udskolingen' });
}

describe('phase tracker', () => {
  it('starts a new network in the first phase with nothing ticked', async () => {
    const network = await newNetwork();
    expect(network.phases).toEqual({
      modelId: shippedPhaseModel.id,
      currentPhaseId: firstPhase.id,
      checked: [],
      ownItems: [],
      notes: {},
    });
  });

  it('ticks and unticks a model item, saves it and counts it in the phase progress', async () => {
    const network = await newNetwork();
    const ticked = await must(services, 'phases:set-item-done', {
      networkId: network.id,
      itemId: itemOf('opstart', 2),
      done: true,
    });
    expect(ticked.phases?.checked).toEqual([itemOf('opstart', 2)]);
    expect(phaseProgress(phasesOf(ticked), opstart)).toEqual({ done: 1, total: opstart.checklist.length });
    expect((await onDisk()).networks[0]?.phases?.checked).toEqual([itemOf('opstart', 2)]);

    const twice = await must(services, 'phases:set-item-done', {
      networkId: network.id,
      itemId: itemOf('opstart', 2),
      done: true,
    });
    expect(twice.phases?.checked).toEqual([itemOf('opstart', 2)]);
    const unticked = await must(services, 'phases:set-item-done', {
      networkId: network.id,
      itemId: itemOf('opstart', 2),
      done: false,
    });
    expect(unticked.phases?.checked).toEqual([]);
  });

  it('adds, ticks and removes own items, which count in their phase only', async () => {
    const network = await newNetwork();
    const added = await must(services, 'phases:add-item', {
      networkId: network.id,
      phaseId: 'opstart',
      text: '  Book lokale til opstartsmødet ',
    });
    const own = added.phases?.ownItems[0];
    expect(own).toMatchObject({ phaseId: 'opstart', text: 'Book lokale til opstartsmødet', done: false });
    expect(phaseProgress(phasesOf(added), opstart)).toEqual({ done: 0, total: opstart.checklist.length + 1 });
    expect(phaseProgress(phasesOf(added), firstPhase).total).toBe(firstPhase.checklist.length);

    const done = await must(services, 'phases:set-item-done', {
      networkId: network.id,
      itemId: own!.id,
      done: true,
    });
    expect(done.phases?.ownItems[0]?.done).toBe(true);
    expect(done.phases?.checked).toEqual([]);
    expect(phaseProgress(phasesOf(done), opstart).done).toBe(1);

    const removed = await must(services, 'phases:remove-item', { networkId: network.id, itemId: own!.id });
    expect(removed.phases?.ownItems).toEqual([]);
    expect((await onDisk()).networks[0]?.phases?.ownItems).toEqual([]);
  });

  it('keeps a note per phase and drops a note that is emptied', async () => {
    const network = await newNetwork();
    await must(services, 'phases:set-note', {
      networkId: network.id,
      phaseId: 'opstart',
      note: 'Aftalen med Ole er på plads.',
    });
    const both = await must(services, 'phases:set-note', {
      networkId: network.id,
      phaseId: 'netvaerksdesign',
      note: 'Relationsrundtur i uge 3.',
    });
    expect(both.phases?.notes).toEqual({
      opstart: 'Aftalen med Ole er på plads.',
      netvaerksdesign: 'Relationsrundtur i uge 3.',
    });
    const emptied = await must(services, 'phases:set-note', {
      networkId: network.id,
      phaseId: 'opstart',
      note: '  ',
    });
    expect(emptied.phases?.notes).toEqual({ netvaerksdesign: 'Relationsrundtur i uge 3.' });
  });

  it('moves the network to another phase and keeps what was ticked', async () => {
    const network = await newNetwork();
    await must(services, 'phases:set-item-done', { networkId: network.id, itemId: itemOf('introduktion'), done: true });
    clock.advance(1000);
    const moved = await must(services, 'phases:move', { networkId: network.id, phaseId: 'opstart' });
    expect(moved.phases?.currentPhaseId).toBe('opstart');
    expect(moved.phases?.checked).toEqual([itemOf('introduktion')]);
    expect(moved.updatedAt > network.updatedAt).toBe(true);
    expect((await onDisk()).networks[0]?.phases?.currentPhaseId).toBe('opstart');
  });

  it('refuses unknown phases, unknown items, removing model items and blank own items, changing nothing', async () => {
    const network = await newNetwork();
    const before = await savedData(services.dataDir);
    const attempts: Array<[string, unknown, string]> = [
      ['phases:move', { networkId: network.id, phaseId: 'fase-der-ikke-findes' }, 'not-found'],
      ['phases:set-item-done', { networkId: network.id, itemId: 'ukendt-punkt', done: true }, 'not-found'],
      ['phases:remove-item', { networkId: network.id, itemId: itemOf('opstart') }, 'invalid-input'],
      ['phases:remove-item', { networkId: network.id, itemId: 'ukendt-punkt' }, 'not-found'],
      ['phases:add-item', { networkId: network.id, phaseId: 'opstart', text: '   ' }, 'invalid-input'],
      ['phases:add-item', { networkId: network.id, phaseId: 'ingen-fase', text: 'Noget' }, 'not-found'],
      ['phases:set-note', { networkId: network.id, phaseId: 'opstart', note: 'x'.repeat(20_001) }, 'invalid-input'],
      ['phases:move', { networkId: 'ukendt-netvaerk', phaseId: 'opstart' }, 'not-found'],
      ['phases:move', { networkId: network.id, phaseId: 'opstart', extra: true }, 'invalid-input'],
    ];
    for (const [channel, input, code] of attempts) {
      const result = await services.dispatch(channel, input);
      expect(result.ok, `${channel} ${JSON.stringify(input).slice(0, 80)}`).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(code);
    }
    expect(await savedData(services.dataDir)).toEqual(before);
  });

  it('gives a network saved before the tracker existed a fresh tracker when the file is read', async () => {
    const network = await newNetwork();
    await services.close();
    const raw = JSON.parse(await readDataFileText(services.dataDir)) as {
      networks: Array<Record<string, unknown>>;
    };
    delete raw.networks[0]!.phases;
    await writeDataFileText(services.dataDir, JSON.stringify(raw));
    const reopened = await startTempServices({ clock, dataDir: services.dataDir });
    try {
      const loaded = await must(reopened, 'networks:get', { id: network.id });
      expect(loaded.phases?.currentPhaseId).toBe(firstPhase.id);
      const ticked = await must(reopened, 'phases:set-item-done', {
        networkId: network.id,
        itemId: itemOf('opstart'),
        done: true,
      });
      expect(ticked.phases?.checked).toEqual([itemOf('opstart')]);
    } finally {
      await reopened.close();
    }
  });

  it('loads the example network part way through its phases', async () => {
    const example = await must(services, 'networks:load-example', {});
    const state = phasesOf(example);
    expect(state.currentPhaseId).toBe('netvaerksdesign');
    expect(phaseProgress(state, opstart)).toEqual({ done: opstart.checklist.length, total: opstart.checklist.length });
    const design = findPhase(shippedPhaseModel, 'netvaerksdesign')!;
    const progress = phaseProgress(state, design);
    expect(progress.done).toBeGreaterThan(0);
    expect(progress.done).toBeLessThan(progress.total);
  });
});
