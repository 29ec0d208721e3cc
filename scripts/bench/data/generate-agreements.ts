import { agreementDefinitions, COUNTERPART_ROLES } from '../../../electron/shared/domain';
import type {
  Agreement,
  AgreementContent,
  AgreementParty,
  AgreementVersion,
  Network,
  Person,
} from '../../../electron/shared/entities';
import type { CounterpartRole } from '../../../electron/shared/domain/types';
import { addDays, daysBetween, instantOn } from './dates';
import type { Random } from './prng';
import { paragraph } from './prose';

/**
 * One agreement per network and counterpart (the app allows no more), renewed along the way:
 * a version at the start and new ones as the network runs, some with a draft under way.
 * `versions` is the total number of agreed versions over all agreements; it is met exactly when
 * the networks have run long enough (at most one version every two months).
 */
export function generateAgreements(
  random: Random,
  versions: number,
  networks: Network[],
  people: Person[],
  today: string,
): Agreement[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const pairs = networks.flatMap((network) =>
    COUNTERPART_ROLES.map((counterpart) => ({ network, counterpart, room: daysRun(network, today) })),
  );
  const counts = versionCounts(
    random,
    versions,
    pairs.map(({ room }) => Math.max(1, Math.ceil(room / 60))),
  );
  return pairs.map(({ network, counterpart, room }, i) =>
    agreement(random, network, counterpart, byId, counts[i] ?? 1, room),
  );
}

function daysRun(network: Network, today: string): number {
  const last = network.endDate < today ? network.endDate : today;
  return Math.max(1, daysBetween(network.startDate, last));
}

/** How many versions each agreement gets: at least one, at most its cap, `total` in all where the caps allow. */
function versionCounts(random: Random, total: number, caps: number[]): number[] {
  const counts = caps.map(() => 1);
  let left = total - counts.length;
  const open = () => counts.flatMap((count, i) => (count < (caps[i] ?? 1) ? [i] : []));
  for (let candidates = open(); left > 0 && candidates.length > 0; candidates = open()) {
    const i = candidates[random.int(0, candidates.length - 1)] ?? 0;
    counts[i] = (counts[i] ?? 1) + 1;
    left -= 1;
  }
  return counts;
}

function agreement(
  random: Random,
  network: Network,
  counterpart: CounterpartRole,
  people: Map<string, Person>,
  count: number,
  room: number,
): Agreement {
  const versions: AgreementVersion[] = Array.from({ length: count }, (_, i) => {
    const agreedDate = addDays(network.startDate, Math.round((room * i) / count) + 7);
    return {
      ...content(random, counterpart, network),
      number: i + 1,
      agreedDate,
      reviewDate: addDays(agreedDate, 180),
      approvedAt: instantOn(agreedDate, 11),
      leader: party(people, network.roleHolders.netvaerksleder),
      counterpart: party(people, network.roleHolders[counterpart]),
    };
  });
  const newest = versions.at(-1);
  const drafting = network.status === 'aktiv' && random.chance(0.3);
  return {
    id: random.id(),
    createdAt: versions[0]?.approvedAt ?? instantOn(network.startDate, 9),
    updatedAt: newest?.approvedAt ?? instantOn(network.startDate, 9),
    networkId: network.id,
    counterpart,
    draft: drafting
      ? {
          ...content(random, counterpart, network),
          number: count + 1,
          step: 3,
          preparer: 'leader',
          leaderId: network.roleHolders.netvaerksleder,
          counterpartId: network.roleHolders[counterpart],
          agreedDate: '',
          reviewDate: '',
        }
      : null,
    versions,
  };
}

function content(random: Random, counterpart: CounterpartRole, network: Network): AgreementContent {
  const definition = agreementDefinitions[counterpart];
  return {
    preparation: Object.fromEntries(
      definition.preparationQuestions.filter(() => random.chance(0.7)).map((q) => [q.id, paragraph(random, 1, 2)]),
    ),
    // Left empty so the generated data (and its random sequence) stays as before the co-driver's side.
    counterpartPreparation: {},
    topics: Object.fromEntries(definition.topics.map((topic) => [topic.id, paragraph(random, 1, 3)])),
    periodFrom: network.startDate,
    periodTo: network.endDate,
  };
}

function party(people: Map<string, Person>, personId: string | null): AgreementParty {
  const person = personId ? people.get(personId) : undefined;
  return { personId: personId ?? '', name: person?.name ?? '', title: person?.title ?? '', unit: person?.unit ?? '' };
}
