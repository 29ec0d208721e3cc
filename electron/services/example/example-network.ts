import type { HolderRole, Network, Person } from '../../shared/entities';
import type { Clock } from '../clock';
import { newRecordBase, snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import { addExampleMeetings } from './example-meetings';
import { addExampleReflections } from './example-reflections';
import { examplePhases } from '../roles/example-phases';

type PersonSeed = Pick<Person, 'name' | 'unit' | 'title' | 'email' | 'phone'>;

/** Made-up people for the example network; the addresses use a reserved example domain. */
const examplePeople: Array<PersonSeed & { role?: HolderRole; core?: boolean; note?: string }> = [
  {
    name: 'Mette Kjærgaard',
    unit: 'Børn og Unge',
    title: 'Afdelingsleder',
    email: 'mette.kjaergaard@kommune.example',
    phone: '43 68 01 10',
    role: 'netvaerksleder',
  },
  {
    name: 'Jonas Bech',
    unit: 'Beskæftigelse',
    title: 'Teamleder, ungeindsatsen',
    email: 'jonas.bech@kommune.example',
    phone: '43 68 01 22',
    role: 'codriver',
  },
  {
    name: 'Anne-Sofie Holm',
    unit: 'Direktionen',
    title: 'Direktør for Børn og Unge',
    email: 'anne-sofie.holm@kommune.example',
    phone: '43 68 00 02',
    role: 'referenceleder',
  },
  {
    name: 'Peter Østergaard',
    unit: 'Børn og Unge',
    title: 'Centerchef',
    email: 'peter.ostergaard@kommune.example',
    phone: '43 68 01 00',
    role: 'personaleleder',
  },
  {
    name: 'Fatima Aziz',
    unit: 'Jobcenter',
    title: 'Virksomhedskonsulent',
    email: 'fatima.aziz@kommune.example',
    phone: '43 68 02 31',
    core: true,
    note: 'Kender de lokale virksomheder',
  },
  {
    name: 'Lars Nørgaard',
    unit: 'Kultur og Fritid',
    title: 'Klubleder',
    email: 'lars.norgaard@kommune.example',
    phone: '43 68 03 12',
    core: true,
    note: 'Møder de unge i fritiden',
  },
  {
    name: 'Sara Lund',
    unit: 'Ungdomsskolen',
    title: 'UU-vejleder',
    email: 'sara.lund@kommune.example',
    phone: '43 68 04 05',
    core: true,
    note: '',
  },
  {
    name: 'Mikkel Andersen',
    unit: 'Borgerrepræsentant',
    title: 'Ung borger',
    email: '',
    phone: '',
    core: false,
    note: 'Deltager i design- og testfasen',
  },
];

/** The example network's fields; dates are set around today so the example looks current. */
function exampleNetworkFields(
  clock: Clock,
): Omit<Network, keyof ReturnType<typeof newRecordBase> | 'roleHolders' | 'participants'> {
  const today = clock.now();
  return {
    name: 'Flere unge i job og uddannelse',
    theme: 'Unge mellem 16 og 25 år uden fodfæste',
    challenge:
      'For mange unge står uden job eller uddannelse, og hjælpen kommer fra flere forvaltninger, der ikke altid ved, hvad de andre gør. De unge oplever at skulle fortælle deres historie igen og igen.',
    ambition:
      'Inden for et halvt år har vi afprøvet mindst to nye måder at arbejde sammen på tværs, som de unge selv peger på, og vi ved, hvad der skal til for at de kan leve videre i driften.',
    type: 'velfaerd',
    startDate: isoDay(addMonths(today, -1)),
    endDate: isoDay(addMonths(today, 5)),
    status: 'aktiv',
    archivedAt: null,
    phases: examplePhases(),
    example: true,
  };
}

/**
 * Adds the example network and its people, so a first-time user sees a filled app at once.
 * Loading it twice gives the existing example back instead of a copy.
 */
export function loadExampleNetwork(ctx: ServiceContext): Promise<Network> {
  return ctx.store.mutate((data) => {
    const existing = data.networks.find((n) => n.example);
    if (existing) return snapshot(existing);
    const network: Network = {
      ...newRecordBase(ctx.clock),
      ...exampleNetworkFields(ctx.clock),
      roleHolders: { netvaerksleder: null, codriver: null, referenceleder: null, personaleleder: null },
      participants: [],
    };
    for (const seed of examplePeople) {
      const { role, core, note, ...fields } = seed;
      const person: Person = { ...newRecordBase(ctx.clock), ...fields };
      data.people.push(person);
      if (role) network.roleHolders[role] = person.id;
      else network.participants.push({ personId: person.id, core: core ?? true, note: note ?? '' });
    }
    data.networks.push(network);
    addExampleMeetings(data, network, ctx.clock);
    addExampleReflections(data, network, ctx.clock);
    return snapshot(network);
  });
}

function addMonths(date: Date, months: number): Date {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() + months);
  return copy;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
