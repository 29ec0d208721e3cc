import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeData } from '../../../../electron/services/data-safety/merge';
import { emptyAppData, type AppData } from '../../../../electron/services/storage/app-data';
import { newNetworkPhases } from '../../../../electron/shared/domain/phase-progress';
import type { MergeLine } from '../../../../electron/shared/contract/data';
import type { Network, Reflection, TrashEntry } from '../../../../electron/shared/entities';
import {
  fixedClock,
  must,
  readablePreview,
  savedName,
  startTempServices,
  type TempServices,
} from '../../../support/temp-services';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const at = (minutes: number) => new Date(Date.parse('2026-11-01T00:00:00.000Z') + minutes * 60_000).toISOString();

function network(id: string, minutes: number, name = `Netværk ${id}`): Network {
  return {
    id,
    createdAt: at(0),
    updatedAt: at(minutes),
    name,
    theme: '',
    challenge: '',
    ambition: '',
    type: null,
    startDate: '',
    endDate: '',
    status: 'aktiv',
    archivedAt: null,
    roleHolders: { netvaerksleder: null, codriver: null, referenceleder: null, personaleleder: null },
    participants: [],
    phases: newNetworkPhases(),
    example: false,
  };
}

function reflection(id: string, minutes: number, isPrivate: boolean, title = `Refleksion ${id}`): Reflection {
  return {
    id,
    createdAt: at(0),
    updatedAt: at(minutes),
    networkId: null,
    meetingId: null,
    kind: 'fri',
    date: '2026-11-01',
    title,
    body: '',
    answers: [],
    tags: [],
    energy: null,
    progress: null,
    private: isPrivate,
    promptsHidden: false,
  };
}

describe('merging an export', () => {
  it('never brings back a record deleted here, and lists it as skipped', () => {
    const here = { ...emptyAppData(), networks: [] as Network[] };
    const gone = network('n1', 10);
    here.trash.push({ id: 't1', kind: 'network', deletedAt: at(20), record: gone });
    const file = { ...emptyAppData(), networks: [network('n1', 30, 'Ændret i filen efter sletningen')] };
    const { data, lines } = mergeData(here, file, NOW);
    expect(data.networks).toEqual([]);
    expect(lines).toEqual([expect.objectContaining({ id: 'n1', action: 'skip', reason: 'deleted-here' })]);
  });

  it('lets a timestamp in the future win nothing, and keeps the copy here', () => {
    const here = { ...emptyAppData(), networks: [network('n1', 10, 'Min udgave')] };
    const future = { ...network('n1', 0, 'Fra år 9999'), updatedAt: '9999-12-31T23:59:59.000Z' };
    const { data, lines } = mergeData(here, { ...emptyAppData(), networks: [future] }, NOW);
    expect(data.networks[0]?.name).toBe('Min udgave');
    expect(lines[0]).toMatchObject({ action: 'skip', reason: 'future-timestamp', conflict: true });
  });

  it('compares timestamps as times, not as text', () => {
    // As text "2026-11-01T10:00:00+02:00" sorts after "2026-11-01T09:30:00Z", though it is half an hour earlier.
    const here = { ...emptyAppData(), networks: [{ ...network('n1', 0, 'Her'), updatedAt: '2026-11-01T09:30:00Z' }] };
    const file = { ...network('n1', 0, 'Filen'), updatedAt: '2026-11-01T10:00:00+02:00' };
    const { data, lines } = mergeData(here, { ...emptyAppData(), networks: [file] }, NOW);
    expect(data.networks[0]?.name).toBe('Her');
    expect(lines[0]).toMatchObject({ action: 'keep', reason: 'newer-here', conflict: true });
  });

  it('takes the newer copy but never makes a private reflection public', () => {
    const here = { ...emptyAppData(), reflections: [reflection('r1', 10, true, 'Privat her')] };
    const file = { ...emptyAppData(), reflections: [reflection('r1', 20, false, 'Nyere i filen')] };
    const { data, lines } = mergeData(here, file, NOW);
    expect(data.reflections[0]).toMatchObject({ title: 'Nyere i filen', private: true });
    expect(lines[0]).toMatchObject({ action: 'update', reason: 'private-kept', conflict: true });
  });

  it('merges random pairs of exports: no resurrection, no duplicate id, no lowered private, any order', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const op = fc.record({
      id: fc.constantFrom(...ids),
      kind: fc.constantFrom('edit', 'delete', 'private', 'public'),
      minutes: fc.integer({ min: 1, max: 10_000 }),
    });
    const side = fc.array(op, { maxLength: 12 });
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.subarray(ids),
        side,
        side,
        fc.integer(),
        (networkIds, reflectionIds, ours, theirs, seed) => {
          const base: AppData = {
            ...emptyAppData(),
            networks: networkIds.map((id) => network(id, 0)),
            reflections: reflectionIds.map((id, n) => reflection(id, 0, n % 2 === 0)),
          };
          const here = play(structuredClone(base), ours);
          const file = play(structuredClone(base), theirs);
          const merged = mergeData(here, file, NOW).data;
          for (const key of ['networks', 'reflections'] as const) {
            const live = merged[key].map((r) => r.id);
            expect(new Set(live).size).toBe(live.length);
            const deletedHere = here.trash
              .filter((t) => t.kind === kindOf(key))
              .map((t) => t.record.id)
              .filter((id) => !here[key].some((r) => r.id === id));
            for (const id of deletedHere) expect(live).not.toContain(id);
          }
          for (const result of merged.reflections) {
            const mine = here.reflections.find((r) => r.id === result.id);
            const theirs = file.reflections.find((r) => r.id === result.id);
            if (mine?.private || (mine && theirs?.private)) expect(result.private).toBe(true);
          }
          const shuffled = {
            ...file,
            networks: shuffle(file.networks, seed),
            reflections: shuffle(file.reflections, seed),
          };
          expect(sortedById(mergeData(here, shuffled, NOW).data)).toEqual(sortedById(merged));
        },
      ),
      { numRuns: 300 },
    );
  });
});

