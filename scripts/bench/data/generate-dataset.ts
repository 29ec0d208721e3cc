import type { AppData } from '../../../electron/services/storage/app-data';
import { CURRENT_SCHEMA_VERSION } from '../../../electron/services/storage/app-data';
import { addDays } from './dates';
import type { DatasetSize } from './dataset-size';
import { generateAgreements } from './generate-agreements';
import { generateMeetings } from './generate-meetings';
import { generateNetworks } from './generate-networks';
import { generatePeople } from './generate-people';
import { generateReflections } from './generate-reflections';
import { Random } from './prng';

/** The day every bench dataset ends on, so the same seed gives the same data whenever it is made. */
export const BENCH_TODAY = '2026-11-23';

/** The seed used unless another is asked for. */
export const DEFAULT_SEED = 20261123;

/** A whole data set as the app stores it, made up from the seed. */
export function generateDataset(size: DatasetSize, seed = DEFAULT_SEED, today = BENCH_TODAY): AppData {
  const random = new Random(seed);
  const firstDay = addDays(today, -Math.round(size.years * 365));
  const people = generatePeople(random, size.people, firstDay);
  const networks = generateNetworks(random, size.networks, people, firstDay, today);
  const meetings = generateMeetings(random, size.meetings, networks, people, today);
  const reflections = generateReflections(random, size.reflections, networks, meetings, firstDay, today);
  const agreements = generateAgreements(random, size.agreementVersions, networks, people, today);
  const me = networks.at(-1)?.roleHolders.netvaerksleder;
  const profile = people.find((p) => p.id === me) ?? people[0];
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: { name: profile?.name ?? '', title: 'Netværksleder', unit: profile?.unit ?? '' },
    people,
    networks,
    meetings,
    reflections,
    agreements,
    trash: [],
  };
}
