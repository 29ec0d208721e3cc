/**
 * Agenda item kinds and the working methods the agenda builder offers. The methods lean on what the
 * model says helps a meeting: movement, building on each other's ideas, a new setting and room for differences.
 */

import type { AgendaItemKind, LocalizedText, MeetingMethod } from './types';

/** Agenda item kinds in display order. */
export const AGENDA_ITEM_KINDS: readonly AgendaItemKind[] = ['orientering', 'droeftelse', 'beslutning', 'pause'];

/** What each agenda item kind is called on screen and in the agenda document. */
export const agendaItemKindLabels: Record<AgendaItemKind, LocalizedText> = {
  orientering: { da: 'Orientering', en: 'Information' },
  droeftelse: { da: 'Drøftelse', en: 'Discussion' },
  beslutning: { da: 'Beslutning', en: 'Decision' },
  pause: { da: 'Pause', en: 'Break' },
};

/** The methods offered for agenda items. */
export const meetingMethods: MeetingMethod[] = [
  {
    id: 'oplaeg',
    name: { da: 'Oplæg', en: 'Presentation' },
    help: {
      da: 'En kort indledning, der giver alle det samme udgangspunkt.',
      en: 'A short introduction that gives everyone the same starting point.',
    },
    suggestedMinutes: 10,
    defaultKind: 'orientering',
  },
  {
    id: 'runde',
    name: { da: 'Runde', en: 'Round' },
    help: {
      da: 'Alle siger kort noget på skift, så hver stemme er i spil fra begyndelsen.',
      en: 'Everyone speaks briefly in turn, so every voice is in play from the start.',
    },
    suggestedMinutes: 10,
    defaultKind: 'droeftelse',
  },
  {
    id: 'dialog-i-par',
    name: { da: 'Dialog i par', en: 'Paired dialogue' },
    help: {
      da: 'To og to vender et spørgsmål, før det deles med resten af gruppen.',
      en: 'Pairs talk a question through before sharing it with the rest of the group.',
    },
    suggestedMinutes: 10,
    defaultKind: 'droeftelse',
  },
  {
    id: 'gruppearbejde',
    name: { da: 'Gruppearbejde', en: 'Group work' },
    help: {
      da: 'Små grupper løser en afgrænset opgave og fremlægger kort bagefter.',
      en: 'Small groups take on a well-defined task and report back briefly.',
    },
    suggestedMinutes: 30,
    defaultKind: 'droeftelse',
  },
  {
    id: 'walk-and-talk',
    name: { da: 'Walk-and-talk', en: 'Walk-and-talk' },
    help: {
      da: 'Gå en tur to og to med et spørgsmål – bevægelse og skiftende omgivelser giver nye tanker.',
      en: 'Walk in pairs with a question – movement and a change of scenery spark new thoughts.',
    },
    suggestedMinutes: 20,
    defaultKind: 'droeftelse',
  },
  {
    id: 'brainstorm',
    name: { da: 'Idéudvikling (brainstorm)', en: 'Idea generation (brainstorm)' },
    help: {
      da: 'Skab så mange idéer som muligt på kort tid, og gem vurderingen til bagefter.',
      en: 'Produce as many ideas as possible in a short time and save judgement for later.',
    },
    suggestedMinutes: 20,
    defaultKind: 'droeftelse',
  },
  {
    id: 'byg-videre',
    name: { da: 'Byg videre', en: 'Build on it' },
    help: {
      da: 'Hver idé sendes videre til den næste, som tilføjer noget i stedet for at kritisere.',
      en: 'Each idea is passed on to the next person, who adds to it instead of criticising.',
    },
    suggestedMinutes: 15,
    defaultKind: 'droeftelse',
  },
  {
    id: 'forskelle',
    name: { da: 'Forskelle på bordet', en: 'Differences on the table' },
    help: {
      da: 'Lad forskellige synspunkter stå side om side, før nogen prøver at samle dem.',
      en: 'Let different viewpoints stand side by side before anyone tries to merge them.',
    },
    suggestedMinutes: 15,
    defaultKind: 'droeftelse',
  },
  {
    id: 'prioritering',
    name: { da: 'Prioritering', en: 'Prioritisation' },
    help: {
      da: 'Deltagerne fordeler point på idéerne, så det bliver synligt, hvilke der skal videre.',
      en: 'Participants give points to the ideas, making it visible which ones go forward.',
    },
    suggestedMinutes: 15,
    defaultKind: 'beslutning',
  },
  {
    id: 'beslutning',
    name: { da: 'Beslutning', en: 'Decision' },
    help: {
      da: 'Et klart forslag drøftes kort og besluttes, så alle ved, hvad der er aftalt.',
      en: 'A clear proposal is discussed briefly and decided, so everyone knows what was agreed.',
    },
    suggestedMinutes: 10,
    defaultKind: 'beslutning',
  },
  {
    id: 'evaluering',
    name: { da: 'Evaluering', en: 'Evaluation' },
    help: {
      da: 'Se tilbage på mødet eller forløbet: hvad virkede, og hvad gør vi anderledes?',
      en: 'Look back on the meeting or the course: what worked, and what will we change?',
    },
    suggestedMinutes: 15,
    defaultKind: 'droeftelse',
  },
  {
    id: 'opsamling',
    name: { da: 'Opsamling og næste skridt', en: 'Wrap-up and next steps' },
    help: {
      da: 'Saml beslutninger og opgaver, og aftal, hvem der gør hvad til hvornår.',
      en: 'Gather decisions and tasks, and agree who does what by when.',
    },
    suggestedMinutes: 10,
    defaultKind: 'beslutning',
  },
  {
    id: 'pause',
    name: { da: 'Pause', en: 'Break' },
    help: {
      da: 'En pause giver ny energi og plads til de uformelle samtaler.',
      en: 'A break restores energy and leaves room for informal conversations.',
    },
    suggestedMinutes: 10,
    defaultKind: 'pause',
  },
];

/** Looks a method up by id; undefined for ids from older data that no longer exist. */
export function findMeetingMethod(methodId: string): MeetingMethod | undefined {
  return meetingMethods.find((method) => method.id === methodId);
}
