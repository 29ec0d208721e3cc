/**
 * A child process for crash tests: opens the store in the folder given and runs a seeded mix of
 * the ways data changes — new records, in-place updates, deletes, imports (replace), backups and
 * restores, merges — printing, before each, the fingerprint of the state it is about to save
 * ("try <hash>") and, once the save has resolved, "ack <hash>". The parent kills it at will and
 * checks that what a restart loads is the last acknowledged state (or the one in flight).
 * A small compaction threshold makes data-file rewrites (and their journal rotation) frequent.
 */
import { openStore } from '../../electron/services/storage/store';
import { systemClock } from '../../electron/services/clock';
import { mergeData } from '../../electron/services/data-safety/merge';
import type { AppData } from '../../electron/services/storage/app-data';
import type { Network } from '../../electron/shared/entities';
import { newNetworkPhases } from '../../electron/shared/domain/phase-progress';
import { fingerprint } from './crash-fingerprint';

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-writer <dataDir> <seed>');
let seed = Number(seedArg ?? 1) || 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const { store, backups } = await openStore(dataDir, systemClock, { compactAfterBytes: 16 * 1024 });
const say = (line: string) => process.stdout.write(`${line}\n`);
say(`start ${fingerprint(store.data)}`);

function network(id: string, n: number): Network {
  return {
    id,
    createdAt: '2026-11-23T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
    name: `Netværk ${n} ${'æøå '.repeat(n % 45)}`,
    theme: '',
    challenge: 'x'.repeat(n % 2000),
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

/** A change as a pure step on the data, so its result can be told before the store runs it. */
type Step = (data: AppData) => void;

const run = `r${seed.toString(36)}`;
/** A copy of the data made earlier in this run, which imports and merges bring back. */
let earlier: AppData = structuredClone(store.data);

for (let n = 0; n < 10_000; n += 1) {
  const pick = random();
  const count = store.data.networks.length;
  const at = Math.floor(random() * count);
  if (pick < 0.05) {
    // A backup, then (sometimes) a restore of it: the restored data is what the backup holds.
    const made = await backups.create('manual', store.text());
    if (random() < 0.5) continue;
    const opened = await backups.open(made.name);
    if (!opened.ok) throw new Error(`a backup just made does not read: ${opened.reason}`);
    say(`try ${fingerprint(opened.data)}`);
    await store.replaceAll(opened.data);
  } else if (pick < 0.09) {
    // An import that replaces everything with an earlier state.
    const incoming = structuredClone(earlier);
    say(`try ${fingerprint(incoming)}`);
    await store.replaceAll(incoming);
  } else if (pick < 0.13) {
    // A merge of an earlier export into the data as it is.
    const merged = mergeData(store.data, earlier, new Date()).data;
    say(`try ${fingerprint(merged)}`);
    await store.replaceAll(merged);
  } else {
    let step: Step;
    if (pick < 0.55 || count < 3) {
      step = (data) => void data.networks.push(network(`${run}-${n}`, n));
    } else if (pick < 0.85) {
      const stamp = new Date(Date.UTC(2026, 10, 23, 9, 0, n % 60)).toISOString();
      step = (data) => {
        const target = data.networks[at];
        if (!target) return;
        target.name = `Ændret ${n} ${'ø'.repeat(n % 30)}`;
        target.challenge = 'y'.repeat((n * 7) % 1500);
        target.updatedAt = stamp;
      };
    } else {
      step = (data) => void data.networks.splice(at, 1);
    }
    const expected = structuredClone(store.data);
    step(expected);
    say(`try ${fingerprint(expected)}`);
    await store.mutate(step);
  }
  say(`ack ${fingerprint(store.data)}`);
  if (random() < 0.1) earlier = structuredClone(store.data);
}
