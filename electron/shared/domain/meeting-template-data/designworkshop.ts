/** The network leader and co-driver designing who takes part and how. */

import type { MeetingTemplate } from '../types';

/** Design workshop: 90 minutes. */
export const designworkshopTemplate: MeetingTemplate = {
  id: 'designworkshop',
  name: { da: 'Designworkshop', en: 'Design workshop' },
  description: {
    da: 'Netværksleder og co-driver – eventuelt med referencelederen – designer netværket: deltagere, faser og borgernes rolle.',
    en: 'The network leader and co-driver – perhaps with the reference leader – design the network: participants, phases and the role of citizens.',
  },
  durationMinutes: 90,
  purpose: {
    da: 'At beslutte, hvem der skal inddrages hvornår, og hvordan de kontaktes.',
    en: 'To decide who to involve when, and how to contact them.',
  },
  desiredOutcome: {
    da: 'En liste over kernedeltagere og fasedeltagere, en plan for borgerinddragelsen og en brandtale.',
    en: 'A list of core and phase participants, a plan for citizen involvement and a short pitch.',
  },
  suggestedPhaseId: 'netvaerksdesign',
  items: [
    {
      title: { da: 'Formål og rammer', en: 'Purpose and frame' },
      kind: 'orientering',
      minutes: 10,
      methodId: 'oplaeg',
      purpose: {
        da: 'Vi genopfrisker temaet, tidsplanen og mandatet fra samarbejdsaftalerne.',
        en: 'We recall the theme, the timeline and the mandate from the collaboration agreements.',
      },
    },
    {
      title: { da: 'Hvilke kompetencer skal i spil?', en: 'Which skills are needed?' },
      kind: 'droeftelse',
      minutes: 25,
      methodId: 'gruppearbejde',
      purpose: {
        da: 'Vi kortlægger med kompetencediamanten, hvem netværket har brug for.',
        en: 'We use the competence diamond to map who the network needs.',
      },
    },
    {
      title: { da: 'Kernedeltagere og fasedeltagere', en: 'Core and phase participants' },
      kind: 'droeftelse',
      minutes: 15,
      methodId: 'dialog-i-par',
      purpose: {
        da: 'Hvem er med hele vejen, og hvem kommer ind, hvor de gør størst forskel?',
        en: 'Who is in all the way, and who joins where they make the most difference?',
      },
    },
    {
      title: { da: 'Borgernes rolle', en: 'The role of citizens' },
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'brainstorm',
      purpose: {
        da: 'Hvordan kommer borgerne med, og hvordan sikrer vi, at deres input tæller?',
        en: 'How are citizens involved, and how do we make sure their input counts?',
      },
    },
    {
      title: { da: 'Brandtale og kontaktplan', en: 'Pitch and contact plan' },
      kind: 'beslutning',
      minutes: 10,
      methodId: 'beslutning',
      purpose: {
        da: 'Vi aftaler budskabet og fordeler, hvem der kontakter hvem.',
        en: 'We agree the message and split who contacts whom.',
      },
    },
    {
      title: { da: 'Opsamling', en: 'Wrap-up' },
      kind: 'beslutning',
      minutes: 10,
      methodId: 'opsamling',
      role: 'closing',
      purpose: { da: 'Opgaver, ansvar og frister skrives ned.', en: 'Tasks, owners and deadlines are written down.' },
    },
  ],
};
