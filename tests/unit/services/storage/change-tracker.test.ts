import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAppData, type AppData } from '../../../../electron/services/storage/app-data';
import { applyChange, type ChangeSet } from '../../../../electron/services/storage/change-set';
import { ChangeTracker } from '../../../../electron/services/storage/change-tracker';
import type { Person } from '../../../../electron/shared/entities';

const person = (id: string, name = id): Person => ({
  id,
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:00.000Z',
  name,
  unit: '',
  title: '',
  email: '',
  phone: '',
});

function startingData(count: number): AppData {
  const data = emptyAppData();
  for (let n = 0; n < count; n += 1) data.people.push(person(`p${n}`));
  data.trash.push({ id: 't0', kind: 'person', deletedAt: 'a', record: person('gone') });
  return data;
}

// Ids are unique, as the services' random UUIDs are; a counter keeps new ones unique across saves.
let created = 0;
const fresh = (prefix: string): string => `${prefix}-${(created += 1)}`;

/** Every way the services change data, as small steps a property test can chain. */
type Step = (data: AppData, pick: number) => void;
const STEPS: Record<string, Step> = {
  push: (data, n) => void data.people.push(person(fresh(`new${n}`))),
  rename: (data, n) => {
    const found = data.people.find((p) => p.id === data.people[n % Math.max(1, data.people.length)]?.id);
    if (found) found.name = `navn ${n}`;
  },
  removeByFilter: (data, n) =>
    void (data.people = data.people.filter((_, index) => index !== n % Math.max(1, data.people.length))),
  replaceByMap: (data, n) =>
    void (data.people = data.people.map((p, index) =>
      index === n % Math.max(1, data.people.length) ? { ...p, title: `ny ${n}` } : p,
    )),
  splice: (data, n) => void data.people.splice(n % Math.max(1, data.people.length), 1),
  insertFirst: (data, n) => void data.people.unshift(person(fresh(`first${n}`))),
  reverse: (data) => void data.people.reverse(),
  sort: (data) => void data.people.sort((a, b) => b.id.localeCompare(a.id)),
  moveToTrash: (data, n) => {
    const victim = data.people[n % Math.max(1, data.people.length)];
    if (!victim) return;
    data.people = data.people.filter((p) => p.id !== victim.id);
    data.trash.push({ id: `trash-${victim.id}-${n}`, kind: 'person', deletedAt: 'b', record: victim });
  },
  restoreFromTrash: (data) => {
    const entry = data.trash.find((t) => t.kind === 'person');
    if (!entry) return;
    data.trash = data.trash.filter((t) => t.id !== entry.id);
    const restored = entry.record;
    if (!data.people.some((p) => p.id === restored.id)) data.people.push(restored);
    restored.name = `tilbage ${restored.name}`;
  },
  pushThenEdit: (data, n) => {
    data.people.push(person(fresh(`a${n}`)), person(fresh(`b${n}`)));
    const last = data.people[data.people.length - 1];
    if (last) last.unit = 'skrevet efter';
  },
  editFiltered: (data, n) => {
    for (const found of data.people.filter((_, index) => index % 2 === n % 2)) found.email = `e${n}`;
  },
  editMapped: (data, n) => void data.people.map((p) => (p.phone = `${n}`)),
  replaceAtIndex: (data, n) => {
    const index = data.people.findIndex((_, i) => i === n % Math.max(1, data.people.length));
    const old = data.people[index];
    if (old) data.people[index] = { ...old, unit: `erstattet ${n}` };
  },
  profile: (data, n) => void (data.profile.name = `profil ${n}`),
  prompts: (data, n) => void (data.reflectionPrompts = { hiddenPromptIds: [`h${n}`], ownPrompts: [], themeIds: [] }),
  dropPrompts: (data) => void delete data.reflectionPrompts,
  changeIdInPlace: (data, n) => {
    const first = data.people[0];
    if (first) first.id = fresh(`renamed${n}`);
  },
};

describe('change tracking', () => {
  it('describes every save so that replaying it on the old state gives the new state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.array(fc.tuple(fc.constantFrom(...Object.keys(STEPS)), fc.nat(50)), { maxLength: 4 }), {
          maxLength: 6,
        }),
        (size, saves) => {
          const live = startingData(size);
          const replayed = structuredClone(live);
          for (const save of saves) {
            const tracker = new ChangeTracker(live, () => undefined);
            for (const [name, pick] of save) STEPS[name]?.(tracker.data, pick);
            const change = JSON.parse(JSON.stringify(tracker.finish())) as ChangeSet;
            applyChange(replayed, change);
            expect(replayed).toEqual(JSON.parse(JSON.stringify(live)));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('carries only the record written, not the collection around it', () => {
    const live = startingData(50);
    const tracker = new ChangeTracker(live, () => undefined);
    const found = tracker.data.people.find((p) => p.id === 'p7');
    if (found) found.name = 'Kun denne';
    expect(tracker.finish()).toEqual({ records: { people: { upsert: [{ ...person('p7'), name: 'Kun denne' }] } } });
  });

  it('reports writes through a proxy kept after the save, so they are not silently left out', () => {
    let late = 0;
    const tracker = new ChangeTracker(startingData(2), () => (late += 1));
    const kept = tracker.data.people[0];
    tracker.finish();
    if (kept) kept.name = 'for sent';
    expect(late).toBe(1);
  });

  it('never leaves a proxy inside the data', () => {
    const live = startingData(2);
    const tracker = new ChangeTracker(live, () => undefined);
    const first = tracker.data.people[0];
    if (first) tracker.data.trash.push({ id: 'x', kind: 'person', deletedAt: 'b', record: first });
    tracker.finish();
    expect(() => structuredClone(live)).not.toThrow();
  });
});
