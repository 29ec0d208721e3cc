/** A regular meeting to see where the network stands and what it has learned. */

import type { MeetingTemplate } from '../types';

/** Status and learning meeting: 60 minutes. */
export const statusmoedeTemplate: MeetingTemplate = {
  id: 'statusmoede',
  name: { da: 'Status- og læringsmøde', en: 'Status and learning meeting' },
  description: {
    da: 'Et kort, fast møde undervejs, hvor netværket gør status, deler læring og justerer planen.',
    en: 'A short, regular meeting along the way where the network takes stock, shares lessons and adjusts the plan.',
  },
  durationMinutes: 60,
  purpose: {
    da: 'At holde fremdriften og lære af det, der er sket siden sidst.',
    en: 'To keep up momentum and learn from what has happened since last time.',
  },
  desiredOutcome: {
    da: 'Alle kender status, planen er justeret, og de næste opgaver har en ejer.',
    en: 'Everyone knows the status, the plan is adjusted and the next tasks have an owner.',
  },
  suggestedPhaseId: null,
  items: [
    {
      title: { da: 'Hvor står vi?', en: 'Where are we?' },
      kind: 'droeftelse',
      minutes: 10,
      methodId: 'runde',
      purpose: { da: 'Alle siger kort, hvordan det går.', en: 'Everyone says briefly how things are going.' },
    },
    {
      title: { da: 'Status på opgaver', en: 'Task status' },
      role: 'status',
      kind: 'orientering',
      minutes: 10,
      methodId: 'oplaeg',
      purpose: {
        da: 'Gennemgang af opgaverne fra sidste møde.',
        en: 'A run through the tasks from the last meeting.',
      },
    },
    {
      title: { da: 'Hvad har vi lært?', en: 'What have we learned?' },
      kind: 'droeftelse',
      minutes: 15,
      methodId: 'dialog-i-par',
      purpose: {
        da: 'Vi deler erfaringer og overraskelser siden sidst.',
        en: 'We share experiences and surprises since last time.',
      },
    },
    {
      title: { da: 'Justering af planen', en: 'Adjusting the plan' },
      kind: 'beslutning',
      minutes: 10,
      methodId: 'beslutning',
      purpose: { da: 'Vi beslutter, hvad der skal ændres.', en: 'We decide what needs to change.' },
    },
    {
      title: { da: 'Kort evaluering af mødet', en: 'Quick meeting review' },
      kind: 'droeftelse',
      minutes: 5,
      methodId: 'evaluering',
      purpose: { da: 'Hvad skal vi gøre anderledes næste gang?', en: 'What should we do differently next time?' },
    },
    {
      title: { da: 'Opsamling og næste skridt', en: 'Wrap-up and next steps' },
      kind: 'beslutning',
      minutes: 10,
      methodId: 'opsamling',
      role: 'closing',
      purpose: { da: 'Hvem gør hvad til næste gang?', en: 'Who does what before next time?' },
    },
  ],
};
