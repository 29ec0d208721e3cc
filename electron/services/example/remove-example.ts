import type { RecordCounts } from '../../shared/contract/data';
import type { AppData } from '../storage/app-data';

/**
 * Takes the example network out again with everything that hangs on it: its meetings, reflections
 * and agreements, and the made-up people nobody else refers to. People the user has since put in one
 * of their own networks, meetings or agreements stay. Returns what was removed.
 */
export function removeExampleRecords(data: AppData): RecordCounts {
  const exampleIds = new Set(data.networks.filter((n) => n.example === true).map((n) => n.id));
  const counts: RecordCounts = { networks: 0, people: 0, meetings: 0, reflections: 0, agreements: 0 };
  if (exampleIds.size === 0) return counts;

  const examplePeople = new Set<string>();
  for (const network of data.networks.filter((n) => exampleIds.has(n.id))) {
    for (const id of Object.values(network.roleHolders)) if (id) examplePeople.add(id);
    for (const participant of network.participants) examplePeople.add(participant.personId);
  }

  const keep = <T>(list: T[], belongs: (record: T) => boolean, key: keyof RecordCounts): T[] => {
    const kept = list.filter((record) => !belongs(record));
    counts[key] = list.length - kept.length;
    return kept;
  };
  data.networks = keep(data.networks, (n) => exampleIds.has(n.id), 'networks');
  data.meetings = keep(data.meetings, (m) => exampleIds.has(m.networkId), 'meetings');
  data.reflections = keep(data.reflections, (r) => r.networkId !== null && exampleIds.has(r.networkId), 'reflections');
  data.agreements = keep(data.agreements, (a) => exampleIds.has(a.networkId), 'agreements');

  // Ids are random UUIDs, so finding one in the text of what remains means someone still refers to it.
  const remaining = JSON.stringify([data.networks, data.meetings, data.reflections, data.agreements]);
  data.people = keep(data.people, (p) => examplePeople.has(p.id) && !remaining.includes(p.id), 'people');
  return counts;
}
