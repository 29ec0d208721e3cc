import type { Attendance } from '../../shared/entities';
import type { DocumentLang } from '../../shared/documents/document-model';

/** The fixed words in the dagsorden and referat, per document language. */
export interface MeetingDocLabels {
  agenda: string;
  minutes: string;
  network: string;
  date: string;
  time: string;
  place: string;
  onlineLink: string;
  purpose: string;
  desiredOutcome: string;
  preparation: string;
  participants: string;
  colTime: string;
  colItem: string;
  colForm: string;
  colResponsible: string;
  summary: string;
  decisions: string;
  noDecisions: string;
  actions: string;
  noActions: string;
  colTask: string;
  colOwner: string;
  colDue: string;
  colStatus: string;
  done: string;
  open: string;
  agendaItem: string;
  /** Before a decision written under an agenda item. */
  decisionLine: string;
  attendance: Record<Attendance, string>;
  noSummary: string;
  minutesTaker: string;
  noAgenda: string;
  cancelled: string;
  forParticipants: string;
  draftNote: string;
  itemsHeading: string;
  item: string;
  decision: string;
  otherDecisions: string;
  otherActions: string;
  carriedOpen: string;
  noCarriedOpen: string;
  colOpenItem: string;
  colFrom: string;
  nextMeeting: string;
  noNextMeeting: string;
  meetingTitle: string;
  calendar: string;
  saveAgenda: string;
  saveMinutes: string;
  saveCalendar: string;
}

const LABELS: Record<DocumentLang, MeetingDocLabels> = {
  da: {
    agenda: 'Dagsorden',
    minutes: 'Referat',
    network: 'Netværk',
    date: 'Dato',
    time: 'Tid',
    place: 'Sted',
    onlineLink: 'Online-link',
    purpose: 'Formål med mødet',
    desiredOutcome: 'Det vil vi gerne nå frem til',
    preparation: 'Forberedelse',
    participants: 'Deltagere',
    colTime: 'Tid',
    colItem: 'Punkt',
    colForm: 'Form og metode',
    colResponsible: 'Ansvarlig',
    summary: 'Opsamling',
    decisions: 'Beslutninger',
    noDecisions: 'Der blev ikke truffet beslutninger på mødet.',
    actions: 'Opgaver',
    noActions: 'Der blev ikke aftalt opgaver på mødet.',
    colTask: 'Opgave',
    colOwner: 'Ansvarlig',
    colDue: 'Frist',
    colStatus: 'Status',
    done: 'Udført',
    open: 'Åben',
    agendaItem: 'punkt',
    decisionLine: 'Beslutning',
    attendance: { present: 'Til stede', excused: 'Afbud', absent: 'Fraværende', unknown: 'Ikke registreret' },
    noSummary: 'Der er ikke skrevet en opsamling.',
    minutesTaker: 'Referent',
    noAgenda: 'Dagsordenen er ikke lagt endnu.',
    cancelled: 'Mødet er aflyst.',
    forParticipants: 'Til deltagerne',
    draftNote: 'Udkast: mødet er ikke afholdt endnu, så referatet er ikke endeligt.',
    itemsHeading: 'Referat punkt for punkt',
    item: 'Punkt',
    decision: 'Beslutning',
    otherDecisions: 'Øvrige beslutninger',
    otherActions: 'Øvrige opgaver',
    carriedOpen: 'Åbne punkter fra tidligere møder',
    noCarriedOpen: 'Der er ingen åbne punkter fra tidligere møder.',
    colOpenItem: 'Punkt',
    colFrom: 'Fra mødet',
    nextMeeting: 'Næste møde',
    noNextMeeting: 'Næste møde er ikke planlagt endnu.',
    meetingTitle: 'Møde',
    calendar: 'Kalender',
    saveAgenda: 'Gem dagsorden',
    saveMinutes: 'Gem referat',
    saveCalendar: 'Gem kalenderfil',
  },
  en: {
    agenda: 'Agenda',
    minutes: 'Minutes',
    network: 'Network',
    date: 'Date',
    time: 'Time',
    place: 'Place',
    onlineLink: 'Online link',
    purpose: 'Purpose of the meeting',
    desiredOutcome: 'What we want to arrive at',
    preparation: 'Preparation',
    participants: 'Participants',
    colTime: 'Time',
    colItem: 'Item',
    colForm: 'Form and method',
    colResponsible: 'Responsible',
    summary: 'Summary',
    decisions: 'Decisions',
    noDecisions: 'No decisions were made at the meeting.',
    actions: 'Action items',
    noActions: 'No action items were agreed at the meeting.',
    colTask: 'Task',
    colOwner: 'Owner',
    colDue: 'Due',
    colStatus: 'Status',
    done: 'Done',
    open: 'Open',
    agendaItem: 'item',
    decisionLine: 'Decision',
    attendance: { present: 'Present', excused: 'Sent apologies', absent: 'Absent', unknown: 'Not recorded' },
    noSummary: 'No summary has been written.',
    minutesTaker: 'Minutes by',
    noAgenda: 'The agenda has not been set yet.',
    cancelled: 'The meeting is cancelled.',
    forParticipants: 'For participants',
    draftNote: 'Draft: the meeting has not been held yet, so these minutes are not final.',
    itemsHeading: 'Minutes item by item',
    item: 'Item',
    decision: 'Decision',
    otherDecisions: 'Other decisions',
    otherActions: 'Other action items',
    carriedOpen: 'Open items from earlier meetings',
    noCarriedOpen: 'There are no open items from earlier meetings.',
    colOpenItem: 'Item',
    colFrom: 'From the meeting',
    nextMeeting: 'Next meeting',
    noNextMeeting: 'The next meeting has not been planned yet.',
    meetingTitle: 'Meeting',
    calendar: 'Calendar',
    saveAgenda: 'Save agenda',
    saveMinutes: 'Save minutes',
    saveCalendar: 'Save calendar file',
  },
};

/** The labels for a document language. */
export function meetingDocLabels(lang: DocumentLang): MeetingDocLabels {
  return LABELS[lang];
}
