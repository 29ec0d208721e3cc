import type { Meeting, MeetingParticipant, Network, Person } from '../../shared/entities';
import type { AppData } from '../storage/app-data';

/** A participant row for someone on the people list; the row id is the person id (see MeetingParticipant). */
export function personParticipant(person: Person): MeetingParticipant {
  return { id: person.id, personId: person.id, name: person.name, email: '', attendance: 'unknown' };
}

/**
 * Who a new meeting of the network invites: the netværksleder, the co-driver and every network
 * participant. The referenceleder and personaleleder are not at ordinary meetings; they can be added.
 */
export function defaultParticipants(data: AppData, network: Network): MeetingParticipant[] {
  const ids = [
    network.roleHolders.netvaerksleder,
    network.roleHolders.codriver,
    ...network.participants.map((p) => p.personId),
  ];
  const seen = new Set<string>();
  const rows: MeetingParticipant[] = [];
  for (const id of ids) {
    if (id === null || seen.has(id)) continue;
    const person = data.people.find((p) => p.id === id);
    if (!person) continue;
    seen.add(id);
    rows.push(personParticipant(person));
  }
  return rows;
}

/** A participant's name now: the person's current name, or the stored one for guests and deleted people. */
export function participantName(data: AppData, participant: MeetingParticipant): string {
  if (participant.personId !== null) {
    const person = data.people.find((p) => p.id === participant.personId);
    if (person) return person.name;
  }
  return participant.name;
}

/** A participant's e-mail: the person's when on the people list, else the guest's. */
export function participantEmail(data: AppData, participant: MeetingParticipant): string {
  if (participant.personId !== null) return data.people.find((p) => p.id === participant.personId)?.email ?? '';
  return participant.email;
}

/** The name of the participant with that id in a meeting, or '' when none. */
export function nameOfParticipant(data: AppData, meeting: Meeting, participantId: string | null): string {
  if (participantId === null) return '';
  const participant = meeting.participants.find((p) => p.id === participantId);
  return participant ? participantName(data, participant) : '';
}
