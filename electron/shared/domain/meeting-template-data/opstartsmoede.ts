/** The network's first meeting with its participants. */

import type { MeetingTemplate } from '../types';

/** Kick-off meeting: 120 minutes. */
export const opstartsmoedeTemplate: MeetingTemplate = {
  id: 'opstartsmoede',
  name: { da: 'Opstartsmøde', en: 'Kick-off meeting' },
  description: {
    da: 'Det første møde med deltagerne: hvorfor netværket findes, hvem deltagerne er, og hvordan de vil arbejde sammen.',
    en: 'The first meeting with the participants: why the network exists, who the participants are and how they will work together.',
  },
  durationMinutes: 120,
  purpose: {
    da: 'At give deltagerne et fælles billede af temaet og skabe et trygt rum fra første møde.',
    en: 'To give participants a shared picture of the theme and create a safe space from the first meeting.',
  },
  desiredOutcome: {
    da: 'Deltagerne kender formålet, hinanden og planen, og mødedatoerne er på plads.',
    en: 'Participants know the purpose, each other and the plan, and the meeting dates are set.',
  },
  suggestedPhaseId: 'netvaerksdesign',
  items: [
    {
      title: { da: 'Velkomst og formål', en: 'Welcome and purpose' },
      kind: 'orientering',
      minutes: 10,
      methodId: 'oplaeg',
      purpose: {
        da: 'Netværkslederen fortæller, hvorfor temaet betyder noget, og hvad netværket skal.',
        en: 'The network leader explains why the theme matters and what the network is for.',
      },
    },
    {
      title: { da: 'Præsentationsrunde', en: 'Round of introductions' },
      kind: 'droeftelse',
      minutes: 15,
      methodId: 'runde',
      purpose: {
        da: 'Alle fortæller, hvem de er, og hvad de brænder for i temaet.',
        en: 'Everyone says who they are and what they care about in the theme.',
      },
    },
    {
      title: { da: 'Hvad er udfordringen for dig?', en: 'What is the challenge to you?' },
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'dialog-i-par',
      purpose: {
        da: 'Deltagerne deler deres første forståelse af udfordringen.',
        en: 'Participants share their first understanding of the challenge.',
      },
    },
    {
      title: { da: 'Pause', en: 'Break' },
      kind: 'pause',
      minutes: 10,
      methodId: 'pause',
      purpose: {
        da: 'Tid til kaffe og de første uformelle samtaler.',
        en: 'Time for coffee and the first informal chats.',
      },
    },
    {
      title: { da: 'Forventninger og spilleregler', en: 'Expectations and ground rules' },
      kind: 'droeftelse',
      minutes: 25,
      methodId: 'gruppearbejde',
      purpose: {
        da: 'Vi aftaler, hvordan vi arbejder sammen, så alle kan bidrage på lige fod.',
        en: 'We agree how we work together so everyone can contribute as equals.',
      },
    },
    {
      title: { da: 'Forløbet og faserne', en: 'The course and its phases' },
      kind: 'orientering',
      minutes: 15,
      methodId: 'oplaeg',
      purpose: {
        da: 'Gennemgang af tidsplanen, og hvem der er med hvornår.',
        en: 'A walk through the timeline and who joins when.',
      },
    },
    {
      title: { da: 'Mødeplan', en: 'Meeting schedule' },
      kind: 'beslutning',
      minutes: 10,
      methodId: 'beslutning',
      purpose: { da: 'Vi lægger de næste mødedatoer fast.', en: 'We fix the next meeting dates.' },
    },
    {
      title: { da: 'Opsamling og næste skridt', en: 'Wrap-up and next steps' },
      kind: 'beslutning',
      minutes: 15,
      methodId: 'opsamling',
      role: 'closing',
      purpose: {
        da: 'Hvad tager vi med, og hvem gør hvad før næste møde?',
        en: 'What do we take away, and who does what before the next meeting?',
      },
    },
  ],
};
