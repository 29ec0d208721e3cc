import type { Meeting, Network } from '../../shared/entities';
import { addDays, todayInCopenhagen } from '../../shared/time';
import type { Clock } from '../clock';
import { applyDomainTemplate, blankMeeting } from '../meetings/meeting-factory';
import { defaultParticipants } from '../meetings/meeting-people';
import type { AppData } from '../storage/app-data';

/**
 * Two meetings for the example network, placed around today: a kick-off held three weeks ago with
 * its opsamling written (one task still open and overdue), and a status meeting next week.
 */
export function addExampleMeetings(data: AppData, network: Network, clock: Clock): void {
  const today = todayInCopenhagen(clock.now());
  data.meetings.push(
    heldKickoff(data, network, clock, addDays(today, -21)),
    upcomingStatus(data, network, clock, addDays(today, 7)),
  );
}

function heldKickoff(data: AppData, network: Network, clock: Clock, date: string): Meeting {
  const meeting = blankMeeting(clock, { networkId: network.id, date, startTime: '13:00' }, 'da');
  applyDomainTemplate(meeting, 'opstartsmoede', 'da');
  meeting.location = 'Rådhuset, mødelokale 2';
  meeting.status = 'held';
  meeting.participants = defaultParticipants(data, network).map((p, i) => ({
    ...p,
    attendance: i === 4 ? 'excused' : 'present',
  }));
  const leader = network.roleHolders.netvaerksleder;
  const codriver = network.roleHolders.codriver;
  for (const item of meeting.agenda) item.responsibleId = item.kind === 'orientering' ? leader : codriver;
  meeting.summary =
    'Vi fik talt om, hvorfor netværket findes, og hvad de unge selv siger om hjælpen i dag. Alle bidrog med eksempler fra deres egen hverdag, og der var stor lyst til at komme i gang med at møde de unge direkte.';
  const decisionItems = meeting.agenda.filter((item) => item.kind === 'beslutning');
  meeting.decisions = [
    {
      id: `${meeting.id}-d1`,
      text: 'Vi mødes hver anden uge, skiftevis på rådhuset og i ungdomsklubben.',
      agendaItemId: decisionItems[0]?.id ?? null,
    },
    { id: `${meeting.id}-d2`, text: 'Hver deltager interviewer to unge inden næste møde.', agendaItemId: null },
  ];
  meeting.actions = [
    {
      id: `${meeting.id}-a1`,
      text: 'Sende mødeplan og kontaktliste ud',
      ownerId: leader,
      dueDate: addDays(date, 3),
      done: true,
      doneAt: clock.now().toISOString(),
      agendaItemId: null,
    },
    {
      id: `${meeting.id}-a2`,
      text: 'Lave en fælles interviewguide til samtalerne med de unge',
      ownerId: codriver,
      dueDate: addDays(date, 14),
      done: false,
      doneAt: null,
      agendaItemId: decisionItems[0]?.id ?? null,
    },
  ];
  return meeting;
}

function upcomingStatus(data: AppData, network: Network, clock: Clock, date: string): Meeting {
  const meeting = blankMeeting(clock, { networkId: network.id, date, startTime: '09:30' }, 'da');
  applyDomainTemplate(meeting, 'statusmoede', 'da');
  meeting.location = 'Ungdomsklubben Toppen';
  meeting.participants = defaultParticipants(data, network);
  meeting.preparation = 'Tag noter med fra dine to interviews med unge.';
  return meeting;
}
