/** The closing meeting: status, value, and how the way of working lives on. */

import type { MeetingTemplate } from '../types';

/** Closing and evaluation meeting: 120 minutes. */
export const afrundingsmoedeTemplate: MeetingTemplate = {
  id: 'afrundingsmoede',
  name: { da: 'Evaluerings- og afrundingsmøde', en: 'Evaluation and closing meeting' },
  description: {
    da: 'Det sidste møde med netværket: status på implementeringen, planerne for spredning og evaluering, den skabte værdi og et blik på arbejdsformen.',
    en: "The network's last meeting: implementation status, the plans for spreading and evaluation, the value created and a look at the way of working.",
  },
  durationMinutes: 120,
  purpose: {
    da: 'At afslutte netværket ordentligt og gøre erfaringerne brugbare i hverdagen.',
    en: 'To close the network properly and make the experience useful in daily work.',
  },
  desiredOutcome: {
    da: 'Alle kender status og planerne, værdien er beskrevet, og hver deltager ved, hvad de tager med.',
    en: 'Everyone knows the status and the plans, the value is described and each participant knows what they take with them.',
  },
  suggestedPhaseId: 'afrunding',
  items: [
    {
      title: { da: 'Velkomst og tilbageblik', en: 'Welcome and look back' },
      kind: 'orientering',
      minutes: 10,
      methodId: 'oplaeg',
      purpose: { da: 'Et kort rids af netværkets forløb.', en: "A brief outline of the network's course." },
    },
    {
      title: { da: 'Status på implementeringen', en: 'Implementation status' },
      kind: 'orientering',
      minutes: 15,
      methodId: 'oplaeg',
      purpose: { da: 'Hvor langt er løsningerne nået?', en: 'How far have the solutions come?' },
    },
    {
      title: { da: 'Planer for spredning og evaluering', en: 'Plans for spreading and evaluation' },
      kind: 'orientering',
      minutes: 15,
      methodId: 'oplaeg',
      purpose: {
        da: 'Hvordan løsningerne spredes i basis, og hvornår værdien evalueres.',
        en: 'How the solutions will spread in the line organisation and when their value is evaluated.',
      },
    },
    {
      title: { da: 'Den skabte værdi', en: 'The value created' },
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'gruppearbejde',
      purpose: {
        da: 'Grupperne beskriver, hvilken forskel netværket har gjort.',
        en: 'The groups describe what difference the network has made.',
      },
    },
    {
      title: { da: 'Pause', en: 'Break' },
      kind: 'pause',
      minutes: 10,
      methodId: 'pause',
      purpose: { da: 'Et pusterum.', en: 'A breather.' },
    },
    {
      title: { da: 'Evaluering af arbejdsformen', en: 'Evaluating the way of working' },
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'evaluering',
      purpose: {
        da: 'Hvad har det betydet at arbejde på tværs på denne måde?',
        en: 'What has it meant to work across boundaries in this way?',
      },
    },
    {
      title: { da: 'Arbejdsformen i hverdagen', en: 'The way of working in daily life' },
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'dialog-i-par',
      purpose: {
        da: 'Hver deltager finder ét konkret sted at bruge arbejdsformen fremover.',
        en: 'Each participant finds one concrete place to use the way of working from now on.',
      },
    },
    {
      title: { da: 'Afslutning og tak', en: 'Closing and thanks' },
      role: 'closing',
      kind: 'orientering',
      minutes: 10,
      methodId: 'runde',
      purpose: { da: 'En sidste runde og en tak for indsatsen.', en: 'A final round and thanks for the effort.' },
    },
  ],
};
