/**
 * A child process for crash tests: opens the store in the folder given, saves numbered networks
 * one by one and prints "ack N" after each save has resolved. The parent kills it at will.
 * A small compaction threshold makes data-file rewrites (and their journal rotation) frequent.
 */
import { openStore } from '../../electron/services/storage/store';
import { systemClock } from '../../electron/services/clock';
import { newNetworkPhases } from '../../electron/shared/domain/phase-progress';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer <dataDir>');
const { store } = await openStore(dataDir, systemClock, { compactAfterBytes: 16 * 1024 });
const start = store.data.networks.length;
for (let n = start; n < start + 10_000; n += 1) {
  await store.mutate((data) => {
    data.networks.push({
      id: `n${n}`,
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
    });
  });
  process.stdout.write(`ack ${n}\n`);
}
