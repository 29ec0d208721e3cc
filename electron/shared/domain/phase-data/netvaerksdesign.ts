/** 2 Netværksdesign: who takes part, when, and how citizens are involved. */

import type { PhaseDefinition } from '../types';

/** Phase 2, network design. */
export const netvaerksdesignPhase: PhaseDefinition = {
  id: 'netvaerksdesign',
  number: '2',
  name: { da: 'Netværksdesign', en: 'Network design' },
  summary: {
    da: 'Beslut, hvem der skal inddrages hvornår, find deltagerne, og planlæg borgernes rolle – i tæt samarbejde med co-driveren.',
    en: 'Decide who to involve and when, find the participants and plan the role of citizens – in close cooperation with the co-driver.',
  },
  goal: {
    da: 'Der er en plan for, hvem der deltager i hvilke faser, og de vigtigste deltagere har sagt ja.',
    en: 'There is a plan for who takes part in which phases, and the key participants have said yes.',
  },
  supplementary: null,
  checklist: [
    {
      id: 'netvaerksdesign-inddragelsesplan',
      text: {
        da: 'Beslut, hvem der skal inddrages, og i hvilke faser.',
        en: 'Decide who to involve and in which phases.',
      },
    },
    {
      id: 'netvaerksdesign-find-deltagere',
      text: {
        da: 'Find deltagere via en relationsrundtur eller en åben invitation til en workshop.',
        en: 'Find participants through a relationship tour or an open invitation to a workshop.',
      },
    },
    {
      id: 'netvaerksdesign-kompetencediamant',
      text: {
        da: 'Kortlæg med kompetencediamanten, hvilke kompetencer netværket har brug for.',
        en: 'Use the competence diamond to map the skills the network needs.',
      },
    },
    {
      id: 'netvaerksdesign-kernedeltagere',
      text: {
        da: 'Skeln mellem kernedeltagere og dem, der kun er med i enkelte faser.',
        en: 'Separate core participants from those who join only some phases.',
      },
    },
    {
      id: 'netvaerksdesign-borgerrolle',
      text: {
        da: 'Planlæg borgernes rolle, og hvordan deres input får indflydelse på beslutningerne.',
        en: 'Plan the role of citizens and how their input will influence decisions.',
      },
    },
    {
      id: 'netvaerksdesign-brandtale',
      text: {
        da: 'Skriv en kort brandtale: hvorfor temaet betyder noget for dig, og hvad netværket skal.',
        en: 'Write a short pitch: why the theme matters to you and what the network is for.',
      },
    },
    {
      id: 'netvaerksdesign-personlig-kontakt',
      text: {
        da: 'Kontakt de mulige deltagere personligt, og spørg ind til deres motivation.',
        en: 'Contact possible participants personally and ask about their motivation.',
      },
    },
  ],
  tasks: {
    netvaerksleder: [
      { da: 'Beslut, hvem der skal med hvornår.', en: 'Decide who joins when.' },
      {
        da: 'Kontakt deltagerne personligt med din brandtale.',
        en: 'Contact participants personally with your pitch.',
      },
      { da: 'Skriv mails, der inviterer til en samtale.', en: 'Write emails that invite a conversation.' },
    ],
    codriver: [
      {
        da: 'Design inddragelsen sammen med netværkslederen.',
        en: 'Design the involvement together with the network leader.',
      },
      { da: 'Brug dine egne kontakter i relationsrundturen.', en: 'Use your own contacts in the relationship tour.' },
      { da: 'Giv feedback på brandtalen.', en: 'Give feedback on the pitch.' },
    ],
    referenceleder: [
      {
        da: 'Peg på ledere og aktører, der bør inddrages.',
        en: 'Point out managers and actors who should be involved.',
      },
      {
        da: 'Åbn nye arenaer og dine egne platforme for netværket.',
        en: 'Open new arenas and your own platforms to the network.',
      },
      {
        da: 'Skab ejerskab til temaet hos centrale ledere på niveau 4–5.',
        en: 'Build ownership of the theme among key level 4–5 managers.',
      },
    ],
    personaleleder: [
      {
        da: 'Opfordr medarbejdere fra afdelingen til at deltage.',
        en: 'Encourage staff from the department to take part.',
      },
      { da: 'Planlæg driften, så deltagerne får tid.', en: 'Plan daily operations so participants get time.' },
    ],
    deltager: [
      { da: 'Sig ja eller nej på et oplyst grundlag.', en: 'Say yes or no on an informed basis.' },
      { da: 'Fortæl, hvad der motiverer dig ved temaet.', en: 'Say what motivates you about the theme.' },
    ],
  },
};
