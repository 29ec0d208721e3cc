import { agreementDefinitions, COUNTERPART_ROLES } from '../../../electron/shared/domain';
import type { Agreement, AgreementContent, AgreementParty, AgreementVersion, Network, Person } from '../../../electron/shared/entities';
import type { CounterpartRole } from '../../../electron/shared/domain/types';
import { addDays, daysBetween, instantOn } from './dates';
import type { Random } from './prng';
import { paragraph } from './prose';

/**
 * One agreement per network and counterpart (the app allows no more), renewed along the way:
 * a version at the start and a new one about every half year, some with a draft under way.
 * The `versions` figure is the total number of agreed versions aimed at over all agreements.
 */
export function generateAgreements(random: Random, versions: number, networks: Network[], people: Person[], today: string): Agreement[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const pairs = networks.flatMap((network) => COUNTERPART_ROLES.map((counterpart) => ({ network, counterpart })));
  const perAgreement = Math.max(1, Math.round(versions / Math.max(1, pairs.length)));
  return pairs.map(({ network, counterpart }) => agreement(random, network, counterpart, byId, perAgreement, today));
}

function agreement(random: Random, network: Network, counterpart: CounterpartRole, people: Map<string, Person>, wanted: number, today: string): Agreement {
  const last = network.endDate < today ? network.endDate : today;
  const room = Math.max(1, daysBetween(network.startDate, last));
  const count = Math.max(1, Math.min(wanted + random.int(-1, 1), Math.ceil(room / 60)));
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
    preparation: Object.fromEntries(definition.preparationQuestions.filter(() => random.chance(0.7)).map((q) => [q.id, paragraph(random, 1, 2)])),
    topics: Object.fromEntries(definition.topics.map((topic) => [topic.id, paragraph(random, 1, 3)])),
    periodFrom: network.startDate,
    periodTo: network.endDate,
  };
}

function party(people: Map<string, Person>, personId: string | null): AgreementParty {
  const person = personId ? people.get(personId) : undefined;
  return { personId: personId ?? '', name: person?.name ?? '', title: person?.title ?? '', unit: person?.unit ?? '' };
}
