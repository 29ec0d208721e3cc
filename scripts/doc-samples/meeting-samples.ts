import type { DocPerson, MeetingDocInput } from '../../electron/services/meetings/agenda-document';
import { agendaDocument } from '../../electron/services/meetings/agenda-document';
import { newAgendaItem } from '../../electron/services/meetings/meeting-factory';
import { minutesDocument } from '../../electron/services/meetings/minutes-document';
import { renderDocx } from '../../electron/services/export/render-docx';
import type { Meeting } from '../../electron/shared/entities';
import type { DocSample } from './doc-sample';
import { SAMPLE_NETWORK, sampleLetterhead } from './sample-letterhead';

const people: DocPerson[] = [
  { id: 'p-mette', name: 'Mette Kjærgaard', detail: 'Børn og Unge' },
  { id: 'p-jonas', name: 'Jonas Bech', detail: 'Beskæftigelse' },
  { id: 'p-fatima', name: 'Fatima Aziz', detail: 'Jobcenter' },
  { id: 'p-lars', name: 'Lars Nørgaard', detail: 'Kultur og Fritid' },
  { id: 'p-sara', name: 'Sara Lund', detail: 'Ungdomsskolen' },
  { id: 'g-karen', name: 'Karen Winther', detail: '' },
];

/** A held status meeting of the example network, with an agenda, attendance and an opsamling. */
function sampleMeeting(): Meeting {
  const items = [
    newAgendaItem({
      title: 'Velkommen og runde',
      kind: 'droeftelse',
      minutes: 10,
      methodId: 'runde',
      responsibleId: 'p-mette',
      purpose: 'Alle siger kort, hvad de har med fra sidst.',
    }),
    newAgendaItem({
      title: 'Status på interviews med unge',
      kind: 'orientering',
      minutes: 15,
      methodId: 'oplaeg',
      responsibleId: 'p-jonas',
      purpose: 'Hvad har de 14 unge fortalt os?',
      participantNotes: 'Interviewnoterne ligger på https://intra.kommune.example/unge/interviews – læs dem før mødet.',
      notes:
        'Jonas fortalte, at de fleste unge har mødt fem til otte forskellige medarbejdere det seneste år. Flere nævnte, at de helst vil mødes et sted, de kender i forvejen.',
    }),
    newAgendaItem({
      title: 'Walk-and-talk: hvad overraskede os?',
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'walk-and-talk',
      purpose: 'To og to rundt om søen med ét spørgsmål.',
    }),
    newAgendaItem({ title: 'Pause', kind: 'pause', minutes: 10, methodId: 'pause' }),
    newAgendaItem({
      title: 'Hvilke to idéer afprøver vi?',
      kind: 'beslutning',
      minutes: 25,
      methodId: 'prioritering',
      responsibleId: 'p-mette',
      purpose: 'Vi vælger de to idéer, der går videre til afprøvning.',
      notes: 'Alle fordelte fem point. Den fælles kontaktperson fik 19 point, den åbne rådgivning 14.',
    }),
    newAgendaItem({
      title: 'Opsamling og næste skridt',
      kind: 'beslutning',
      minutes: 10,
      methodId: 'opsamling',
      responsibleId: 'p-jonas',
    }),
  ];
  const decide = items[4]!;
  const interviews = items[1]!;
  return {
    id: 'sample-meeting',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-23T12:00:00.000Z',
    networkId: 'sample-network',
    title: 'Status- og læringsmøde',
    date: '2026-11-23',
    startTime: '09:30',
    durationMinutes: 90,
    location: 'Ungdomsklubben Toppen, Søvej 4',
    onlineUrl: 'https://moede.kommune.example/rum/unge',
    purpose: 'At samle op på interviewene med de unge og vælge, hvad vi afprøver først.',
    desiredOutcome: 'To idéer er valgt til afprøvning, og hver har en ansvarlig og en første aftale.',
    preparation: 'Læs de korte referater fra dine interviews igennem, og tag én overraskelse med.',
    status: 'held',
    participants: people.map((p, i) => ({
      id: p.id,
      personId: p.id.startsWith('p-') ? p.id : null,
      name: p.name,
      email: '',
      attendance: i === 3 ? 'excused' : i === 5 ? 'absent' : 'present',
    })),
    agenda: items,
    summary:
      'De unge beskriver især, at de skal fortælle deres historie mange gange. Walk-and-talk gav mange konkrete forslag.\n\nVi valgte to idéer efter en prioritering, hvor alle fordelte point.',
    decisions: [
      { id: 'd1', text: 'Vi afprøver én fælles kontaktperson for de unge i to boligområder.', agendaItemId: decide.id },
      { id: 'd2', text: 'Vi afprøver en åben rådgivning i ungdomsklubben hver torsdag.', agendaItemId: decide.id },
      { id: 'd3', text: 'Næste møde flyttes til ungdomsklubben.', agendaItemId: null },
    ],
    actions: [
      {
        id: 'a1',
        text: 'Aftale med boligsociale medarbejdere om den fælles kontaktperson',
        ownerId: 'p-fatima',
        dueDate: '2026-12-04',
        done: false,
        doneAt: null,
        agendaItemId: decide.id,
      },
      {
        id: 'a2',
        text: 'Lave plan for den åbne rådgivning',
        ownerId: 'p-lars',
        dueDate: '2026-12-07',
        done: false,
        doneAt: null,
        agendaItemId: decide.id,
      },
      {
        id: 'a3',
        text: 'Sende referat og interviewnoter til alle',
        ownerId: 'p-jonas',
        dueDate: '2026-11-24',
        done: true,
        doneAt: '2026-11-24T08:00:00.000Z',
        agendaItemId: interviews.id,
      },
    ],
    minutesTakerId: 'p-jonas',
    isTemplate: false,
    templateId: 'statusmoede',
    icsSequence: 0,
    run: null,
    itemNotes: [],
  };
}

/** The meeting as both documents get it: with the letterhead, the notes, earlier open items and the next meeting. */
export function sampleMeetingInput(): MeetingDocInput {
  return {
    meeting: sampleMeeting(),
    networkName: SAMPLE_NETWORK,
    author: 'Mette Kjærgaard',
    created: new Date('2026-11-23T12:00:00Z'),
    lang: 'da',
    people,
    letterhead: sampleLetterhead(SAMPLE_NETWORK),
    includeNotes: true,
    openFromEarlier: [
      {
        title: 'Finde lokale til afprøvningen i Nordbyen',
        meetingTitle: 'Netværksdesign',
        meetingDate: '2026-10-12',
        responsible: 'Sara Lund',
      },
    ],
    nextMeeting: {
      title: 'Idéudvikling',
      date: '2026-12-14',
      startTime: '09:30',
      durationMinutes: 120,
      location: 'Rådhuset, mødelokale 2',
    },
  };
}

/** The dagsorden of a status meeting. */
export const meetingAgendaSample: DocSample = {
  name: 'meeting-agenda',
  build: (template) => renderDocx(agendaDocument(sampleMeetingInput()), template),
};

/** The referat of the same meeting. */
export const meetingMinutesSample: DocSample = {
  name: 'meeting-minutes',
  build: (template) => renderDocx(minutesDocument(sampleMeetingInput()), template),
};
