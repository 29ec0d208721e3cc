import { meetingTemplates } from '../../../electron/shared/domain';
import type { MeetingTemplate } from '../../../electron/shared/domain/types';
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  Meeting,
  MeetingParticipant,
  Network,
  Person,
} from '../../../electron/shared/entities';
import { ACTION_THINGS, ACTION_VERBS, PLACES } from './danish-words';
import { addDays, daysBetween, instantOn, onWeekday } from './dates';
import type { Random } from './prng';
import { paragraph, sentence } from './prose';

const ATTENDANCE: readonly Attendance[] = ['present', 'present', 'present', 'present', 'excused', 'absent'];
const START_TIMES = ['09:00', '09:30', '10:00', '12:30', '13:00', '14:00'];

/**
 * Meetings shared out over the networks by how long each runs, roughly every other week inside
 * its period: held ones have attendance, opsamling, decisions and tasks; coming ones an agenda.
 */
export function generateMeetings(
  random: Random,
  count: number,
  networks: Network[],
  people: Person[],
  today: string,
): Meeting[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const windows = networks.map((n) => ({
    network: n,
    from: n.startDate,
    to: n.endDate < addDays(today, 60) ? n.endDate : addDays(today, 60),
  }));
  const totalDays = windows.reduce((sum, w) => sum + Math.max(1, daysBetween(w.from, w.to)), 0);
  const meetings: Meeting[] = [];
  let left = count;
  windows.forEach((window, index) => {
    const days = Math.max(1, daysBetween(window.from, window.to));
    const share = index === windows.length - 1 ? left : Math.min(left, Math.round((count * days) / totalDays));
    left -= share;
    for (let i = 0; i < share; i += 1) {
      const date = onWeekday(addDays(window.from, Math.round((days * i) / Math.max(1, share))));
      const template = templateFor(random, i, share, window.network.endDate === window.to);
      meetings.push(meeting(random, window.network, byId, template, date, today));
    }
  });
  return meetings;
}

function templateFor(random: Random, index: number, share: number, endsInside: boolean): MeetingTemplate {
  const [opstart, design, status, ide, afrunding] = meetingTemplates as [
    MeetingTemplate,
    MeetingTemplate,
    MeetingTemplate,
    MeetingTemplate,
    MeetingTemplate,
  ];
  if (index === 0) return opstart;
  if (endsInside && index === share - 1) return afrunding;
  return random.pick([status, status, status, design, ide]);
}

function meeting(
  random: Random,
  network: Network,
  people: Map<string, Person>,
  template: MeetingTemplate,
  date: string,
  today: string,
): Meeting {
  const held = date < today;
  const status = held ? (random.chance(0.04) ? 'cancelled' : 'held') : 'planned';
  const participants = participantsOf(random, network, people, status === 'held');
  const responsible = () => random.pick(participants).id;
  const agenda: AgendaItem[] = template.items.map((item) => ({
    id: random.id(),
    title: item.title.da,
    kind: item.kind,
    minutes: item.minutes,
    methodId: item.methodId,
    responsibleId: item.kind === 'pause' ? null : responsible(),
    purpose: item.purpose.da,
    notes: held && random.chance(0.3) ? sentence(random) : '',
    participantNotes: '',
    carriedFrom: null,
  }));
  const decisionItems = agenda.filter((item) => item.kind === 'beslutning');
  const created = instantOn(addDays(date, -random.int(7, 21)), 10);
  return {
    id: random.id(),
    createdAt: created,
    updatedAt: held ? instantOn(date, 16) : created,
    networkId: network.id,
    title: template.name.da,
    date,
    startTime: random.pick(START_TIMES),
    durationMinutes: template.durationMinutes,
    location: random.pick(PLACES),
    onlineUrl: random.chance(0.2) ? 'https://moede.kommune.example/rum/netvaerk' : '',
    purpose: template.purpose.da,
    desiredOutcome: template.desiredOutcome.da,
    preparation: random.chance(0.5) ? sentence(random) : '',
    status,
    participants,
    agenda,
    summary: status === 'held' ? paragraph(random, 2, 4) : '',
    decisions:
      status === 'held'
        ? Array.from({ length: random.int(1, 3) }, (_, i) => ({
            id: random.id(),
            text: sentence(random),
            agendaItemId: decisionItems[i]?.id ?? null,
          }))
        : [],
    actions:
      status === 'held'
        ? Array.from({ length: random.int(1, 4) }, () => ({
            ...action(random, date, today, responsible()),
            // Tasks are agreed under the meeting's last decision item, so the referat has them per item.
            agendaItemId: decisionItems.at(-1)?.id ?? null,
          }))
        : [],
    minutesTakerId: null,
    isTemplate: false,
    templateId: template.id,
    icsSequence: random.int(0, 2),
    run: null,
    itemNotes: [],
  };
}

function participantsOf(
  random: Random,
  network: Network,
  people: Map<string, Person>,
  held: boolean,
): MeetingParticipant[] {
  const ids = [
    network.roleHolders.netvaerksleder,
    network.roleHolders.codriver,
    ...network.participants.map((p) => p.personId),
  ];
  return ids
    .filter((id): id is string => id !== null)
    .map((id) => ({
      id,
      personId: id,
      name: people.get(id)?.name ?? '',
      email: '',
      attendance: held ? random.pick(ATTENDANCE) : 'unknown',
    }));
}

/** A task from the meeting; older ones are mostly done, the newest still open (some overdue). */
function action(random: Random, date: string, today: string, ownerId: string): Omit<ActionItem, 'agendaItemId'> {
  const dueDate = addDays(date, random.int(7, 30));
  const done = dueDate < addDays(today, -30) ? random.chance(0.97) : random.chance(0.4);
  return {
    id: random.id(),
    text: `${random.pick(ACTION_VERBS)} ${random.pick(ACTION_THINGS)}`,
    ownerId,
    dueDate,
    done,
    doneAt: done ? instantOn(dueDate < today ? dueDate : today, 12) : null,
  };
}