function kindOf(key: 'networks' | 'reflections'): TrashEntry['kind'] {
  return key === 'networks' ? 'network' : 'reflection';
}

/** Applies edits and deletions as the app would: a delete moves the record to the trash. */
function play(data: AppData, ops: Array<{ id: string; kind: string; minutes: number }>): AppData {
  for (const { id, kind, minutes } of ops) {
    const n = data.networks.findIndex((r) => r.id === id);
    const r = data.reflections.findIndex((x) => x.id === id);
    if (kind === 'delete') {
      if (n >= 0)
        data.trash.push({
          id: `t-${id}-n`,
          kind: 'network',
          deletedAt: at(minutes),
          record: data.networks.splice(n, 1)[0]!,
        });
      if (r >= 0)
        data.trash.push({
          id: `t-${id}-r`,
          kind: 'reflection',
          deletedAt: at(minutes),
          record: data.reflections.splice(r, 1)[0]!,
        });
      continue;
    }
    const network = data.networks[n];
    if (network && kind === 'edit') Object.assign(network, { name: `${network.name}+`, updatedAt: at(minutes) });
    const entry = data.reflections[r];
    if (entry && kind !== 'edit') Object.assign(entry, { private: kind === 'private', updatedAt: at(minutes) });
    if (entry && kind === 'edit') Object.assign(entry, { title: `${entry.title}+`, updatedAt: at(minutes) });
  }
  return data;
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function sortedById(data: AppData): AppData {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...data, networks: byId(data.networks), reflections: byId(data.reflections) };
}

describe('import through the services', () => {
  let services: TempServices;
  beforeEach(async () => {
    services = await startTempServices({ clock: fixedClock('2026-11-23T12:00:00.000Z') });
  });
  afterEach(async () => services.dispose());

  async function exportNow(): Promise<string> {
    const saved = await must(services, 'data:export', {});
    return fs.readFile(path.join(services.dataDir, savedName(saved)), 'utf8');
  }

  it('delete, merge an older export, undo: one network, never two', async () => {
    const created = await must(services, 'networks:create', { name: 'Tryghed' });
    const content = await exportNow();
    const trashed = await must(services, 'networks:delete', { id: created.id });
    const preview = readablePreview(await must(services, 'data:import-preview', { content }));
    expect(preview.lines).toContainEqual(
      expect.objectContaining({ id: created.id, action: 'skip', reason: 'deleted-here', title: 'Tryghed' }),
    );
    const report = await must(services, 'data:import', { content, mode: 'merge' });
    expect(report).toMatchObject({ added: 0, skipped: 1 });
    expect(await must(services, 'networks:list', {})).toEqual([]);
    await must(services, 'networks:undo-delete', { trashId: trashed.id });
    expect((await must(services, 'networks:list', {})).map((n) => n.id)).toEqual([created.id]);
  });

  it('refuses an undo when the record is live again, and changes nothing', async () => {
    const created = await must(services, 'networks:create', { name: 'Læring' });
    const trashed = await must(services, 'networks:delete', { id: created.id });
    // A copy came back some other way (an older build's merge, a hand-edited file).
    await services.store.mutate((data) => {
      data.networks.push(structuredClone(trashed.record as Network));
    });
    const undo = await services.dispatch('networks:undo-delete', { trashId: trashed.id });
    expect(undo.ok ? 'ok' : undo.error.code).toBe('conflict');
    if (!undo.ok) expect(undo.error.message).toMatch(/kan ikke fortrydes/);
    expect((await must(services, 'networks:list', {})).map((n) => n.id)).toEqual([created.id]);
    expect(services.store.data.trash).toHaveLength(1);
  });

  it("skips a record stamped 'zzzz' and one from year 9999, keeping the copies here", async () => {
    const a = await must(services, 'networks:create', { name: 'A' });
    const b = await must(services, 'networks:create', { name: 'B' });
    const file = JSON.parse(await exportNow()) as { data: { networks: Array<Record<string, unknown>> } };
    for (const record of file.data.networks) {
      record.name = `${String(record.name)} fra filen`;
      record.updatedAt = record.id === a.id ? 'zzzz' : '9999-12-31T23:59:59.999Z';
    }
    const content = JSON.stringify(file);
    const preview = readablePreview(await must(services, 'data:import-preview', { content }));
    const line = (id: string) => preview.lines.find((l: MergeLine) => l.id === id);
    expect(line(a.id)).toMatchObject({ action: 'skip', reason: 'unreadable' });
    expect(line(a.id)?.detail?.da).toBe('ændringstidspunktet er ikke et gyldigt tidspunkt');
    expect(line(b.id)).toMatchObject({ action: 'skip', reason: 'future-timestamp', conflict: true });
    await must(services, 'data:import', { content, mode: 'merge' });
    expect((await must(services, 'networks:list', {})).map((n) => n.name).sort()).toEqual(['A', 'B']);
  });

  it('accepts an export with a byte order mark', async () => {
    await must(services, 'networks:create', { name: 'Med BOM' });
    const content = `\uFEFF${await exportNow()}`;
    const preview = readablePreview(await must(services, 'data:import-preview', { content }));
    expect(preview.counts.networks).toBe(1);
  });
});
